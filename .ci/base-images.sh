#!/usr/bin/env bash
# Makes the local images that stand in for registry images on machines that cannot pull:
#   debian:bookworm-slim  a `debootstrap --variant=minbase bookworm` rootfs, shaped like the official
#                         image (apt's docker-* config files, empty apt lists, PATH, CMD ["bash"])
#   hier-local/node:24-amd64, hier-local/node:24-arm64 (and hier-local/node:24, the host's)
#                         the official Node 24 binary from the npm registry plus its libraries from
#                         Debian's .debs (.ci/node-base.sh); the frontend image's Node base on these
#                         machines (see NODE_BASE in docker-bake.hcl)
# Each image is skipped when it already exists. The debootstrap rootfs (~40 s) is cached as a
# tarball under $HIER_CACHE (default /var/cache/hier), so a rerun on the same machine skips it.
# HIER_REBUILD_BASE_IMAGES=1 remakes the images (the cached tarball is kept).
set -euo pipefail

cache=${HIER_CACHE:-/var/cache/hier}
say() { echo "base-images: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
have_image() { [ "${HIER_REBUILD_BASE_IMAGES:-0}" != 1 ] && docker image inspect "$1" >/dev/null 2>&1; }

docker info >/dev/null 2>&1 || die "no Docker engine answers; run .ci/install-docker.sh && .ci/start-docker.sh first"
mkdir -p "$cache"

# The machine's own Debian mirror (first `URIs:` of a deb822 entry, else a one-line `deb` entry).
# debian_mirror debian|debian-security
debian_mirror() {
  local m
  m=$(grep -rhoE "^URIs: *http[^ ]*/$1/?\$" /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}' || true)
  m=${m:-$(grep -rhoE "^deb +http[^ ]*/$1/? " /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | awk '{print $2}' || true)}
  echo "${m:-http://deb.debian.org/$1}"
}

make_debian() {
  # v2: the rootfs's own "/" is 0755 (v1 kept mktemp's 0700, which on vfs lets no other user in).
  local ref=debian:bookworm-slim tarball="$cache/bookworm-minbase.v2.tar"
  if have_image "$ref"; then say "$ref exists"; return; fi
  if [ ! -s "$tarball" ]; then
    command -v debootstrap >/dev/null || die "debootstrap is not installed (apt-get install debootstrap)"
    local mirror security root
    mirror=$(debian_mirror debian)
    security=$(debian_mirror debian-security)
    root=$(mktemp -d "$cache/rootfs.XXXXXX")
    say "debootstrap --variant=minbase bookworm from $mirror (about 40 s)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$cache/debootstrap.log" 2>&1 \
      || { tail -n 30 "$cache/debootstrap.log" >&2; rm -rf "$root"; die "debootstrap failed (log: $cache/debootstrap.log)"; }
    # What the official image (debuerreotype) does to a minbase rootfs.
    cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'CONF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CONF
    echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$root/etc/apt/apt.conf.d/docker-autoremove-suggests"
    echo 'Acquire::GzipIndexes "true";' >"$root/etc/apt/apt.conf.d/docker-gzip-indexes"
    echo 'Acquire::Languages "none";' >"$root/etc/apt/apt.conf.d/docker-no-languages"
    rm -f "$root/etc/apt/sources.list"
    cat >"$root/etc/apt/sources.list.d/debian.sources" <<SRC
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
      "$root"/var/log/*.log "$root"/var/log/apt/* "$root"/tmp/* "$root"/etc/hostname
    : >"$root/etc/resolv.conf"
    chmod 0755 "$root" # mktemp made it 0700; the tarball's "./" entry becomes the image's "/"
    tar --numeric-owner --sort=name -C "$root" -cf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
  else
    say "using the cached rootfs $tarball"
  fi
  docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' \
    "$tarball" "$ref" >/dev/null
  say "$ref imported"
}

make_debian
# The frontend image's Node bases, one per platform of its index (scripts/frontend-index.sh).
"$(dirname "$0")/node-base.sh" amd64
"$(dirname "$0")/node-base.sh" arm64
