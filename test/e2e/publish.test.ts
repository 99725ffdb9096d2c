// A family's life against the local registry: the frontend pushed and used by digest
// (`# syntax=REGISTRY/…/hier-frontend@sha256:…`, as BuildKit fleets pin it), bases pushed and
// locked, the family published in two phases (`verify` pushes nothing, `publish` only pushes what
// is cached), a base moved and `hier outdated` naming exactly it, the stages on it and the bake
// targets to rebuild, the minimal rebuild carrying the new base digest in its labels, and a
// failing test in one child leaving the registry as it was.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { imagetoolsRegistry } from "../../frontend/outdated/registry.ts";
import {
  DEBIAN_IMAGE, FRONTEND_IMAGE, REGISTRY, REGISTRY_SKIP_REASON, bake, buildx, docker, mustSucceed, registryAvailable, removeImages, repo, requireEngine, runCommand, tempContext,
} from "./helpers/index.ts";

const registry = imagetoolsRegistry(async (program, args) => mustSucceed(await runCommand(program, args)).stdout);
const hier = (args: string[], cwd: string): { code: number; stdout: string; stderr: string } => {
  try {
    return { code: 0, stdout: execFileSync("node", [join(process.cwd(), "dist/hier.mjs"), ...args], { cwd, encoding: "utf8", stdio: "pipe" }), stderr: "" };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
};
const DIGEST = "org.opencontainers.image.base.digest";

const frontendRepo = repo("hier-frontend");
const os = `${repo("os")}:1`;
const other = `${repo("other")}:1`;
const ns = repo("fam");
const tags = ["core", "app", "lone"].map((s) => `${ns}/fam-${s}:1`);
const [core, app, lone] = tags as [string, string, string];

/** Builds a base image (a Dockerfile on the local Debian) and pushes it as `refs`; unique to this run, so nothing is cached from another. */
async function pushBase(version: string, refs: readonly string[]): Promise<void> {
  const ctx = tempContext({ Dockerfile: `FROM ${DEBIAN_IMAGE}\nARG V\nRUN echo "$V" > /os-version\n` });
  mustSucceed(await buildx(["--build-arg", `V=${version} ${repo("")}`, ...refs.flatMap((r) => ["-t", r]), "--push", "."], { cwd: ctx }));
}

/** The digest every family tag names now (undefined: not pushed). */
async function snapshot(): Promise<(string | undefined)[]> {
  return Promise.all(tags.map((t) => registry.digest(t).catch(() => undefined)));
}

/** Every tag of this run's repositories (bases and family), as `repo:tag`, sorted. */
async function registryTags(): Promise<string[]> {
  const repos = [repo("os"), repo("other"), ...["core", "app", "lone"].map((s) => `${ns}/fam-${s}`)];
  const lists = await Promise.all(
    repos.map(async (r) => {
      const res = await runCommand("curl", ["-sS", `http://${REGISTRY}/v2/${r.slice(REGISTRY.length + 1)}/tags/list`]);
      const tagList = (JSON.parse(res.stdout) as { tags?: string[] | null }).tags ?? [];
      return tagList.map((t) => `${r}:${t}`);
    }),
  );
  return lists.flat().sort();
}

describe.skipIf(!registryAvailable)(`publishing a family through ${REGISTRY} (${registryAvailable ? "registry up" : REGISTRY_SKIP_REASON})`, () => {
  let ctx = "";
  let frontendDigest = "";
  let os1 = "";
  let other1 = "";

  beforeAll(async () => {
    await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
    mustSucceed(await docker(["tag", FRONTEND_IMAGE, `${frontendRepo}:e2e`]));
    mustSucceed(await docker(["push", "--quiet", `${frontendRepo}:e2e`]));
    await removeImages([`${frontendRepo}:e2e`]);
    frontendDigest = await registry.digest(`${frontendRepo}:e2e`);
    await pushBase("1", [os, other]);
    await removeImages([os, other]);
    [os1, other1] = [await registry.digest(os), await registry.digest(other)];
    ctx = tempContext({
      "hier.yaml": `# syntax=${frontendRepo}@${frontendDigest}
name: fam
namespace: ${ns}
version: "1"
args:
  REV: "1"
stages:
  core:
    role: base
    from: ${os}
    run: echo "core \${REV}" > /core.txt
    test: [test -s /core.txt]
  app:
    role: runtime
    from: core
    cmd: [cat, /core.txt, /os-version]
    test: ['test "$(cat /core.txt)" != "core bad"']
  lone:
    role: runtime
    from: ${other}
    run: echo lone > /lone.txt
    test: [test -s /lone.txt]
`,
    });
    expect(hier(["lock", "hier.yaml"], ctx)).toMatchObject({ code: 0 });
    const lock = readFileSync(join(ctx, "hier.lock"), "utf8");
    expect(lock).toContain(`  ${os}:\n    digest: ${os1}\n`);
    expect(lock).toContain(`  ${other}:\n    digest: ${other1}\n`);
    expect(hier(["bake", "hier.yaml", "-o", "docker-bake.hcl"], ctx).code).toBe(0);
  }, 300_000);

  test("verify pushes nothing; publish pushes the family from the cache, built by the frontend pinned by digest", async () => {
    const verify = await bake(["--pull", "verify"], { cwd: ctx });
    expect(verify.code, verify.log).toBe(0);
    expect(verify.log).toContain(`${frontendRepo}@${frontendDigest}`);
    expect(verify.steps.ran.filter((n) => n.includes('TEST test "$(cat /core.txt)" != "core bad"'))).toHaveLength(1);
    expect(await registryTags()).toEqual([os, other].sort());
    const publish = await bake(["--pull", "publish"], { cwd: ctx });
    expect(publish.code, publish.log).toBe(0);
    expect(publish.steps.ran, "the publish phase only exports").toEqual([]);
    expect(await snapshot()).toEqual([expect.stringMatching(/^sha256:/), expect.stringMatching(/^sha256:/), expect.stringMatching(/^sha256:/)]);
    expect((await registry.labels(core))[DIGEST]).toBe(os1);
    expect((await registry.labels(app))[DIGEST]).toBe(os1);
    expect((await registry.labels(lone))[DIGEST]).toBe(other1);
    await removeImages(tags);
  }, 300_000);

  test("after a base moves, outdated names exactly it, the stages on it and their targets; the minimal rebuild carries the new digest", async () => {
    const before = await snapshot();
    await pushBase("2", [os]);
    await removeImages([os]);
    const os2 = await registry.digest(os);
    expect(os2).not.toBe(os1);

    const fromLock = hier(["outdated", "hier.yaml", "--format", "json"], ctx);
    expect(fromLock.code, fromLock.stderr).toBe(1);
    expect(JSON.parse(fromLock.stdout)).toEqual({ moved: [{ ref: os, line: 10, locked: os1, current: os2 }], images: [], unlocked: [], stages: ["core", "app"], targets: ["core", "app"] });
    const published = hier(["outdated", "hier.yaml", "--published", "--format", "json"], ctx);
    expect(published.code, published.stderr).toBe(1);
    expect(JSON.parse(published.stdout)).toMatchObject({
      moved: [{ ref: os, locked: os1, current: os2 }],
      images: [{ stage: "core", image: core, reason: "moved", built: os1 }, { stage: "app", image: app, reason: "moved", built: os1 }],
      stages: ["core", "app"],
    });
    expect(hier(["outdated", "hier.yaml", "--format", "bake", "-o", "outdated.hcl"], ctx).code).toBe(1);

    // Re-lock, then rebuild and republish the rebuild set only.
    expect(hier(["lock", "--update", "hier.yaml"], ctx)).toMatchObject({ code: 0 });
    expect(readFileSync(join(ctx, "hier.lock"), "utf8")).toContain(`digest: ${os2}`);
    const files = ["-f", "docker-bake.hcl", "-f", "outdated.hcl"];
    const verify = await bake(["--pull", ...files, "outdated-verify"], { cwd: ctx });
    expect(verify.code, verify.log).toBe(0);
    const publish = await bake(["--pull", ...files, "outdated-publish"], { cwd: ctx });
    expect(publish.code, publish.log).toBe(0);
    expect(publish.log).not.toContain("_publish_lone");
    const after = await snapshot();
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect((await registry.labels(core))[DIGEST]).toBe(os2);
    expect((await registry.labels(app))[DIGEST]).toBe(os2);
    expect(hier(["outdated", "hier.yaml", "--published"], ctx)).toMatchObject({ code: 0, stdout: "hier.yaml: nothing outdated\n" });
    expect(hier(["outdated", "hier.yaml"], ctx)).toMatchObject({ code: 0, stdout: "hier.yaml: nothing outdated\n" });
  }, 300_000);

  test("a failing test in one child pushes nothing: the registry is as it was", async () => {
    const [before, repos] = [await snapshot(), await registryTags()];
    // REV=bad changes core (whose tests pass) and fails app's test.
    const res = await runCommand("bash", ["-c", "docker buildx bake --pull verify && docker buildx bake --pull publish"], {
      cwd: ctx,
      env: { REV: "bad", BUILDKIT_PROGRESS: "plain", BUILDX_NO_DEFAULT_ATTESTATIONS: "1", NO_COLOR: "1" },
    });
    expect(res.code, res.log).not.toBe(0);
    expect(res.log).toMatch(/\[_verify_app app test 1\/1\] TEST .*core bad/);
    expect(res.log).not.toMatch(/pushing|exporting to image/);
    expect(await snapshot()).toEqual(before);
    expect(await registryTags()).toEqual(repos);
  }, 300_000);
});
