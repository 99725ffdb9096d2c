#!/usr/bin/env bash
# `npm test`: typecheck, bundle, unit tier, the frontend image, then the e2e tier against the
# running Docker engine. Exits non-zero at the first failure.
#
# Needs Docker with BuildKit and buildx running (else: `.ci/install-docker.sh && .ci/start-docker.sh`
# as root, or use your own Docker), and the images the e2e tests build on: debian:bookworm-slim
# and a node base for the frontend image. Where they cannot be pulled, .ci/base-images.sh makes
# them locally (run as root; this script runs it when an image is missing and nothing can be pulled).
#
# Environment:
#   NODE_BASE        named context for the frontend image's node base (see docker-bake.hcl).
#                    Default: docker-image://hier-local/node:20 when that local image exists,
#                    else bake's default (the official node:20-bookworm-slim).
#   HIER_E2E_MODES   image stores to run the e2e tier in, e.g. "classic containerd". Each mode
#                    (re)starts the engine through .ci/start-docker.sh, which only restarts an
#                    engine it started itself; the original store is restored at the end.
#                    Default: once, against the running engine as it is.
#   HIER_SKIP_E2E=1  stop after the unit tier (no Docker needed).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
phase_start=$SECONDS
phase() {
  echo
  echo "=== $* ==="
  phase_start=$SECONDS
}
phase_done() { echo "--- done in $((SECONDS - phase_start))s"; }
fail() {
  echo "test/run.sh: FAILED: $*" >&2
  exit 1
}

phase "typecheck (tsc --noEmit)"
npx tsc --noEmit -p . || fail "typecheck"
phase_done

phase "bundle (npm run build)"
npm run --silent build || fail "npm run build"
phase_done

phase "unit tier"
npx vitest run --project unit --passWithNoTests || fail "unit tests"
phase_done

if [ "${HIER_SKIP_E2E:-0}" = 1 ]; then
  echo "HIER_SKIP_E2E=1: skipping the frontend image and the e2e tier"
  exit 0
fi

if ! docker info >/dev/null 2>&1; then
  fail "no Docker engine answers (docker info). Start one with \`.ci/install-docker.sh && .ci/start-docker.sh\` (as root), or use your own Docker with BuildKit and buildx."
fi
docker buildx version >/dev/null 2>&1 || fail "the docker buildx plugin is missing (Debian: docker-buildx)"

store() { if docker info --format '{{json .DriverStatus}}' | grep -q io.containerd.snapshotter; then echo containerd; else echo classic; fi; }

# Makes sure the images the e2e tier and the frontend image build on are in the local store:
# pull them if a registry answers, else make them with .ci/base-images.sh.
ensure_images() {
  local missing=0
  docker image inspect debian:bookworm-slim >/dev/null 2>&1 || docker pull -q debian:bookworm-slim >/dev/null 2>&1 || missing=1
  if [ -z "${NODE_BASE:-}" ] && ! docker image inspect hier-local/node:20 >/dev/null 2>&1; then
    docker image inspect node:20-bookworm-slim >/dev/null 2>&1 || docker pull -q node:20-bookworm-slim >/dev/null 2>&1 || missing=1
  fi
  if [ "$missing" = 1 ]; then
    echo "base images missing and cannot be pulled: making them with .ci/base-images.sh"
    .ci/base-images.sh || fail "base images (.ci/base-images.sh; it needs root and debootstrap)"
  fi
}

# Builds org/hier-frontend:latest from dist/ (see docker-bake.hcl).
frontend_image() {
  [ -f dist/frontend.mjs ] || fail "dist/frontend.mjs is missing after npm run build"
  local node_base=${NODE_BASE:-}
  if [ -z "$node_base" ] && docker image inspect hier-local/node:20 >/dev/null 2>&1; then
    node_base=docker-image://hier-local/node:20
  fi
  echo "NODE_BASE=${node_base:-(bake default)}"
  # An empty NODE_BASE would override bake's default with "": set it or unset it.
  if [ -n "$node_base" ]; then export NODE_BASE=$node_base; else unset NODE_BASE; fi
  docker buildx bake --progress=plain frontend || fail "docker buildx bake frontend"
  docker image inspect org/hier-frontend:latest --format 'org/hier-frontend:latest {{.Id}}'
}

run_e2e() {
  local mode=$1
  phase "base images ($mode image store)"
  ensure_images
  phase_done
  phase "frontend image ($mode image store)"
  frontend_image
  phase_done
  phase "e2e tier ($mode image store)"
  npx vitest run --project e2e --passWithNoTests || fail "e2e tests ($mode image store)"
  phase_done
}

original=$(store)
if [ -z "${HIER_E2E_MODES:-}" ]; then
  run_e2e "$original"
else
  restore() {
    if [ "$(store 2>/dev/null || true)" != "$original" ]; then
      echo "restoring the $original image store"
      HIER_SNAPSHOTTER=$original .ci/start-docker.sh || echo "test/run.sh: could not restore the $original image store" >&2
    fi
  }
  trap restore EXIT
  for mode in $HIER_E2E_MODES; do
    case "$mode" in classic|containerd) ;; *) fail "HIER_E2E_MODES: unknown mode '$mode' (classic, containerd)" ;; esac
    if [ "$(store)" != "$mode" ]; then
      phase "switch the engine to the $mode image store"
      HIER_SNAPSHOTTER=$mode .ci/start-docker.sh || fail "could not start dockerd with the $mode image store"
      phase_done
    fi
    run_e2e "$mode"
  done
fi

echo
echo "test/run.sh: all tiers passed in $((SECONDS - started))s"
