#!/usr/bin/env bash
# Installs a Docker engine with BuildKit and buildx on a bare Debian bookworm machine,
# without upgrading the rest of the system: the engine packages come from trixie (same mirror
# as the machine's own bookworm entry), downloaded one by one and installed with dpkg, and
# their dependencies come from bookworm. Idempotent: does nothing when dockerd, the docker CLI
# and buildx are already there. (Trixie's docker.io has no CLI: that is the docker-cli package.)
# For tests: HIER_APT_DIR (default /etc/apt) is where the trixie source and pin are written,
# HIER_BUILDX (default /usr/libexec/docker/cli-plugins/docker-buildx) where buildx is looked for.
set -euo pipefail
apt_dir=${HIER_APT_DIR:-/etc/apt}
buildx=${HIER_BUILDX:-/usr/libexec/docker/cli-plugins/docker-buildx}
say() { echo "install-docker: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }

if command -v dockerd >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 \
  && [ -x "$buildx" ]; then
  exit 0
fi

[ "$(id -u)" = 0 ] || die "run as root (it installs packages with apt-get and dpkg)"
[ -r /etc/debian_version ] && command -v apt-get >/dev/null || die "this script installs the engine on Debian (bookworm); elsewhere install Docker with BuildKit and buildx yourself"
say "installing a Docker engine (dockerd, docker, buildx) from Debian trixie packages"
export DEBIAN_FRONTEND=noninteractive
mirror=$(grep -rhoE '^URIs: *http[^ ]*debian/?$' "$apt_dir/sources.list.d/" "$apt_dir/sources.list" 2>/dev/null | head -n1 | awk '{print $2}' || true)
mirror=${mirror:-$(grep -rhoE '^deb +http[^ ]*debian/? ' "$apt_dir/sources.list" "$apt_dir/sources.list.d/" 2>/dev/null | head -n1 | awk '{print $2}' || true)}
[ -n "$mirror" ] || die "no Debian mirror found in $apt_dir/sources.list*"

cat > "$apt_dir/sources.list.d/hier-trixie.sources" <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
cat > "$apt_dir/preferences.d/hier-trixie" <<PIN
Package: *
Pin: release n=trixie
Pin-Priority: 50
PIN

say "apt-get update, then the runtime dependencies from bookworm"
apt-get update -qq
# Runtime dependencies from bookworm.
apt-get install -y -qq --no-install-recommends runc tini iptables ca-certificates pigz xz-utils \
  debootstrap libdevmapper1.02.1 >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chown _apt "$tmp" 2>/dev/null || true # apt-get download fetches as _apt, else it warns
say "downloading docker.io, docker-cli, containerd and docker-buildx from trixie"
( cd "$tmp" && apt-get download -qq -t trixie docker.io docker-cli containerd docker-buildx )
# The one failure allowed: a dependency bookworm cannot satisfy (a trixie package may ask for a
# newer library than bookworm has; on bookworm 12 every dependency is met today).
# --force-depends turns exactly that into a warning; any other dpkg error (a corrupt or
# conflicting package, a failing maintainer script) fails this script with dpkg's own message.
say "installing them with dpkg"
if ! dpkg --force-depends -i "$tmp"/containerd_*.deb "$tmp"/docker.io_*.deb "$tmp"/docker-cli_*.deb \
  "$tmp"/docker-buildx_*.deb >"$tmp/dpkg.log" 2>&1; then
  cat "$tmp/dpkg.log" >&2
  die "dpkg failed (its output is above)"
fi
if grep -q 'dependency problems' "$tmp/dpkg.log"; then
  say "dpkg installed them with unmet dependencies (allowed; the binaries are checked below):"
  grep -E 'depends on|dependency problems' "$tmp/dpkg.log" | sed 's/^/  /' >&2
fi
# The binaries are Go programs linked against bookworm's libc: check they run.
dockerd --version || die "dockerd does not run"
docker --version || die "docker does not run"
"$buildx" version || die "docker-buildx does not run"
