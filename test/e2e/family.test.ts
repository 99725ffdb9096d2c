// The base image family in stages/hier.yaml, built the way a company would build it: `hier bake`
// writes a bake file, `docker buildx bake` builds and tags every stage as NAMESPACE/NAME-STAGE:VERSION
// and runs every stage's tests inside the build. Then: each image is what its stage says, and a
// deliberately failing `test:` fails the build at its YAML line and tags nothing.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE,
  FRONTEND_IMAGE,
  bake,
  buildx,
  docker,
  imageExists,
  imageFiles,
  inspectImage,
  mustSucceed,
  removeImages,
  requireEngine,
  runCommand,
  runImage,
  tempContext,
  type BuildResult,
} from "./helpers/index.ts";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const stagesDir = join(repo, "stages");
const familyFile = join(stagesDir, "hier.yaml");

const STAGES = ["root", "build", "build-python", "build-node", "runtime", "runtime-python", "runtime-node"];
// A namespace of this run, so the test never overwrites real hier/base-* tags.
const namespace = `hier-e2e-${Date.now().toString(36)}`;
const version = "e2e";
const tagOf = (stage: string): string => `${namespace}/base-${stage}:${version}`;
const tags = STAGES.map(tagOf);

/** The number of `test:` items of each stage, read from the file (the build must run them all). */
function testCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  let stage: string | undefined;
  let inTest = false;
  for (const line of readFileSync(familyFile, "utf8").split("\n")) {
    const s = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (s) {
      stage = s[1];
      inTest = false;
      continue;
    }
    if (/^ {4}test:\s*$/.test(line)) {
      inTest = true;
      continue;
    }
    if (/^ {4}\S/.test(line) || /^\S/.test(line)) inTest = false;
    if (inTest && stage && /^ {6}- /.test(line)) counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return counts;
}

let family: BuildResult;
let bakeSeconds = 0;

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  const dir = tempContext({});
  const hcl = join(dir, "docker-bake.hcl");
  // `hier bake` from the bundle (npm run build / test/run.sh make it).
  mustSucceed(await runCommand("node", [join(repo, "dist/hier.mjs"), "bake", familyFile, "--context", stagesDir, "--output", hcl]));
  const started = Date.now();
  family = await bake(["-f", hcl], { cwd: dir, env: { NAMESPACE: namespace, VERSION: version } });
  bakeSeconds = (Date.now() - started) / 1000;
  expect(family.code, family.log).toBe(0);
});
afterAll(() => removeImages(tags));

