#!/usr/bin/env bash
# Starts dockerd in the background (unless one answers already) and waits for its socket.
# HIER_SNAPSHOTTER=containerd starts it with the containerd image store, whose BuildKit
# reports the `mergeop` cap; the default is the classic store (no `mergeop`).
set -euo pipefail
if docker info >/dev/null 2>&1; then exit 0; fi
mkdir -p /etc/docker /var/log
if [ "${HIER_SNAPSHOTTER:-classic}" = containerd ]; then
  echo '{"features":{"containerd-snapshotter":true}}' > /etc/docker/daemon.json
else
  echo '{}' > /etc/docker/daemon.json
fi
nohup dockerd >/var/log/hier-dockerd.log 2>&1 &
for _ in $(seq 1 120); do
  if docker info >/dev/null 2>&1; then docker version --format 'dockerd {{.Server.Version}} ready'; exit 0; fi
  sleep 0.5
done
echo "start-docker: dockerd did not answer within 60s; its log:" >&2
tail -n 50 /var/log/hier-dockerd.log >&2
exit 1
