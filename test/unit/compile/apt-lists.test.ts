// The apt install command's list refresh, run for real by /bin/sh: a fake `apt-get` on PATH logs
// what it was asked to do, and the command's absolute paths (/etc/apt, /var/lib/apt/lists,
// /var/cache/apt) point into a temporary root. What is checked is which apt-get calls run.
import { execFileSync } from "node:child_process";
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APT_LISTS_FRESH_MINUTES, APT_STAMP, installCommand } from "../../../frontend/compile/packages.ts";

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "hier-apt-"));
  for (const d of ["etc/apt/sources.list.d", "var/lib/apt/lists", "var/cache/apt", "bin"]) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "etc/apt/sources.list.d/debian.sources"), "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n");
  // The fake apt-get: logs "update" or "install PKGS"; an install fails while FAIL_INSTALL exists
  // (it is removed by the next update, as fresh lists would fix a missing package).
  const fake = join(root, "bin/apt-get");
  writeFileSync(
    fake,
    `#!/bin/sh
log=${root}/calls
case "$1" in
  update) echo update >> "$log"; rm -f ${root}/FAIL_INSTALL ;;
  install) shift; while [ "\${1#-}" != "$1" ]; do [ "$1" = -o ] && shift; shift; done; echo "install $*" >> "$log"; [ ! -e ${root}/FAIL_INSTALL ] ;;
esac
`,
  );
  chmodSync(fake, 0o755);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs the apt command for `pkgs` in the temporary root; returns the apt-get calls it made and its exit status. */
function run(...pkgs: string[]): { calls: string[]; ok: boolean } {
  const command = installCommand("apt", pkgs).replaceAll("/etc/apt", `${root}/etc/apt`).replaceAll("/var/", `${root}/var/`);
  const log = join(root, "calls");
  writeFileSync(log, "");
  let ok = true;
  try {
    execFileSync("/bin/sh", ["-c", command], { env: { PATH: `${root}/bin:/usr/bin:/bin` }, stdio: ["ignore", "ignore", "pipe"] });
  } catch {
    ok = false;
  }
  return { calls: readFileSync(log, "utf8").split("\n").filter(Boolean), ok };
}

const stamp = () => `${root}${APT_STAMP}`;

describe("apt steps share fresh package lists", () => {
  it("updates the lists the first time and reuses them for the next step", () => {
    expect(run("python3")).toEqual({ calls: ["update", "install python3"], ok: true });
    expect(run("git", "curl")).toEqual({ calls: ["install git curl"], ok: true });
  });

  it("updates again when the sources changed (a stage that added a repository)", () => {
    run("python3");
    appendFileSync(join(root, "etc/apt/sources.list.d/debian.sources"), "\nTypes: deb\nURIs: http://example.org/extra\n");
    expect(run("extra-tool").calls).toEqual(["update", "install extra-tool"]);
    expect(run("other").calls).toEqual(["install other"]);
  });

  it(`updates again when the lists are older than ${APT_LISTS_FRESH_MINUTES} minutes`, () => {
    run("python3");
    const old = new Date(statSync(stamp()).mtimeMs - (APT_LISTS_FRESH_MINUTES + 5) * 60_000);
    utimesSync(stamp(), old, old);
    expect(run("git").calls).toEqual(["update", "install git"]);
  });

  it("an install that fails on reused lists updates them and tries once more", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_INSTALL"), "");
    expect(run("newer-package")).toEqual({ calls: ["install newer-package", "update", "install newer-package"], ok: true });
  });

  it("fails, after one retry, when the package cannot be installed even on updated lists", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_INSTALL"), "");
    const fake = join(root, "bin/apt-get");
    writeFileSync(fake, readFileSync(fake, "utf8").replace(` rm -f ${root}/FAIL_INSTALL`, " :"));
    expect(run("no-such-package")).toEqual({ calls: ["install no-such-package", "update", "install no-such-package"], ok: false });
    rmSync(stamp());
    expect(run("no-such-package")).toEqual({ calls: ["update", "install no-such-package"], ok: false });
  });

  it("a stamp left by another tool's update (a different checksum) does not count", () => {
    run("python3");
    writeFileSync(stamp(), "something else\n");
    expect(run("git").calls).toEqual(["update", "install git"]);
  });
});
