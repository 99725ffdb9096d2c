/**
 * .ci/install-docker.sh with stub apt-get, dpkg, dockerd and docker (nothing is installed; the
 * trixie source is written to a temp HIER_APT_DIR): dpkg's real errors surface and fail it, the
 * allowed unmet-dependency warnings are shown, and the binaries must run.
 */
import { execFile } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "./bundle.ts";

let root: string;
let stubs: string;
let apt: string;

async function stub(name: string, body: string): Promise<void> {
  await writeFile(join(stubs, name), `#!/bin/sh\n${body}\n`);
  await chmod(join(stubs, name), 0o755);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "hier-install-docker-"));
  stubs = join(root, "bin");
  apt = join(root, "apt");
  await mkdir(stubs);
  await mkdir(join(apt, "sources.list.d"), { recursive: true });
  await mkdir(join(apt, "preferences.d"));
  await writeFile(join(apt, "sources.list.d", "debian.sources"), "Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm\n");
  await stub("id", "echo 0");
  await stub("chown", "exit 0");
  await stub("apt-get", 'case "$1" in download) for p in containerd docker.io docker-cli docker-buildx; do : > "${p}_1_amd64.deb"; done ;; esac; exit 0');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** A dpkg that prints `output` and exits `code`; on success it "installs" working binaries. */
async function dpkg(code: number, output: string): Promise<void> {
  const install = `printf '#!/bin/sh\\necho "$0 1.0"\\n' > "${stubs}/dockerd"; cp "${stubs}/dockerd" "${stubs}/docker"; cp "${stubs}/dockerd" "${stubs}/docker-buildx"; chmod +x "${stubs}/dockerd" "${stubs}/docker" "${stubs}/docker-buildx"`;
  await stub("dpkg", `cat <<'OUT'\n${output}\nOUT\n${code === 0 ? install : ""}\nexit ${code}`);
}

function install(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("bash", [join(repoRoot, ".ci", "install-docker.sh")], {
      env: { PATH: `${stubs}:/usr/bin:/bin`, HIER_APT_DIR: apt, HIER_BUILDX: join(stubs, "docker-buildx") },
    }, (_e, stdout, stderr) => resolve({ code: child.exitCode ?? -1, stdout, stderr }));
  });
}

describe.runIf(process.platform === "linux" && existsSync("/etc/debian_version"))(".ci/install-docker.sh", () => {
  it("a dpkg error fails the script with dpkg's own message", async () => {
    await dpkg(1, "dpkg: error processing archive /tmp/x/docker.io_1_amd64.deb (--install):\n trying to overwrite '/usr/bin/docker-proxy', which is also in package other 1.0");
    const r = await install();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("trying to overwrite '/usr/bin/docker-proxy'");
    expect(r.stderr).toContain("install-docker: ERROR: dpkg failed (its output is above)");
    expect(await readFile(join(apt, "sources.list.d", "hier-trixie.sources"), "utf8")).toContain("URIs: http://deb.debian.org/debian\nSuites: trixie");
  });

  it("unmet dependencies (the one allowed case) are shown, then the binaries are checked", async () => {
    await dpkg(0, "dpkg: docker.io: dependency problems, but configuring anyway as you requested:\n docker.io depends on libc6 (>= 2.38); however:\n  Version of libc6:amd64 on system is 2.36-9.");
    const r = await install();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("install-docker: dpkg installed them with unmet dependencies (allowed; the binaries are checked below):\n  dpkg: docker.io: dependency problems, but configuring anyway as you requested:\n   docker.io depends on libc6 (>= 2.38); however:\n");
    expect(r.stdout).toBe(`${stubs}/dockerd 1.0\n${stubs}/docker 1.0\n${stubs}/docker-buildx 1.0\n`);
  });

  it("not root: says so before touching anything", async () => {
    await stub("id", "echo 1000");
    const r = await install();
    expect(r).toEqual({ code: 1, stdout: "", stderr: "install-docker: ERROR: run as root (it installs packages with apt-get and dpkg)\n" });
    expect(existsSync(join(apt, "sources.list.d", "hier-trixie.sources"))).toBe(false);
  });
});
