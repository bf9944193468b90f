#!/bin/bash
ssh deploy@host "cd /srv/app && git checkout \"$1\""
