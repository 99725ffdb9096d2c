/**
 * scripts/ensure-docker.sh (run by `npm run images` and `npm test`) with stub `docker`, `id` and
 * `uname` commands: where it cannot set up the engine or the base images itself, it says exactly
 * what is missing; with everything present it runs the command with NODE_BASE chosen. (The
 * set-up branches, run as root on Debian, install packages and start dockerd: .ci/run runs them.)
 */
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { repoRoot } from "./bundle.ts";

let stubs: string;
beforeEach(async () => {
  stubs = await mkdtemp(join(tmpdir(), "hier-ensure-"));
});
afterEach(() => rm(stubs, { recursive: true, force: true }));

async function stub(name: string, body: string): Promise<void> {
  await writeFile(join(stubs, name), `#!/bin/sh\n${body}\n`);
  await chmod(join(stubs, name), 0o755);
}

/** docker: `info` answers when `engine`, images in `images` exist, pulls fail. */
async function docker(engine: boolean, images: string[]): Promise<void> {
  await stub("docker", [
    'case "$1" in',
    `  info) ${engine ? "exit 0" : 'echo "Cannot connect to the Docker daemon at unix:///var/run/docker.sock" >&2; exit 1'} ;;`,
    "  buildx) exit 0 ;;",
    "  version) echo 26.1.5 ;;",
    `  image) for i in ${images.join(" ")}; do [ "$3" = "$i" ] && exit 0; done; exit 1 ;;`,
    '  pull) echo "dial tcp: lookup registry-1.docker.io: no such host" >&2; exit 1 ;;',
    "esac",
    "exit 3",
  ].join("\n"));
}

function ensure(args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile("bash", [join(repoRoot, "scripts", "ensure-docker.sh"), ...args], {
      env: { PATH: `${stubs}:/usr/bin:/bin`, HOME: stubs, ...env },
    }, (_e, stdout, stderr) => resolve({ code: child.exitCode ?? -1, stdout, stderr }));
  });
}

describe.runIf(process.platform === "linux")("scripts/ensure-docker.sh", () => {
  it("not root, no engine: says to run it as root or start a Docker", async () => {
    await docker(false, []);
    await stub("id", 'case "$1" in -u) echo 1000 ;; -un) echo alice ;; esac');
    const r = await ensure();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("ensure-docker: MISSING: no Docker engine answers. Run this as root to install and start one (.ci/install-docker.sh && .ci/start-docker.sh), or start your own Docker with BuildKit and buildx\n");
  });

  it("another OS: says to start Docker Desktop", async () => {
    await docker(false, []);
    await stub("uname", "echo Darwin");
    const r = await ensure();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("MISSING: no Docker engine answers. On Darwin, start Docker Desktop");
  });

  it("a socket this user may not use: says to join the docker group", async () => {
    await stub("docker", 'echo "permission denied while trying to connect to the Docker daemon socket" >&2; exit 1');
    await stub("id", 'case "$1" in -u) echo 1000 ;; -un) echo alice ;; esac');
    const r = await ensure();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("MISSING: a Docker engine runs, but alice may not use its socket: add alice to the docker group");
  });

  it("base images missing, no registry, not root: names the images and .ci/base-images.sh", async () => {
    await docker(true, []);
    await stub("id", 'case "$1" in -u) echo 1000 ;; -un) echo alice ;; esac');
    const r = await ensure();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "ensure-docker: pulling debian:bookworm-slim\nensure-docker: pulling node:24-bookworm-slim\n" +
        "ensure-docker: MISSING: debian:bookworm-slim node:24-bookworm-slim: not in the image store and no registry answers; making them needs root: run .ci/base-images.sh as root (or make them available to pull)\n",
    );
  });

  it("everything present: runs the command with NODE_BASE pointing at the local Node base", async () => {
    await docker(true, ["debian:bookworm-slim", "hier-local/node:24"]);
    const r = await ensure(["sh", "-c", 'echo "NODE_BASE=$NODE_BASE"']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("NODE_BASE=docker-image://hier-local/node:24\n");
    expect(r.stderr).toBe("ensure-docker: ready: dockerd 26.1.5, base images present, NODE_BASE=docker-image://hier-local/node:24\n");
  });
});
