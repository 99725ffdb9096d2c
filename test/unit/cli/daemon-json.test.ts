/** scripts/daemon-json.mjs, which .ci/start-docker.sh uses: merge one key, never clobber daemon.json. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { repoRoot } from "./bundle.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "hier-daemon-json-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function merge(file: string, store: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(repoRoot, "scripts", "daemon-json.mjs"), file, store], (_e, _out, stderr) =>
      resolve({ code: child.exitCode ?? -1, stderr }));
  });
}

it("keeps every other key, saves the original once, and switches the store both ways", async () => {
  const file = join(dir, "daemon.json");
  const original = '{ "registry-mirrors": ["https://mirror.example"], "features": { "buildkit": true }, "log-level": "warn" }\n';
  await writeFile(file, original, { mode: 0o600 });
  expect((await merge(file, "containerd")).code).toBe(0);
  expect(JSON.parse(await readFile(file, "utf8"))).toEqual({
    "registry-mirrors": ["https://mirror.example"], features: { buildkit: true, "containerd-snapshotter": true }, "log-level": "warn",
  });
  expect((await stat(file)).mode & 0o777).toBe(0o600);
  expect(await readFile(`${file}.before-hier`, "utf8")).toBe(original);
  expect((await merge(file, "classic")).code).toBe(0);
  expect(JSON.parse(await readFile(file, "utf8")).features).toEqual({ buildkit: true, "containerd-snapshotter": false });
  expect(await readFile(`${file}.before-hier`, "utf8")).toBe(original);
  expect((await readdir(dir)).sort()).toEqual(["daemon.json", "daemon.json.before-hier"]);
});

it("creates a missing file; a file that is not a JSON object is left alone with the reason", async () => {
  const file = join(dir, "daemon.json");
  expect((await merge(file, "classic")).code).toBe(0);
  expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ features: { "containerd-snapshotter": false } });
  for (const bad of ['{ "debug": true,', "[1]", '{ "features": [] }']) {
    await writeFile(file, bad);
    const r = await merge(file, "containerd");
    expect([bad, r.code]).toEqual([bad, 1]);
    expect(r.stderr).toContain("was not changed");
    expect(await readFile(file, "utf8")).toBe(bad);
  }
  expect((await merge(file, "bogus")).code).toBe(2);
});
