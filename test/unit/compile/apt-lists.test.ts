// The apt install command, run for real by /bin/sh: a fake `apt-get` on PATH logs what it was
// asked to do, and the command's absolute paths (/etc/apt, /var/lib/apt/lists, /var/cache/apt,
// /tmp/hier-apt) point into a temporary root. What is checked is which apt-get calls run, under
// which lock, and that two steps' installs run at the same time while their downloads do not.
import { execFile, execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APT_LISTS_FRESH_MINUTES, APT_SCRIPT_VAR, APT_STAMP, installExec } from "../../../frontend/compile/packages.ts";

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "apt-command-"));
  for (const d of ["etc/apt/sources.list.d", "var/lib/apt/lists", "var/cache/apt", "bin", "tmp"]) mkdirSync(join(root, d), { recursive: true });
  writeFileSync(join(root, "etc/apt/sources.list.d/debian.sources"), "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n");
  // The fake apt-get logs "update", "download PKGS" (--download-only), "offline PKGS"
  // (--no-download) or "install PKGS"; " [own lists]" when pointed at lists of its own. A download
  // fails while FAIL_DOWNLOAD exists, an install while FAIL_INSTALL does (an update removes
  // both, as fresh lists would fix a missing package); an offline install fails while
  // FAIL_OFFLINE exists. A download logs OVERLAP when another one is running. With WAIT, a
  // download takes 0.2 s and an offline install waits (up to 5 s) for a second one to start,
  // then logs whether it ran "together" or "alone".
  const fake = join(root, "bin/apt-get");
  writeFileSync(
    fake,
    `#!/bin/sh
r=${root}; log=$r/calls; cmd=$1; shift; mode=install; own=
while [ "\${1#-}" != "$1" ]; do
  case "$1" in --download-only) mode=download ;; --no-download) mode=offline ;; -o) shift; case "$1" in Dir::State::Lists=*) own=" [own lists]" ;; esac ;; esac
  shift
done
case "$cmd" in
  update) echo "update$own" >> "$log"; rm -f $r/FAIL_DOWNLOAD $r/FAIL_INSTALL ;;
  install)
    echo "$mode $*$own" >> "$log"
    case "$mode" in
      download) [ -e $r/BUSY ] && echo OVERLAP >> "$log"; touch $r/BUSY; [ ! -e $r/WAIT ] || sleep 0.2; rm -f $r/BUSY
        echo "Reading package lists..."; [ ! -e $r/FAIL_DOWNLOAD ] || { echo "E: Unable to locate package $*" >&2; exit 100; } ;;
      offline) [ ! -e $r/FAIL_OFFLINE ] || exit 100
        [ -e $r/WAIT ] || exit 0
        touch $r/offline-$$; i=0
        while [ "$(ls $r | grep -c '^offline-')" -lt 2 ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
        [ $i -lt 50 ] && echo together >> "$log" || echo alone >> "$log" ;;
      install) [ ! -e $r/FAIL_INSTALL ] ;;
    esac ;;
esac
`,
  );
  chmodSync(fake, 0o755);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The apt step's exec for `pkgs` (argv after /bin/sh, and its environment), the script's paths moved into the temporary root. */
function command(pkgs: string[]): { args: string[]; env: Record<string, string> } {
  const exec = installExec("apt", pkgs);
  expect(exec.args[0]).toBe("/bin/sh");
  const script = exec.env[APT_SCRIPT_VAR]!.replaceAll("/tmp/hier-apt", `${root}/tmp/hier-apt`)
    .replaceAll("/etc/apt", `${root}/etc/apt`)
    .replaceAll("/var/", `${root}/var/`);
  return { args: exec.args.slice(1), env: { [APT_SCRIPT_VAR]: script } };
}
const PATH = () => `${root}/bin:/usr/bin:/bin`;
const calls = () => readFileSync(join(root, "calls"), "utf8").split("\n").filter(Boolean);

/** Runs the apt command for `pkgs` in the temporary root; returns the apt-get calls it made and its exit status. */
function run(...pkgs: string[]): { calls: string[]; ok: boolean } {
  writeFileSync(join(root, "calls"), "");
  let ok = true;
  try {
    const { args, env } = command(pkgs);
    execFileSync("/bin/sh", args, { env: { PATH: PATH(), ...env }, stdio: ["ignore", "ignore", "pipe"] });
  } catch {
    ok = false;
  }
  return { calls: calls(), ok };
}

const stamp = () => `${root}${APT_STAMP}`;

