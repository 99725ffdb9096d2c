/**
 * The hier entrypoint wrapper: a tiny POSIX-sh script a stage switches on with `wrapper:`.
 * - normal start: sources the env hooks, then `exec`s the command, so the app is PID 1 and gets
 *   the signals `docker stop` sends;
 * - `HIER_MAINTENANCE=1`: starts without the app and idles until stopped (to work on volumes);
 * - `hier-entrypoint check`: runs the stage's tests in the running container, for liveness and
 *   readiness probes; exit 0 when all pass.
 * It writes nothing, so it works on a read-only root filesystem.
 */
import type { Stage } from "../graph/model.ts";
import { shellQuote } from "./packages.ts";

/** Where the wrapper and its files live in the image. */
export const WRAPPER_PATH = "/usr/local/bin/hier-entrypoint";
export const WRAPPER_DIR = "/etc/hier";

/** The wrapper script (the same for every stage; per-stage data lives in /etc/hier). */
export const WRAPPER_SCRIPT = `#!/bin/sh
# hier entrypoint wrapper. Modes:
#   hier-entrypoint CMD...      source the hooks listed in ${WRAPPER_DIR}/hooks, then exec CMD
#   HIER_MAINTENANCE=1          start without the app, idle until stopped
#   hier-entrypoint check       run the image's tests (${WRAPPER_DIR}/tests); exit 0 if all pass
set -e
if [ -r ${WRAPPER_DIR}/hooks ]; then
  # One path or glob a line (e.g. /etc/entrypoint.d/*.sh, so derived images can drop hooks in).
  while IFS= read -r hook; do
    for f in $hook; do
      if [ -r "$f" ]; then . "$f"; fi
    done
  done < ${WRAPPER_DIR}/hooks
fi
if [ "\${1:-}" = check ]; then
  shift
  # The tests may call the wrapper themselves: in a container started in maintenance mode they
  # must run the command, not idle.
  unset HIER_MAINTENANCE
  [ -r ${WRAPPER_DIR}/tests ] || { echo "hier-entrypoint: this image has no tests" >&2; exit 0; }
  exec /bin/sh -e ${WRAPPER_DIR}/tests
fi
if [ -n "\${HIER_MAINTENANCE:-}" ] && [ "\${HIER_MAINTENANCE}" != 0 ]; then
  echo "hier-entrypoint: maintenance mode (HIER_MAINTENANCE=$HIER_MAINTENANCE): the app is not started" >&2
  trap 'exit 0' TERM INT
  while :; do sleep 3600 & wait $! || true; done
fi
if [ "$#" -eq 0 ]; then
  echo "hier-entrypoint: no command given (set cmd: in the stage)" >&2
  exit 64
fi
exec "$@"
`;

/** `${WRAPPER_DIR}/tests`: the stage's tests as one script; `set -e` stops at the first failure. */
export function testsScript(stage: Stage): string {
  const lines = stage.tests.map((t, i) => `echo ${shellQuote(`test ${i + 1}/${stage.tests.length}: ${t.run}`)} >&2\n( ${t.run} )`);
  return `# tests of stage ${stage.name}, run by \`hier-entrypoint check\`\n${lines.join("\n")}\n`;
}

/** `${WRAPPER_DIR}/hooks`: one script path a line, sourced in order. */
export function hooksFile(stage: Stage): string {
  return (stage.wrapper?.source ?? []).map((s) => `${s}\n`).join("");
}
