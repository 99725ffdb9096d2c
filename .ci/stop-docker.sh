#!/usr/bin/env bash
# Stops the dockerd that .ci/start-docker.sh started (recognised by its stdout going to
# /var/log/hier-dockerd.log) and waits until it is gone. Refuses to stop any other engine
# (a systemd service, someone's own Docker). Does nothing when no dockerd runs.
set -euo pipefail
log=/var/log/hier-dockerd.log
pid=$(cat /var/run/docker.pid 2>/dev/null || true)
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then exit 0; fi
if [ "$(readlink "/proc/$pid/fd/1" 2>/dev/null || true)" != "$log" ]; then
  echo "stop-docker: dockerd (pid $pid) was not started by .ci/start-docker.sh; not stopping it" >&2
  exit 1
fi
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2>/dev/null || { echo "stop-docker: dockerd (pid $pid) stopped" >&2; exit 0; }
  sleep 0.5
done
echo "stop-docker: dockerd (pid $pid) did not stop within 30s" >&2
exit 1