describe("apt steps share fresh package lists", () => {
  it("updates the lists the first time and reuses them for the next step", () => {
    expect(run("python3")).toEqual({ calls: ["update", "download python3", "offline python3"], ok: true });
    expect(run("git", "curl")).toEqual({ calls: ["download git curl", "offline git curl"], ok: true });
  });

  it("updates again when the sources changed (a stage that added a repository)", () => {
    run("python3");
    appendFileSync(join(root, "etc/apt/sources.list.d/debian.sources"), "\nTypes: deb\nURIs: http://example.org/extra\n");
    expect(run("extra-tool").calls).toEqual(["update", "download extra-tool", "offline extra-tool"]);
    expect(run("other").calls).toEqual(["download other", "offline other"]);
  });

  it(`updates again when the lists are older than ${APT_LISTS_FRESH_MINUTES} minutes`, () => {
    run("python3");
    const old = new Date(statSync(stamp()).mtimeMs - (APT_LISTS_FRESH_MINUTES + 5) * 60_000);
    utimesSync(stamp(), old, old);
    expect(run("git").calls).toEqual(["update", "download git", "offline git"]);
  });

  it("a download that fails on reused lists updates them and tries once more", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_DOWNLOAD"), "");
    expect(run("newer-package")).toEqual({ calls: ["download newer-package", "update", "download newer-package", "offline newer-package"], ok: true });
  });

  it("fails, after one retry, when the package cannot be downloaded even on updated lists", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_DOWNLOAD"), "");
    const fake = join(root, "bin/apt-get");
    writeFileSync(fake, readFileSync(fake, "utf8").replace(" rm -f $r/FAIL_DOWNLOAD $r/FAIL_INSTALL", " :"));
    expect(run("no-such-package")).toEqual({ calls: ["download no-such-package", "update", "download no-such-package"], ok: false });
    rmSync(stamp());
    expect(run("no-such-package")).toEqual({ calls: ["update", "download no-such-package"], ok: false });
  });

  it("shows apt's error once: a first try on reused lists that fails is retried after an update, and only the retry's errors are shown", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_DOWNLOAD"), "");
    const fake = join(root, "bin/apt-get");
    writeFileSync(fake, readFileSync(fake, "utf8").replace(" rm -f $r/FAIL_DOWNLOAD $r/FAIL_INSTALL", " :"));
    const { args, env } = command(["no-such-package"]);
    writeFileSync(join(root, "calls"), "");
    const res = spawnSync("/bin/sh", args, { env: { PATH: PATH(), ...env }, encoding: "utf8" });
    expect(res.status).toBe(100);
    expect(calls()).toEqual(["download no-such-package", "update", "download no-such-package"]);
    expect(res.stderr.match(/Unable to locate package/g)).toHaveLength(1);
    // Progress streams from both tries.
    expect(res.stdout.match(/Reading package lists/g)).toHaveLength(2);
    // A first try that succeeds shows its output, its warnings too.
    rmSync(join(root, "FAIL_DOWNLOAD"));
    writeFileSync(fake, readFileSync(fake, "utf8").replace('echo "Reading package lists..."', 'echo "Reading package lists..."; echo "W: a warning" >&2'));
    const git = command(["git"]);
    const ok = spawnSync("/bin/sh", git.args, { env: { PATH: PATH(), ...git.env }, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout.match(/Reading package lists/g)).toHaveLength(1);
    expect(ok.stderr).toBe("W: a warning\n");
  });

  it("an install that fails from the archives (lists changed under it) installs again under the lock", () => {
    run("python3");
    writeFileSync(join(root, "FAIL_OFFLINE"), "");
    expect(run("git")).toEqual({ calls: ["download git", "offline git", "install git"], ok: true });
    writeFileSync(join(root, "FAIL_INSTALL"), "");
    expect(run("git")).toEqual({ calls: ["download git", "offline git", "install git", "update", "install git"], ok: true });
  });

  it("a stamp left by another tool's update (a different checksum) does not count", () => {
    run("python3");
    writeFileSync(stamp(), "something else\n");
    expect(run("git").calls).toEqual(["update", "download git", "offline git"]);
  });

  it("two steps download one at a time and install side by side", async () => {
    run("warm-up");
    writeFileSync(join(root, "calls"), "");
    writeFileSync(join(root, "WAIT"), "");
    const sh = promisify(execFile);
    await Promise.all([["a"], ["b"]].map((p) => command(p)).map(({ args, env }) => sh("/bin/sh", args, { env: { PATH: PATH(), ...env } })));
    const log = calls();
    expect(log).not.toContain("OVERLAP");
    expect(log.filter((l) => l === "together")).toHaveLength(2);
    expect(log.filter((l) => l.startsWith("download ")).sort()).toEqual(["download a", "download b"]);
  });

  it("without flock, a step keeps lists and archives to itself and leaves none behind", () => {
    const bin = join(root, "noflock");
    mkdirSync(bin);
    for (const tool of ["cat", "cksum", "find", "mkdir", "rm", "sh"]) symlinkSync(execFileSync("/bin/sh", ["-c", `command -v ${tool}`], { encoding: "utf8" }).trim(), join(bin, tool));
    symlinkSync(join(root, "bin/apt-get"), join(bin, "apt-get"));
    writeFileSync(join(root, "calls"), "");
    const { args, env } = command(["python3"]);
    execFileSync(join(bin, "sh"), args, { env: { PATH: bin, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    expect(calls()).toEqual(["update [own lists]", "install python3 [own lists]"]);
    expect(existsSync(join(root, "tmp/hier-apt"))).toBe(false);
    expect(existsSync(stamp())).toBe(false);
  });
});
