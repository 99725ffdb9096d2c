#!/usr/bin/env bash
# Builds the frontend image for linux/amd64 and linux/arm64 and assembles them into one index in a
# registry, the way docker/dockerfile is published; then prints each platform's compressed size.
# The classic image store cannot hold an index, so each platform is pushed by itself
# (REPO:TAG-amd64, REPO:TAG-arm64) and `docker buildx imagetools create` writes the index REPO:TAG
# in the registry (this works in the containerd store too). frontend/Dockerfile runs one step, the
# image's node writing its startup snapshot: for arm64 on an amd64 host under qemu (.ci/binfmt.sh
# registers it). dist/ must be built (npm run build).
#
#   scripts/frontend-index.sh REPO:TAG          e.g. 127.0.0.1:5000/hier-frontend:dev
#
# Layers are zstd, level 19, in OCI media types: about a sixth smaller than gzip, and faster to
# unpack. BuildKit since v0.10 and Docker Engine since 23.0 pull them; COMPRESSION=gzip keeps the
# gzip layers docker pushed, for older clients. The classic image store's exporter pushes gzip
# whatever the output's compression says, so zstd is a second step for both stores: skopeo (Debian's
# package, installed when missing where this runs as root on Debian) copies each platform's image
# into an OCI layout with zstd layers and pushes that back under the same tag. skopeo reads docker's
# registry logins; registries on loopback are plain http, as docker treats them.
#
# Node base per platform: NODE_BASE_AMD64 / NODE_BASE_ARM64 when set, else
# docker-image://hier-local/node:24-ARCH when that image exists (.ci/node-base.sh), else bake's
# default (the official node:24-bookworm-slim, pulled for that platform).
# stdout, one line each:  index REPO@sha256:…   then   linux/ARCH sha256:… BYTES
# (BYTES: the platform manifest's config and layers as stored, compressed). stderr: progress and
# the sizes in MB.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:?usage: scripts/frontend-index.sh REPO:TAG (e.g. 127.0.0.1:5000/hier-frontend:dev)}
say() { echo "frontend-index: $*" >&2; }
die() { say "ERROR: $*"; exit 1; }
[ -f dist/frontend-snapshot.cjs ] || die "dist/frontend-snapshot.cjs is missing: run npm run build first"
case "${ref##*/}" in *:*) ;; *) ref="$ref:latest" ;; esac
case "${COMPRESSION:=zstd}" in
  zstd | gzip) ;;
  *) die "COMPRESSION=$COMPRESSION: use zstd (the default) or gzip" ;;
esac
if [ "$COMPRESSION" = zstd ] && ! command -v skopeo >/dev/null; then
  if [ "$(id -u)" = 0 ] && [ -r /etc/debian_version ]; then
    say "installing Debian's skopeo (zstd layers)"
    .ci/apt-install.sh skopeo || die "apt-get install skopeo failed (COMPRESSION=gzip needs no skopeo)"
  else
    die "zstd layers need skopeo (apt-get install skopeo), or run with COMPRESSION=gzip"
  fi
fi
# skopeo's flag for a registry docker reaches without TLS (loopback), for `src` or `dest`.
plain_http() {
  case "${ref%%/*}" in localhost | localhost:* | 127.* | "[::1]"*) echo "--$1-tls-verify=false" ;; esac
}

# The compressed size of a manifest: config plus layers, from the manifest JSON on stdin.
manifest_bytes() {
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);
    console.log(m.config.size+m.layers.reduce((n,l)=>n+l.size,0))})'
}

log=$(mktemp)
layout=$(mktemp -d)
trap 'rm -rf "$log" "$layout"' EXIT
parts=()
lines=()
for arch in amd64 arm64; do
  var=NODE_BASE_${arch^^}
  base=${!var:-}
  if [ -z "$base" ] && docker image inspect "hier-local/node:24-$arch" >/dev/null 2>&1; then
    base=docker-image://hier-local/node:24-$arch
  fi
  say "linux/$arch: building with NODE_BASE=${base:-(bake default)}, pushing $ref-$arch ($COMPRESSION layers)"
  # The tag is replaced, so org/hier-frontend:latest keeps the host platform's image.
  NODE_BASE=$base docker buildx bake --progress=plain frontend \
    --set "frontend.platform=linux/$arch" --set "frontend.tags=$ref-$arch" --set "frontend.output=type=registry" >"$log" 2>&1 \
    || { tail -n 30 "$log" >&2; die "building or pushing linux/$arch failed"; }
  if [ "$COMPRESSION" = zstd ]; then
    # shellcheck disable=SC2046 # plain_http prints one flag or nothing
    { skopeo copy --quiet $(plain_http src) --format oci --dest-compress-format zstd --dest-compress-level 19 "docker://$ref-$arch" "oci:$layout:$arch" \
      && skopeo copy --quiet $(plain_http dest) "oci:$layout:$arch" "docker://$ref-$arch"; } >"$log" 2>&1 \
      || { tail -n 30 "$log" >&2; die "recompressing linux/$arch as zstd failed (COMPRESSION=gzip skips it)"; }
  fi
  raw=$(docker buildx imagetools inspect --raw "$ref-$arch") || die "cannot read back $ref-$arch"
  digest=sha256:$(printf '%s' "$raw" | sha256sum | cut -d' ' -f1)
  lines+=("linux/$arch $digest $(printf '%s' "$raw" | manifest_bytes)")
  parts+=("${ref%:*}@$digest")
done

say "assembling the index $ref (${parts[*]})"
docker buildx imagetools create -t "$ref" "${parts[@]}" >"$log" 2>&1 || { cat "$log" >&2; die "imagetools create failed"; }
index=$(docker buildx imagetools inspect --raw "$ref") || die "cannot read back $ref"
echo "index ${ref%:*}@sha256:$(printf '%s' "$index" | sha256sum | cut -d' ' -f1)"
for line in "${lines[@]}"; do
  echo "$line"
  read -r platform _ bytes <<<"$line"
  say "$(printf '%-12s %6s MB compressed (%s)' "$platform" "$(awk "BEGIN{printf \"%.1f\", $bytes/1e6}")" "$COMPRESSION")"
done
