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

/** The shell command that installs `names` with `manager`. */
export function installCommand(manager: PackageManager, names: readonly string[]): string {
  const pkgs = names.map(shellQuote).join(" ");
  switch (manager) {
    case "apt": {
      // Keep-Downloaded-Packages keeps archives in the (cached) archive dir; the lists are cached too.
      // The lists cache is shared by every apt step of a family (and locked): a step skips
      // `apt-get update` when another updated the lists for the same sources (the stamp holds
      // their checksum) within the last hour. An install that fails on such lists (a package
      // newer than them, a mirror that dropped a version) updates and tries once more.
      const install =
        `DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o APT::Keep-Downloaded-Packages=true ` +
        `-o Dir::Cache::Archives=${APT_ARCHIVES}/ ${pkgs}`;
      const update = `apt-get update -qq && echo "$s" > ${APT_STAMP}`;
      return (
        `mkdir -p ${APT_ARCHIVES}/partial && ` +
        `s=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null | cksum) && ` +
        `if [ -n "$(find ${APT_STAMP} -mmin -${APT_LISTS_FRESH_MINUTES} 2>/dev/null)" ] && [ "$(cat ${APT_STAMP})" = "$s" ]; ` +
        `then ${install} || { ${update} && ${install}; }; ` +
        `else ${update} && ${install}; fi`
      );
    }
    case "apk":
      return `apk add --cache-dir /var/cache/apk ${pkgs}`;
    case "dnf":
      return `dnf install -y --setopt=keepcache=True ${pkgs}`;
  }
}

/** Quotes a word for /bin/sh when it contains anything but safe characters. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
