#!/bin/bash
scp data@feed:/exports/today.csv data/
