#!/usr/bin/env bash
# Installs Debian packages quietly for the scripts that set a machine up (.ci/start-registry.sh,
# .ci/start-apt-proxy.sh, scripts/frontend-index.sh): `apt-get install`, and once more after an
# `apt-get update` when the first try fails (package lists missing or stale on a fresh machine).
# On failure prints apt's messages and exits 1. Needs root.
#   .ci/apt-install.sh PACKAGE…
set -euo pipefail
log=$(mktemp)
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
install() { apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>"$log"; }
install "$@" || { apt-get update -qq >/dev/null 2>&1 && install "$@"; } || {
  cat "$log" >&2
  echo "apt-install: apt-get install $* failed" >&2
  exit 1
}
