#!/usr/bin/env bash
# `npm test`: typecheck, bundle, unit tier, the frontend image, then the e2e tier against the
# running Docker engine. Exits non-zero at the first failure.
#
# The e2e tier needs Docker with BuildKit and buildx and the images the tests build on
# (debian:bookworm-slim, a Node base for the frontend image): scripts/ensure-docker.sh sets them
# up (as root on Debian: installs and starts an engine, makes the base images when no registry
# answers) or says exactly what is missing.
#
# Environment:
#   NODE_BASE        named context for the frontend image's node base (see docker-bake.hcl).
#                    Default (scripts/ensure-docker.sh): docker-image://hier-local/node:24 when
#                    that local image exists, else bake's default (the official node:24-bookworm-slim).
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

# Two workers for the files without a wall-clock bound (vitest's default on 2 cores is one), then
# the files with one (test/unit/wall-clock-files.txt), one at a time as always.
[ -r test/unit/wall-clock-files.txt ] || fail "test/unit/wall-clock-files.txt is missing"
mapfile -t clocked < <(grep -v -e '^#' -e '^$' test/unit/wall-clock-files.txt)
phase "unit tier (two files at a time; then ${#clocked[@]} wall-clock-bounded files, one at a time)"
npx vitest run --project unit --maxWorkers=2 "${clocked[@]/#/--exclude=}" || fail "unit tests"
[ "${#clocked[@]}" = 0 ] || npx vitest run --project unit "${clocked[@]}" || fail "unit tests (wall-clock-bounded files)"
phase_done

if [ "${HIER_SKIP_E2E:-0}" = 1 ]; then
  echo "HIER_SKIP_E2E=1: skipping the frontend image and the e2e tier"
  exit 0
fi

phase "Docker engine and base images (scripts/ensure-docker.sh)"
scripts/ensure-docker.sh || fail "scripts/ensure-docker.sh (its message above says what is missing)"
phase_done

# The local registry for the tests that push and pull (test/e2e/helpers/registry.ts): started
# here as root on Debian; elsewhere those tests skip with the reason unless one answers already.
phase "local registry on 127.0.0.1:5000 (.ci/start-registry.sh)"
if [ "$(id -u)" = 0 ] && [ -r /etc/debian_version ]; then
  .ci/start-registry.sh || fail ".ci/start-registry.sh"
else
  echo "not root on Debian: the registry tests run only if a registry answers on 127.0.0.1:5000"
fi
phase_done

store() { if docker info --format '{{json .DriverStatus}}' | grep -q io.containerd.snapshotter; then echo containerd; else echo classic; fi; }

# The base images of the current image store (images are per store): pulled, or made locally.
ensure_images() {
  scripts/ensure-docker.sh || fail "base images (scripts/ensure-docker.sh; its message above says what is missing)"
}

# Builds org/hier-frontend:latest from dist/ (see docker-bake.hcl), with the NODE_BASE
# scripts/ensure-docker.sh chooses.
frontend_image() {
  [ -f dist/frontend.mjs ] || fail "dist/frontend.mjs is missing after npm run build"
  scripts/ensure-docker.sh docker buildx bake --progress=plain frontend || fail "docker buildx bake frontend"
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
  npx vitest run --project e2e || fail "e2e tests ($mode image store)"
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
