#!/usr/bin/env bash
# Installs a Docker engine with BuildKit and buildx on a bare Debian bookworm machine,
# without upgrading the rest of the system: the engine packages come from trixie (same mirror
# as the machine's own bookworm entry), downloaded one by one and installed with dpkg, and
# their dependencies come from bookworm. Idempotent: does nothing when dockerd, the docker CLI
# and buildx are already there. (Trixie's docker.io has no CLI: that is the docker-cli package.)
set -euo pipefail

if command -v dockerd >/dev/null 2>&1 && command -v docker >/dev/null 2>&1 \
  && [ -x /usr/libexec/docker/cli-plugins/docker-buildx ]; then
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
mirror=$(grep -rhoE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}' || true)
mirror=${mirror:-$(grep -rhoE '^deb +http[^ ]*debian/? ' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | awk '{print $2}' || true)}
[ -n "$mirror" ] || { echo "install-docker: no Debian mirror found in /etc/apt/sources.list*" >&2; exit 1; }

cat > /etc/apt/sources.list.d/hier-trixie.sources <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
cat > /etc/apt/preferences.d/hier-trixie <<PIN
Package: *
Pin: release n=trixie
Pin-Priority: 50
PIN

apt-get update -qq
# Runtime dependencies from bookworm.
apt-get install -y -qq --no-install-recommends runc tini iptables ca-certificates pigz xz-utils \
  debootstrap libdevmapper1.02.1 >/dev/null
tmp=$(mktemp -d)
chown _apt "$tmp" 2>/dev/null || true # apt-get download fetches as _apt, else it warns
( cd "$tmp" && apt-get download -qq -t trixie docker.io docker-cli containerd docker-buildx )
dpkg --force-depends -i "$tmp"/containerd_*.deb "$tmp"/docker.io_*.deb "$tmp"/docker-cli_*.deb \
  "$tmp"/docker-buildx_*.deb >/dev/null 2>&1 || true
# dpkg may complain about dependencies it cannot satisfy from bookworm (e.g. a newer libc);
# the binaries are static Go programs, so check they run rather than trusting dpkg's status.
rm -rf "$tmp"
dockerd --version
docker --version
/usr/libexec/docker/cli-plugins/docker-buildx version
