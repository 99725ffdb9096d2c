// hier.lock against the real engine and the local registry: a base tag is locked, the tag moves
// (a changed base is pushed under it), and the build still starts from the locked digest, as its
// org.opencontainers.image.base.digest label and its files show; HIER_LOCK=ignore takes the new
// one. The tag under test is made with `imagetools create`, so it never is in the local image
// store (where the classic store would resolve it without a digest, see docs/lock.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE, FRONTEND_IMAGE, REGISTRY_SKIP_REASON, buildx, docker, inspectImage, mustSucceed, registryAvailable, removeImages,
  repo, requireEngine, runCommand, runImage, tagTracker, tempContext,
} from "./helpers/index.ts";

const BASE = repo("lock-base");
const tags = tagTracker();
const hier = (ctx: string, args: string[]) => runCommand("node", [join(process.cwd(), "dist/hier.mjs"), ...args], { cwd: ctx });
const LABEL = "org.opencontainers.image.base.digest";
/** The digest `tag` has in the registry now. */
const registryDigest = async (tag: string): Promise<string> =>
  (JSON.parse(mustSucceed(await docker(["buildx", "imagetools", "inspect", tag, "--format", "{{json .Manifest}}"])).stdout) as { digest: string }).digest;

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => Promise.all([tags.removeAll(), removeImages([`${BASE}:v1`, `${BASE}:v2`])]));

describe.skipIf(!registryAvailable)(registryAvailable ? "hier.lock" : `hier.lock (skipped: ${REGISTRY_SKIP_REASON})`, () => {
  test("a lock made and honoured after the tag moved; HIER_LOCK=ignore takes the new base", async () => {
    // Two versions of a base, pushed; the tag under test (`:1`) points at v1.
    const base = (v: string) => `# syntax=org/hier-frontend\nstages:\n  base:\n    from: ${DEBIAN_IMAGE}\n    run: echo ${v} > /version\n`;
    await Promise.all(["v1", "v2"].map(async (v) => {
      const ctx = tempContext({ "hier.yaml": base(v) });
      mustSucceed(await buildx(["-f", "hier.yaml", "-t", `${BASE}:${v}`, "--push", "."], { cwd: ctx }));
    }));
    mustSucceed(await docker(["buildx", "imagetools", "create", "-t", `${BASE}:1`, `${BASE}:v1`]));
    const v1 = await registryDigest(`${BASE}:1`);

    const family = `# syntax=org/hier-frontend\nstages:\n  root:\n    role: base\n    from: ${BASE}:1\n  app:\n    from: root\n    run: cp /version /seen\n`;
    const ctx = tempContext({ "hier.yaml": family });
    const locked = mustSucceed(await hier(ctx, ["lock", "hier.yaml"]));
    expect(locked.stdout).toContain(`${BASE}:1  ${v1}  (new)`);
    const lock = readFileSync(join(ctx, "hier.lock"), "utf8");
    expect(lock).toContain(`  ${BASE}:1:\n    digest: ${v1}\n    platforms:\n      linux/amd64: sha256:`);
    // The frontend's own lock (buildx 0.13: --print; ≥ 0.20: --call) resolves the same digest.
    const printed = mustSucceed(await buildx(["--print=lock", "-f", "hier.yaml", "."], { cwd: ctx, env: { BUILDX_EXPERIMENTAL: "1" } }));
    expect(printed.stdout).toContain(`  ${BASE}:1:\n    digest: ${v1}\n`);

    // The tag moves to v2.
    mustSucceed(await docker(["buildx", "imagetools", "create", "-t", `${BASE}:1`, `${BASE}:v2`]));
    const v2 = await registryDigest(`${BASE}:1`);
    expect(v2).not.toBe(v1);

    const pinnedTag = tags.tagFor("lock-pinned");
    const pinned = mustSucceed(await buildx(["-f", "hier.yaml", "-t", pinnedTag, "."], { cwd: ctx }));
    // Progress names the locked digest (buildx shortens the FROM line; the metadata line is whole).
    expect(pinned.log).toContain(`[root 1/1] FROM ${BASE}:1@sha256:`);
    expect(pinned.log).toContain(`[internal] load metadata for ${BASE}:1@${v1}`);
    expect((await inspectImage(pinnedTag)).Config.Labels?.[LABEL]).toBe(v1);
    expect((await runImage(pinnedTag, ["cat", "/seen"])).stdout).toBe("v1\n");

    const freshTag = tags.tagFor("lock-ignored");
    // --pull: as without a lock, the tag decides, and the registry is asked what it names now.
    mustSucceed(await buildx(["-f", "hier.yaml", "-t", freshTag, "--build-arg", "HIER_LOCK=ignore", "--pull", "."], { cwd: ctx }));
    expect((await inspectImage(freshTag)).Config.Labels?.[LABEL]).toBe(v2);
    expect((await runImage(freshTag, ["cat", "/seen"])).stdout).toBe("v2\n");
  });
});
