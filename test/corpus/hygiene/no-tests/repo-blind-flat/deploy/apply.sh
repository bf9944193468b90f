#!/bin/sh
set -eu
kubectl apply -f k8s/
