#!/usr/bin/env bash
# Starts a caching apt proxy for the build steps of the e2e tier, and points docker's client at it.
# The tier builds its images cold several times (each image store, each test that prunes the build
# cache), and every cold build downloaded its .deb files from deb.debian.org again: that was most of
# CI's time, and it varied with the mirror. With the proxy each file is fetched once per machine.
#
#   - Debian's apt-cacher-ng, installed when missing, run as its own user with a config of ours
#     (/etc/hier/apt-cache/acng.conf: no mirror remapping, so it fetches each URL as it was asked
#     for), on 127.0.0.1 and the default bridge's gateway (where build steps reach the host),
#     port 3143: not the package's 3142, where its own service may run with Debian's config (its
#     mirror remapping, whose default backend answered 503 here). Cache /var/cache/hier-apt-cache;
#     logs /var/log/hier-apt-cache/.
#   - `proxies.default.httpProxy` in ~/.docker/config.json, which docker's client sends to every
#     build as the HTTP_PROXY/http_proxy build args (hier and Dockerfile builds alike; BuildKit keeps
#     them out of the cache key), with noProxy for loopback by name and address (no CIDR: Python's
#     urllib matches names only). Only http: https goes direct. An existing `proxies.default` is
#     left as it is unless its httpProxy is on the bridge's gateway (then this script wrote it).
# Needs a running dockerd (for the bridge). Idempotent.
set -euo pipefail
say() { echo "start-apt-proxy: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
port=3143
conf=/etc/hier/apt-cache
cache=/var/cache/hier-apt-cache
logs=/var/log/hier-apt-cache
gateway=$(docker network inspect bridge --format '{{range .IPAM.Config}}{{.Gateway}}{{end}}') \
  || die "cannot read the default bridge's gateway (is dockerd running?)"
[ -n "$gateway" ] || die "the default bridge has no gateway address"
url="http://$gateway:$port"
answers() { curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$port/acng-report.html" 2>/dev/null; }

if ! answers; then
  [ "$(id -u)" = 0 ] || die "starting the apt proxy needs root (apt-get install apt-cacher-ng)"
  if ! [ -x /usr/sbin/apt-cacher-ng ]; then
    say "installing Debian's apt-cacher-ng"
    "$(dirname "$0")/apt-install.sh" apt-cacher-ng || die "apt-get install apt-cacher-ng failed"
  fi
  mkdir -p "$conf" "$cache" "$logs"
  chown -R apt-cacher-ng: "$cache" "$logs"
  cat >"$conf/acng.conf" <<CONF
CacheDir: $cache
LogDir: $logs
Port: $port
BindAddress: 127.0.0.1 $gateway
ExThreshold: 4
ReportPage: acng-report.html
CONF
  say "serving an apt proxy on 127.0.0.1 and $gateway, port $port (cache $cache, logs $logs)"
  su -s /bin/sh apt-cacher-ng -c "/usr/sbin/apt-cacher-ng -c $conf pidfile=$cache/pid ForeGround=0"
  for _ in $(seq 1 40); do answers && break; sleep 0.25; done
  answers || { tail -n 30 "$logs/apt-cacher.err" >&2 || true; die "apt-cacher-ng did not answer on port $port within 10 s"; }
fi

config=${DOCKER_CONFIG:-$HOME/.docker}/config.json
mkdir -p "$(dirname "$config")"
HIER_PROXY_URL=$url node - "$config" <<'JS'
const { existsSync, readFileSync, writeFileSync, renameSync } = require("node:fs");
const file = process.argv[2];
const config = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
const url = process.env.HIER_PROXY_URL;
const current = config.proxies?.default;
const ours = (p) => typeof p === "string" && URL.canParse(p) && new URL(p).hostname === new URL(url).hostname;
if (current !== undefined && current.httpProxy === url) {
  console.error(`start-apt-proxy: ${file} sends HTTP_PROXY=${url} already`);
} else if (current !== undefined && !ours(current.httpProxy)) {
  console.error(`start-apt-proxy: ${file} has proxies.default already; left as it is (builds do not use ${url})`);
} else {
  config.proxies = { ...config.proxies, default: { httpProxy: url, noProxy: "localhost,127.0.0.1,::1" } };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  console.error(`start-apt-proxy: builds get HTTP_PROXY=${url} (proxies.default in ${file})`);
}
JS
