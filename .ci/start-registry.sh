#!/usr/bin/env bash
# Starts a local registry on 127.0.0.1:5000 (unless one answers there already) for the e2e tests
# that push and pull: Debian's `docker-registry` package (distribution 2.8), installed when
# missing, served in the background by `docker-registry serve CONFIG` (the package does not start
# it where there is no init system). dockerd treats 127.0.0.0/8 as an insecure registry by default,
# so no daemon setting changes. Storage is $HIER_REGISTRY_DIR (default /var/lib/hier-registry);
# the log is /var/log/hier-registry.log. Idempotent.
set -euo pipefail
addr=${HIER_REGISTRY:-127.0.0.1:5000}
dir=${HIER_REGISTRY_DIR:-/var/lib/hier-registry}
log=/var/log/hier-registry.log
say() { echo "start-registry: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
answers() { curl -fsS --max-time 2 "http://$addr/v2/" >/dev/null 2>&1; }

if answers; then exit 0; fi
[ "$(id -u)" = 0 ] || die "no registry answers on $addr, and starting one needs root (apt-get install docker-registry)"
if ! command -v docker-registry >/dev/null; then
  say "installing Debian's docker-registry package"
  "$(dirname "$0")/apt-install.sh" docker-registry || die "apt-get install docker-registry failed"
fi
mkdir -p "$dir" /etc/hier
config=/etc/hier/registry.yml
cat >"$config" <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir
  delete:
    enabled: true
http:
  addr: $addr
CONF
say "serving a registry on $addr (storage $dir, log $log)"
nohup docker-registry serve "$config" >"$log" 2>&1 </dev/null &
for _ in $(seq 1 60); do
  if answers; then say "registry ready on $addr"; exit 0; fi
  sleep 0.5
done
tail -n 30 "$log" >&2
die "the registry did not answer on $addr within 30 s"
