// `hier bake` + `docker buildx bake`: the whole family in one bake run, each target compiling its
// stage's closure, shared stages built once (one vertex for all targets), tags by convention.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, bake, inspectImage, removeImages, requireEngine, runImage, tempContext } from "./helpers/index.ts";

const ns = `hiertest${process.pid}`;
const yaml = `# syntax=org/hier-frontend
name: fam
namespace: ${ns}
version: "0.1"
stages:
  base:
    role: base
    from: ${DEBIAN_IMAGE}
    env: { FAMILY: fam }
    run: echo "base $(cat /proc/sys/kernel/random/uuid)" > /base.txt
    test: [test -s /base.txt]
  builder:
    role: build
    from: base
    run: mkdir -p /out && echo "built on $FAMILY" > /out/app.txt
    artifacts: { app: /out }
  release:
    role: runtime
    from: base
    copy: [{ from: builder.app, dst: /app/ }]
    cmd: [cat, /app/app.txt, /base.txt]
`;
const images = ["base", "builder", "release"].map((s) => `${ns}/fam-${s}:0.1`);

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => removeImages(images));

describe("hier bake → docker buildx bake", () => {
  const ctx = tempContext({ "hier.yaml": yaml });

  test("builds every stage once, in order, tagged NAMESPACE/NAME-STAGE:VERSION", async () => {
    execFileSync("node", [join(process.cwd(), "dist/hier.mjs"), "bake", "hier.yaml", "-o", "docker-bake.hcl"], { cwd: ctx });
    const res = await bake([], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    for (const ref of images) expect((await inspectImage(ref)).RepoTags).toContain(ref);
    // The base step ran in one vertex shared by the three bake targets (buildx prints it once
    // per target prefix, same vertex number), and the children did not rebuild it.
    const baseRuns = new Set(res.steps.all.filter((s) => s.instruction.startsWith('RUN echo "base')).map((s) => s.id));
    expect(baseRuns.size).toBe(1);
    const run = await runImage(images[2]!);
    expect(run.stdout).toMatch(/^built on fam\nbase [0-9a-f-]{36}\n$/);
    // The release image holds the very base layer bake built for the base image.
    const baseFile = (await runImage(images[0]!, ["cat", "/base.txt"])).stdout;
    expect(run.stdout.endsWith(baseFile)).toBe(true);
    const [baseImg, relImg] = [await inspectImage(images[0]!), await inspectImage(images[2]!)];
    expect(relImg.RootFS.Layers?.slice(0, baseImg.RootFS.Layers?.length)).toEqual(baseImg.RootFS.Layers);
  });
});
