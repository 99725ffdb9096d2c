#!/usr/bin/env bash
# Lets this machine run the other platform of the frontend image's index under emulation (on
# amd64: arm64, and the reverse), for the e2e test that runs the arm64 frontend
# (test/e2e/frontend-image.test.ts). Idempotent; as root on Debian:
#   1. Debian's qemu-user-static (installed when missing)
#   2. binfmt_misc mounted at /proc/sys/fs/binfmt_misc (where no init system did it)
#   3. the interpreter registered from the package's /usr/lib/binfmt.d/qemu-ARCH.conf, whose
#      flags include F: the kernel opens the interpreter now, so it works inside containers too
# Where a step cannot be done it says so and exits 0: the test then skips with the reason.
set -uo pipefail
say() { echo "binfmt: $*" >&2; }
mnt=/proc/sys/fs/binfmt_misc

case "$(uname -m)" in
  x86_64) name=qemu-aarch64 ;;
  aarch64) name=qemu-x86_64 ;;
  *) say "no emulation set up for $(uname -m)"; exit 0 ;;
esac
[ "$(id -u)" = 0 ] || { say "not root: cannot register $name"; exit 0; }

if [ -r "$mnt/$name" ] && grep -q '^enabled' "$mnt/$name"; then
  say "$name is registered"
  exit 0
fi
conf=/usr/lib/binfmt.d/$name.conf
if [ ! -r "$conf" ]; then
  say "installing qemu-user-static"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends qemu-user-static >/dev/null 2>&1 \
    || { say "apt-get install qemu-user-static failed: no emulation"; exit 0; }
fi
if ! [ -w "$mnt/register" ]; then
  mount -t binfmt_misc binfmt_misc "$mnt" 2>/dev/null || { say "cannot mount binfmt_misc at $mnt: no emulation"; exit 0; }
fi
if [ -e "$mnt/$name" ]; then
  echo 1 >"$mnt/$name" # registered but disabled
else
  grep -v '^#' "$conf" >"$mnt/register" 2>/dev/null || { say "the kernel refused $conf: no emulation"; exit 0; }
fi
say "$name registered ($(tr '\n' ' ' <"$mnt/$name"))"
