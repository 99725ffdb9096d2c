// The walking skeleton, end to end: `# syntax=org/hier-frontend` through buildx and bake into the
// local image store, then run. Also the ways users reach a frontend (-f, Dockerfile, BUILDKIT_SYNTAX,
// --target, bake), full caching on a rebuild, and errors that point at YAML lines.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, bake, buildx, requireEngine, runImage, tempContext, tagTracker } from "./helpers/index.ts";

const body = `stages:
  builder:
    from: ${DEBIAN_IMAGE}
    run: echo "hello from the builder" > /greeting.txt
  final:
    from: ${DEBIAN_IMAGE}
    copy:
      - { from: builder, src: /greeting.txt, dst: /srv/greeting.txt }
    entrypoint: [cat, /srv/greeting.txt]
`;
const hierYaml = `# syntax=org/hier-frontend\n${body}`;

const { tagFor, removeAll } = tagTracker();

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => removeAll());

describe("a two-stage hier.yaml through docker buildx build", () => {
  const ctx = tempContext({ "hier.yaml": hierYaml });

  test("builds the default (last) stage, which runs and prints the builder's file", async () => {
    const tag = tagFor("skeleton");
    const res = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect(res.steps.all.map((s) => s.name)).toContain("[builder 2/2] RUN echo \"hello from the builder\" > /greeting.txt");
    const run = await runImage(tag);
    expect(run.stdout).toBe("hello from the builder\n");
  });

  test("a second build with nothing changed is fully cached", async () => {
    const tag = tagFor("skeleton-cached");
    const first = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
    expect(first.code, first.log).toBe(0);
    const second = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
    expect(second.code, second.log).toBe(0);
    expect(second.steps.steps.length).toBeGreaterThanOrEqual(2);
    expect(second.steps.ran, second.log).toEqual([]);
    expect(second.steps.fullyCached).toBe(true);
  });

  test("--target picks another stage", async () => {
    const tag = tagFor("skeleton-target");
    const res = await buildx(["-f", "hier.yaml", "--target", "builder", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect(res.steps.all.some((s) => s.stage === "final")).toBe(false);
    const run = await runImage(tag, ["cat", "/greeting.txt"]);
    expect(run.stdout).toBe("hello from the builder\n");
  });
});

describe("other ways to reach the frontend", () => {
  test("a file named Dockerfile needs no -f", async () => {
    const ctx = tempContext({ Dockerfile: hierYaml });
    const tag = tagFor("skeleton-dockerfile");
    const res = await buildx(["-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("hello from the builder\n");
  });

  test("--build-arg BUILDKIT_SYNTAX selects hier for a file without the syntax line", async () => {
    const ctx = tempContext({ "images.yaml": body });
    const tag = tagFor("skeleton-syntax-arg");
    const res = await buildx(["-f", "images.yaml", "--build-arg", "BUILDKIT_SYNTAX=org/hier-frontend", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("hello from the builder\n");
  });

  test("docker buildx bake builds a target whose dockerfile is a hier file", async () => {
    const tag = tagFor("skeleton-bake");
    const ctx = tempContext({
      "hier.yaml": hierYaml,
      "docker-bake.hcl": `target "final" {\n  dockerfile = "hier.yaml"\n  tags = ["${tag}"]\n}\n`,
    });
    const res = await bake(["final"], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("hello from the builder\n");
  });
});

describe("errors point at YAML lines", () => {
  test("a YAML syntax error fails with the file, the line and a snippet", async () => {
    const ctx = tempContext({ "hier.yaml": `# syntax=org/hier-frontend\nstages:\n  a:\n    from: [unclosed\n    run: true\n` });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(res.log).toMatch(/hier\.yaml:\d+/);
    expect(res.log).toMatch(/>>>/);
    expect(res.log).not.toMatch(/at .*\.mjs:\d+/); // no stack trace
  });

  test("an unknown `from` fails at its line with a snippet", async () => {
    const yaml = `# syntax=org/hier-frontend\nstages:\n  app:\n    from: builder\n    run: "true"\n  builder:\n    from: scratch\n`;
    const ctx = tempContext({ "hier.yaml": yaml.replace("from: builder", "from: buidler") });
    writeFileSync(join(ctx, "unrelated.txt"), "x");
    const res = await buildx(["-f", "hier.yaml", "--target", "app", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    // buildx prints `hier.yaml:4`, a rule, then the numbered lines with `>>>` on line 4.
    expect(res.log).toMatch(/hier\.yaml:4\b/);
    expect(res.log).toMatch(/ 4 \| >>>\s+from: buidler/);
  });

  test("a --target that names no stage fails at `stages:`, suggesting the stage it may mean", async () => {
    const yaml = `# syntax=org/hier-frontend\nname: t\nstages:\n  builder:\n    from: scratch\n  final:\n    from: builder\n`;
    const res = await buildx(["-f", "hier.yaml", "--target", "finale", "."], { cwd: tempContext({ "hier.yaml": yaml }) });
    expect(res.code).not.toBe(0);
    expect(res.log).toMatch(/ 3 \| >>> stages:/);
    expect(res.log).toContain("hier.yaml:3:1: UnknownTarget: unknown target `finale` (requested with --target)");
    expect(res.log).toMatch(/did you mean `final`\?/);
  });

  test("a failing run step points at its YAML line", async () => {
    const yaml = `# syntax=org/hier-frontend\nstages:\n  broken:\n    from: ${DEBIAN_IMAGE}\n    run:\n      - echo fine\n      - exit 3\n`;
    const ctx = tempContext({ "hier.yaml": yaml });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(res.steps.failed).toEqual(["[broken 3/3] RUN exit 3"]);
    expect(res.log).toMatch(/hier\.yaml:7\b/);
    expect(res.log).toMatch(/ 7 \| >>>\s+- exit 3/);
  });

  test("a multi-line script fails at its first failing line", async () => {
    const yaml = `# syntax=org/hier-frontend\nstages:\n  script:\n    from: ${DEBIAN_IMAGE}\n    run: |\n      false\n      echo the last line succeeds\n`;
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: tempContext({ "hier.yaml": yaml }) });
    expect(res.code).not.toBe(0);
    expect(res.steps.failed).toEqual(["[script 2/2] RUN false …"]);
  });
});
