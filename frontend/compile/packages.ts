/**
 * Package installation per manager, written so the shared package cache is actually used and
 * nothing of it lands in the image: the package lists and downloaded archives live on cache
 * mounts (which leave no files in the layer), and Debian's `docker-clean` hook, which would delete
 * every downloaded archive right after install, is masked for that one step by an empty file
 * mounted over it.
 */
import type { PackageManager } from "../graph/model.ts";

/** The shell command that installs `names` with `manager`. */
export function installCommand(manager: PackageManager, names: readonly string[]): string {
  const pkgs = names.map(shellQuote).join(" ");
  switch (manager) {
    case "apt":
      // Keep-Downloaded-Packages keeps archives in the (cached) /var/cache/apt; the lists are cached too.
      return (
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends " +
        `-o APT::Keep-Downloaded-Packages=true ${pkgs}`
      );
    case "apk":
      return `apk add --cache-dir /var/cache/apk ${pkgs}`;
    case "dnf":
      return `dnf install -y --setopt=keepcache=True ${pkgs}`;
  }
}

/** Files to mask (mount an empty file over) while the manager runs, so its cache survives. */
export function maskedFiles(manager: PackageManager): string[] {
  return manager === "apt" ? ["/etc/apt/apt.conf.d/docker-clean"] : [];
}

/** Quotes a word for /bin/sh when it contains anything but safe characters. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
