#!/usr/bin/env bash
# Makes sure a Docker engine with BuildKit and buildx answers and has the base images hier's
# builds start from, doing the set-up itself where it can and saying what it does; where it
# cannot, it says exactly what is missing and exits 1. `npm run images` and `npm test`
# (test/run.sh) both call it.
#
#   scripts/ensure-docker.sh              set up, then exit
#   scripts/ensure-docker.sh CMD ARGS...  set up, then run CMD with NODE_BASE chosen (see below)
#
# 1. The engine. If none answers: as root on Debian, install it (.ci/install-docker.sh, only when
#    dockerd is missing) and start it (.ci/start-docker.sh). Not root, not Debian, not Linux, or
#    a socket this user may not use: a message naming what to do.
# 2. The base images: debian:bookworm-slim (the stages/ family, the examples, the e2e tests) and
#    a Node base for the frontend image (node:24-bookworm-slim, or hier-local/node:24). Each is
#    pulled when missing; when no registry answers, .ci/base-images.sh makes both locally (root,
#    debootstrap; apt-get installs debootstrap when it is missing).
# 3. NODE_BASE, the frontend image's Node base (docker-bake.hcl): kept when set, else
#    docker-image://hier-local/node:24 when that image exists, else bake's default.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "ensure-docker: $*" >&2; }
missing() {
  say "MISSING: $*"
  exit 1
}
is_root() { [ "$(id -u)" = 0 ]; }
is_debian() { [ "$(uname -s)" = Linux ] && [ -r /etc/debian_version ] && command -v apt-get >/dev/null; }
has_image() { docker image inspect "$1" >/dev/null 2>&1; }
pull() {
  say "pulling $1"
  timeout 300 docker pull -q "$1" >/dev/null 2>&1
}

# 1. The engine.
if ! info_err=$(docker info 2>&1 >/dev/null); then
  if command -v docker >/dev/null && grep -qi 'permission denied' <<<"$info_err"; then
    missing "a Docker engine runs, but $(id -un) may not use its socket: add $(id -un) to the docker group (sudo usermod -aG docker $(id -un), then log in again) or run as root"
  fi
  if [ "$(uname -s)" != Linux ]; then
    missing "no Docker engine answers. On $(uname -s), start Docker Desktop (or another engine with BuildKit and buildx); the automatic set-up installs an engine on Debian only"
  fi
  if ! is_debian; then
    missing "no Docker engine answers. This is not Debian ($(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}")): install and start Docker with BuildKit and buildx yourself; the automatic set-up (.ci/install-docker.sh) is for Debian bookworm"
  fi
  if ! is_root; then
    missing "no Docker engine answers. Run this as root to install and start one (.ci/install-docker.sh && .ci/start-docker.sh), or start your own Docker with BuildKit and buildx"
  fi
  if command -v dockerd >/dev/null && command -v docker >/dev/null && [ -x /usr/libexec/docker/cli-plugins/docker-buildx ]; then
    say "no Docker engine answers; dockerd is installed"
  else
    say "no Docker engine answers and none is installed: installing one (.ci/install-docker.sh)"
    .ci/install-docker.sh
  fi
  say "starting dockerd (.ci/start-docker.sh)"
  .ci/start-docker.sh
fi
docker buildx version >/dev/null 2>&1 || missing "the docker buildx plugin (Debian: apt-get install docker-buildx; elsewhere see https://docs.docker.com/build/)"

# 2. The base images.
need=()
has_image debian:bookworm-slim || pull debian:bookworm-slim || need+=(debian:bookworm-slim)
if [ -z "${NODE_BASE:-}" ] && ! has_image hier-local/node:24; then
  has_image node:24-bookworm-slim || pull node:24-bookworm-slim || need+=(node:24-bookworm-slim)
fi
if [ "${#need[@]}" -gt 0 ]; then
  if ! is_root; then
    missing "${need[*]}: not in the image store and no registry answers; making them needs root: run .ci/base-images.sh as root (or make them available to pull)"
  fi
  if ! command -v debootstrap >/dev/null; then
    is_debian || missing "debootstrap, to make debian:bookworm-slim (install it, then run .ci/base-images.sh)"
    say "installing debootstrap (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
  fi
  say "${need[*]}: not in the image store and no registry answers: making local ones (.ci/base-images.sh)"
  .ci/base-images.sh
fi

# 3. NODE_BASE, then the command.
if [ -z "${NODE_BASE:-}" ] && has_image hier-local/node:24; then
  export NODE_BASE=docker-image://hier-local/node:24
fi
# An empty NODE_BASE would override bake's default with "": set it or unset it.
if [ -z "${NODE_BASE:-}" ]; then unset NODE_BASE; fi
say "ready: dockerd $(docker version --format '{{.Server.Version}}' 2>/dev/null), base images present, NODE_BASE=${NODE_BASE:-(bake default: node:24-bookworm-slim)}"
if [ "$#" -gt 0 ]; then exec "$@"; fi
