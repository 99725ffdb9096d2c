/**
 * Package installation per manager, written so the shared package cache is actually used and
 * nothing of it lands in the image: the package lists and downloaded archives live on cache
 * mounts (which leave no files in the layer). Debian images' `docker-clean` hook deletes
 * `/var/cache/apt/archives/*.deb` after every install; apt downloads into another directory of the
 * cache mount instead (`Dir::Cache::Archives`), which the hook does not touch. No file of the image
 * is masked or changed, and the step needs no mount beyond its caches.
 */

/** Where apt keeps downloaded packages, inside the apt cache mount, out of docker-clean's reach. */
export const APT_ARCHIVES = "/var/cache/apt/hier-archives";
import type { PackageManager } from "../graph/model.ts";

/** The stamp apt steps leave in the shared lists cache: the sources it was updated for, by its mtime. */
export const APT_STAMP = "/var/lib/apt/lists/hier-updated";

/** How long updated package lists are reused by later apt steps before `apt-get update` runs again. */
export const APT_LISTS_FRESH_MINUTES = 60;

/** The lock apt steps take (flock) around `apt-get update` and downloads, in the shared cache. */
export const APT_LOCK = "/var/cache/apt/hier.lock";

/** The environment variable an apt step's script travels in (see {@link installExec}). */
export const APT_SCRIPT_VAR = "HIER_APT_SCRIPT";

/** How a packages step runs: its argv, and environment variables only the step sees (not the image). */
export interface InstallExec {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

/**
 * The exec that installs `names` with `manager`. apt's script ({@link aptScript}) is long, and
 * BuildKit quotes a failed step's whole argv (`process "…" did not complete successfully`), as
 * the image history does: so the script travels in {@link APT_SCRIPT_VAR} and the argv is
 * `/bin/sh -c 'eval "$HIER_APT_SCRIPT"' apt PKG…`, the packages as words of their own.
 */
export function installExec(manager: PackageManager, names: readonly string[]): InstallExec {
  const shell = (command: string): InstallExec => ({ args: ["/bin/sh", "-c", `${command} ${names.map(shellQuote).join(" ")}`], env: {} });
  switch (manager) {
    case "apt":
      return { args: ["/bin/sh", "-c", `eval "$${APT_SCRIPT_VAR}"`, "apt", ...names], env: { [APT_SCRIPT_VAR]: aptScript() } };
    case "apk":
      return shell("apk add --cache-dir /var/cache/apk");
    case "dnf":
      return shell("dnf install -y --setopt=keepcache=True");
  }
}

/**
 * apt, in three phases, so a family's installs run side by side:
 * 1. under an exclusive `flock` on {@link APT_LOCK}: refresh the lists when they are stale (the
 *    stamp holds the sources' checksum; another step's update within the hour counts) and
 *    download the packages into the shared archives (`--download-only`);
 * 2. without the lock: install from those archives (`--no-download`, apt's own locks off, and
 *    no package cache files written into the shared mount);
 * 3. only when 2 fails (lists changed under it, an archive missing): take the lock again and
 *    install as one locked step would, updating the lists and trying once more on reused ones.
 * The caches are mounted `shared`: BuildKit's `locked` would hold the whole install, so the
 * family's apt branches would run one after another. Without `flock` (not Debian or Ubuntu),
 * the step keeps its lists and archives to itself and removes them, and shares nothing.
 */
function aptScript(): string {
  const pkgs = `"$@"`;
  const apt = `DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends`;
  const archives = `-o Dir::Cache::Archives=${APT_ARCHIVES}/`;
  const keep = `-o APT::Keep-Downloaded-Packages=true ${archives}`;
  const download = `${apt} --download-only ${archives} ${pkgs}`;
  const offline = `${apt} --no-download -o Debug::NoLocking=true -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= ${keep} ${pkgs}`;
  const install = `${apt} ${keep} ${pkgs}`;
  const update = `apt-get update -qq && echo "$s" > ${APT_STAMP}`;
  const fresh = `[ -n "$(find ${APT_STAMP} -mmin -${APT_LISTS_FRESH_MINUTES} 2>/dev/null)" ] && [ "$(cat ${APT_STAMP})" = "$s" ]`;
  // `run` on fresh lists, or after an update; on reused lists a failure updates and runs once
  // more. That first try's stdout (progress) streams as usual; its stderr is held and shown only
  // when it succeeds, so an error (a package the reused lists do not have yet) is not printed
  // twice when the retry fails too.
  const held = (run: string) => `{ e=$(${run} 2>&1 >&3); } 3>&1 && { [ -z "$e" ] || printf '%s\\n' "$e" >&2; }`;
  const withLists = (run: string) => `if ${fresh}; then ${held(run)} || { ${update} && ${run}; }; else ${update} && ${run}; fi`;
  const own = "/tmp/hier-apt";
  const alone =
    `mkdir -p ${own}/lists/partial ${own}/archives/partial && ` +
    `apt-get update -qq -o Dir::State::Lists=${own}/lists && ` +
    `${apt} -o Dir::State::Lists=${own}/lists -o Dir::Cache::Archives=${own}/archives/ ${pkgs}; ` +
    `r=$?; rm -rf ${own}; exit $r`;
  return (
    // The script's own variable stays out of apt's and the packages' maintainer scripts' environment.
    `unset ${APT_SCRIPT_VAR}; ` +
    `mkdir -p ${APT_ARCHIVES}/partial && ` +
    `s=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | cksum) && ` +
    `if ! command -v flock >/dev/null 2>&1; then ${alone}; fi && ` +
    `exec 9>${APT_LOCK} && flock 9 && { ${withLists(download)}; } && flock -u 9 && ` +
    `{ ${offline} || { flock 9 && { ${withLists(install)}; }; }; }`
  );
}

/** Quotes a word for /bin/sh when it contains anything but safe characters. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
