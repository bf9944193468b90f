#!/usr/bin/env bash
# Web build helpers, sourced by ./manage: one function and a call that exports the build environment.

web.env() {
    GIT_BRANCH="$(git branch --show-current)"
    GIT_URL="$(git config --get "remote.origin.url")"
    BUILD_DATE="$(date -u +%F)"
    export GIT_BRANCH GIT_URL BUILD_DATE
}

web.build() {
    npm --prefix web ci
    npm --prefix web run build
}

pushd "${REPO_ROOT:-.}" &>/dev/null
web.env
popd &>/dev/null
