#!/bin/bash
rsync -az app/ deploy@host:/srv/app/
