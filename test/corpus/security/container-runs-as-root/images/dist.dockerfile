ARG BUILDER=localhost/acme/app:builder
FROM ${BUILDER} AS builder
# Files handed to uid 977 and no USER: the pulled base image is expected to run as 977 (a notice to confirm).
# expect: security/container-runs-as-root
FROM ghcr.io/acme/base:runtime AS dist
COPY --chown=977:977 --from=builder /usr/local/app/.venv/ ./.venv/
COPY --chown=977:977 --from=builder /usr/local/app/app/ ./app/
EXPOSE 8080
ENTRYPOINT ["/usr/local/app/.venv/bin/gunicorn", "app:create_app()"]