describe("stages/hier.yaml: the base image family", () => {
  test("bake builds every stage, tagged NAMESPACE/NAME-STAGE:VERSION", async () => {
    console.log(`family bake: ${bakeSeconds.toFixed(1)}s, ${family.steps.ran.length} steps ran, ${family.steps.cached.length} cached`);
    for (const tag of tags) expect(await imageExists(tag), tag).toBe(true);
  });

  test("every stage has tests, and the build ran (or reused) every one of them without a failure", () => {
    const counts = testCounts();
    expect([...counts.keys()].sort()).toEqual([...STAGES].sort());
    expect(family.steps.failed).toEqual([]);
    for (const [stage, n] of counts) {
      expect(n, stage).toBeGreaterThan(0);
      for (let i = 1; i <= n; i++) {
        // Under bake every vertex name is prefixed with the bake target: `[runtime runtime test 1/4] …`.
        const re = new RegExp(`\\[(?:[a-z-]+ )?${stage} test ${i}/${n}\\] TEST `);
        const vertex = family.steps.all.find((s) => re.test(s.name));
        expect(vertex, `${stage} test ${i}/${n}`).toBeDefined();
        expect(["DONE", "CACHED"]).toContain(vertex?.status);
      }
    }
  });

  test("root: the entrypoint wrapper under tini, certificates, UTC, the app user", async () => {
    const img = await inspectImage(tagOf("root"));
    expect(img.Config.Entrypoint).toEqual(["/usr/local/bin/hier-entrypoint", "tini", "--"]);
    expect(img.Config.Env).toEqual(expect.arrayContaining(["LANG=C.UTF-8", "TZ=Etc/UTC"]));
    expect(img.Config.User ?? "").toBe("");
    expect(img.Config.Labels?.["org.opencontainers.image.vendor"]).toBe("hier");
    const run = await runImage(tagOf("root"), ["sh", "-c", "echo $$ $(id -u app) $(date +%Z)"]);
    expect(run.code, run.log).toBe(0);
    // The command is tini's child (pid 1 is tini), the wrapper exec'd into it.
    expect(run.stdout.trim()).toMatch(/^\d+ 10001 UTC$/);
    expect(run.stdout.trim().startsWith("1 ")).toBe(false);
    // Maintenance mode (HIER_MAINTENANCE=1) starts nothing and waits, even for a failing command.
    const started = mustSucceed(await docker(["run", "-d", "--network=none", "-e", "HIER_MAINTENANCE=1", tagOf("root"), "false"]));
    const id = started.stdout.trim();
    try {
      await new Promise((r) => setTimeout(r, 1000));
      expect((await docker(["inspect", "-f", "{{.State.Running}}", id])).stdout.trim()).toBe("true");
      expect((await docker(["logs", id])).log).toContain("maintenance mode");
      // Check mode runs root's own tests inside the live container.
      const check = await docker(["exec", id, "hier-entrypoint", "check"]);
      expect(check.code, check.log).toBe(0);
    } finally {
      await docker(["rm", "-f", id]);
    }
  });

  test("the runtime branch runs as the app user with the interpreter and no build tools", async () => {
    for (const stage of ["runtime", "runtime-python", "runtime-node"]) {
      const img = await inspectImage(tagOf(stage));
      expect(img.Config.User, stage).toBe("10001:10001");
      expect(img.Config.WorkingDir, stage).toBe("/home/app");
      const files = await imageFiles(tagOf(stage));
      const tools = [...files].filter((f) => /^\/usr\/bin\/(gcc|g\+\+|cc|c\+\+|make|git|npm|pip3?)(-[\d.]+)?$/.test(f) || /^\/usr\/bin\/x86_64-linux-gnu-gcc/.test(f));
      expect(tools, stage).toEqual([]);
      expect([...files].filter((f) => /^\/var\/cache\/apt\/archives\/.*\.deb$/.test(f) || /^\/var\/lib\/apt\/lists\/[^/]*_(Packages|InRelease|Release|Translation)/.test(f)), stage).toEqual([]);
    }
    expect((await runImage(tagOf("runtime-python"), ["python3", "-c", "import os; print(os.getuid())"])).stdout).toBe("10001\n");
    expect((await runImage(tagOf("runtime-node"), ["node", "-p", "process.getuid() + ' ' + process.env.NODE_ENV"])).stdout).toBe("10001 production\n");
  });

  test("the build branch has the compilers and the language tools", async () => {
    const build = await imageFiles(tagOf("build"));
    expect(build.has("/usr/bin/gcc")).toBe(true);
    expect(build.has("/usr/bin/git")).toBe(true);
    expect((await runImage(tagOf("build-python"), ["python3", "-m", "pip", "--version"])).code).toBe(0);
    expect((await runImage(tagOf("build-node"), ["npm", "--version"])).code).toBe(0);
    // The build branch stays root: its users install things.
    expect((await inspectImage(tagOf("build-python"))).Config.User ?? "").toBe("");
  });

  test("the branches share the root's layers (one root, not one copy per image)", async () => {
    const root = (await inspectImage(tagOf("root"))).RootFS.Layers ?? [];
    expect(root.length).toBeGreaterThan(1);
    for (const stage of STAGES.slice(1)) {
      const layers = (await inspectImage(tagOf(stage))).RootFS.Layers ?? [];
      expect(layers.slice(0, root.length), stage).toEqual(root);
    }
  });
});

describe("a failing stage test", () => {
  test("fails the build at the test's YAML line and tags nothing", async () => {
    const ctx = tempContext({});
    cpSync(stagesDir, ctx, { recursive: true });
    const original = readFileSync(familyFile, "utf8");
    const extra = `
  broken:
    role: runtime
    from: runtime
    test:
      - "true"
      - command -v gcc
`;
    const text = original.endsWith("\n") ? original + extra : `${original}\n${extra}`;
    writeFileSync(join(ctx, "hier.yaml"), text);
    const line = text.split("\n").findIndex((l) => l === "      - command -v gcc") + 1;
    const tag = `${namespace}/base-broken:${version}`;
    tags.push(tag);
    const res = await buildx(["-f", "hier.yaml", "--target", "broken", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).not.toBe(0);
    expect(res.steps.failed).toEqual(["[broken test 2/2] TEST command -v gcc"]);
    // The request that needs every test never ran: it would say they passed.
    expect(res.log).not.toMatch(/TESTS \d+ passed/);
    // The parents' steps were reused from the family build: only `broken`'s own steps ran (its
    // tests, and the file of them the inherited wrapper's check mode reads).
    expect(res.steps.ran.every((n) => n.startsWith("[broken ")), res.steps.ran.join("\n")).toBe(true);
    expect(res.log).toMatch(new RegExp(`hier\\.yaml:${line}\\b`));
    expect(res.log).toMatch(new RegExp(` ${line} \\| >>>\\s+- command -v gcc`));
    expect(await imageExists(tag)).toBe(false);
  });
});
