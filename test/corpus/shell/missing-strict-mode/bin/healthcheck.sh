#!/bin/bash -e
curl -fsS http://localhost:8080/health > /dev/null
redis-cli ping | grep -q PONG
