#!/bin/sh
# hier base image wrapper: the image's ENTRYPOINT runs `tini -- entrypoint.sh CMD…`.
#  - sources every /etc/entrypoint.d/*.sh hook (images add their own setup there);
#  - HIER_MAINTENANCE=1 starts nothing and waits, so a broken image or its volumes can be inspected;
#  - then replaces itself with the command (`exec`), which tini reaps and forwards signals to.
set -eu

for hook in /etc/entrypoint.d/*.sh; do
  [ -r "$hook" ] || continue
  # shellcheck disable=SC1090
  . "$hook"
done

if [ "${HIER_MAINTENANCE:-0}" = 1 ]; then
  echo "entrypoint: maintenance mode, not starting: $*" >&2
  exec sleep infinity
fi

if [ "$#" -eq 0 ]; then
  echo "entrypoint: no command given" >&2
  exit 64
fi

exec "$@"
