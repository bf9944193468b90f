# A build image other Dockerfiles copy from (`FROM localhost/app:builder AS builder`): it never runs as a service.
# ok: security/container-runs-as-root
FROM docker.io/library/python:3.12-slim AS builder
WORKDIR /usr/local/app
COPY requirements.txt ./
RUN python -m venv .venv && .venv/bin/pip install -r requirements.txt
COPY app ./app
RUN .venv/bin/python -m compileall -q ./app
