#!/usr/bin/env bash
# Starts dockerd in the background (unless one answers already) and waits for its socket.
# HIER_SNAPSHOTTER=containerd starts it with the containerd image store, whose BuildKit
# reports the `mergeop` cap; HIER_SNAPSHOTTER=classic with the classic store (no `mergeop`).
# Unset: any running engine will do; a new one gets the classic store.
# /etc/docker/daemon.json is merged, not overwritten (scripts/daemon-json.mjs).
# When HIER_SNAPSHOTTER names the other store than the running engine's, the engine is
# restarted, but only one this script started (see .ci/stop-docker.sh); any other is left alone
# and the script fails. Images are per store: run .ci/base-images.sh after a switch.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
log=/var/log/hier-dockerd.log
want=${HIER_SNAPSHOTTER:-}
case "$want" in ""|classic|containerd) ;; *) echo "start-docker: HIER_SNAPSHOTTER must be classic or containerd, not '$want'" >&2; exit 1 ;; esac

current_store() {
  if docker info --format '{{json .DriverStatus}}' 2>/dev/null | grep -q io.containerd.snapshotter; then echo containerd; else echo classic; fi
}

if docker info >/dev/null 2>&1; then
  have=$(current_store)
  if [ -z "$want" ] || [ "$want" = "$have" ]; then exit 0; fi
  echo "start-docker: the running engine uses the $have image store; restarting it with $want" >&2
  "$here/stop-docker.sh"
fi

command -v dockerd >/dev/null || { echo "start-docker: no dockerd; run .ci/install-docker.sh first" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "start-docker: dockerd must be started as root" >&2; exit 1; }
command -v node >/dev/null || { echo "start-docker: node is needed to edit /etc/docker/daemon.json (hier needs Node.js >= 20 anyway)" >&2; exit 1; }
mkdir -p /etc/docker /var/log
# Set only features.containerd-snapshotter; every other key of an existing daemon.json is kept
# (the original is saved once as daemon.json.before-hier).
node "$here/../scripts/daemon-json.mjs" /etc/docker/daemon.json "${want:-classic}"
echo "start-docker: starting dockerd (${want:-classic} image store; log: $log)" >&2
# stop-docker.sh recognises this engine by its stdout being $log.
nohup dockerd >"$log" 2>&1 </dev/null &
for _ in $(seq 1 120); do
  if docker info >/dev/null 2>&1; then
    echo "dockerd $(docker version --format '{{.Server.Version}}') ready ($(current_store) image store)"
    exit 0
  fi
  sleep 0.5
done
echo "start-docker: dockerd did not answer within 60s; its log:" >&2
tail -n 50 "$log" >&2
exit 1
