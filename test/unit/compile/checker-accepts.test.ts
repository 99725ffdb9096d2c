// What `check` accepts, the compiler compiles: values the checker now allows (IPv6 registries,
// lower-case digests, expanded env names, list-form package names, normalised platforms) reach
// LLB as BuildKit expects them; and an LlbError the checker let through is a positioned diagnostic.
import { describe, expect, it } from "vitest";
import { dumpDefinition } from "../../../frontend/cli/llb.ts";
import { testHost } from "../helpers/offline.ts";
import { compileTarget, type Compiled } from "../../../frontend/compile/index.ts";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { loadGraph, type StageGraph } from "../../../frontend/graph/index.ts";

const host = (contexts: Record<string, string> = {}) => testHost({ contexts });

function check(body: string, buildArgs: Record<string, string> = {}): StageGraph {
  const { graph, diagnostics } = loadGraph(`# syntax=org/hier-frontend\n${body}`, "hier.yaml", { buildArgs });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return graph!;
}

async function compile(graph: StageGraph, contexts: Record<string, string> = {}): Promise<{ compiled: Compiled; ops: any[] }> {
  const compiled = await compileTarget(graph, graph.defaultTarget, host(contexts));
  expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { compiled, ops: dumpDefinition(compiled.definition) as any[] };
}

const sources = (ops: any[]): string[] => ops.map((o) => o.op.source?.identifier).filter(Boolean);
const hex = "0123456789abcdef".repeat(4);

describe("what check accepts compiles", () => {
  it("an IPv6 registry with a port", async () => {
    const { ops } = await compile(check('stages:\n  a: { from: "[::1]:5000/app:1" }'));
    expect(sources(ops)).toEqual(["docker-image://[::1]:5000/app:1"]);
  });

  it("an image copy from an IPv6 registry and a bind from one", async () => {
    const g = check(`stages:
  a:
    from: alpine:3.20
    copy: [{ from: "[fe80::1]:443/tools:2", src: /bin/t, dst: /bin/t }]
    run: [{ sh: "true", mounts: [{ bind: /x, target: /x, from: "[::1]/ctx" }] }]`);
    const { ops } = await compile(g);
    expect(sources(ops).sort()).toEqual([
      "docker-image://[::1]/ctx:latest",
      "docker-image://[fe80::1]:443/tools:2",
      "docker-image://docker.io/library/alpine:3.20",
    ]);
  });

  it("a lower-case sha256 digest, with and without a tag", async () => {
    const { ops } = await compile(check(`stages:\n  a: { from: "alpine@sha256:${hex}" }\n  b: { from: "alpine:3@sha256:${hex}", copy: [{ from: a, src: /x, dst: /x }] }`));
    expect(sources(ops).sort()).toEqual([`docker-image://docker.io/library/alpine:3@sha256:${hex}`, `docker-image://docker.io/library/alpine@sha256:${hex}`]);
  });

  it("an env key written as an arg is the arg's value", async () => {
    const { compiled, ops } = await compile(check("args: { K: FOO }\nstages:\n  a: { from: alpine:3.20, env: { \"${K}\": \"1\" }, run: [{ sh: env, env: { \"${K}_X\": \"2\" } }] }"));
    expect(JSON.parse(compiled.metadata["containerimage.config"]!).config.Env).toContain("FOO=1");
    expect(ops.find((o) => o.op.exec)!.op.exec.meta.env).toContain("FOO_X=2");
  });

  it("list-form package names are installed as written, one word each", async () => {
    const { ops } = await compile(check("stages:\n  a: { from: debian:bookworm, packages: [curl, git] }"));
    // Every apt-get install in the command ends with them: the download (on reused lists, its
    // retry, after an update), the install from the archives, the locked fallback's three, and
    // the one without flock.
    const meta = ops.find((o) => o.op.exec)!.op.exec.meta;
    expect(meta.args).toEqual(["/bin/sh", "-c", 'eval "$HIER_APT_SCRIPT"', "apt", "curl", "git"]);
    // The script installs its arguments: every apt-get install in it ends with them (a first try
    // on reused lists holds back its errors, `2>&1 >&3`).
    const script = String(meta.env.find((e: string) => e.startsWith("HIER_APT_SCRIPT=")));
    const installs = script.match(/apt-get install [^;|&}]*/g) ?? [];
    expect(installs).toHaveLength(8);
    for (const install of installs) expect(install.trimEnd()).toMatch(/ -o Dir::Cache::Archives=\S+ "\$@"( 2>)?$/);
  });

  it("a named context with a valid name", async () => {
    const g = check("stages:\n  a: { from: context:base-image, copy: [{ from: context:my.tools, src: t, dst: /t }] }");
    const { ops } = await compile(g, { "base-image": "docker-image://alpine:3.20", "my.tools": "docker-image://busybox:1" });
    expect(sources(ops).sort()).toEqual(["docker-image://docker.io/library/alpine:3.20", "docker-image://docker.io/library/busybox:1"]);
  });

  it("platforms are normalised once (x86_64 is amd64)", () => {
    const g = check("platforms: [linux/x86_64, linux/arm64/v8, linux/arm]\nstages:\n  a: { from: alpine:3.20 }");
    expect(g.platforms).toEqual(["linux/amd64", "linux/arm64", "linux/arm/v7"]);
  });

  it("the longest healthcheck interval fits the image config's int64", async () => {
    const { compiled } = await compile(check("stages:\n  a: { from: alpine:3.20, healthcheck: { test: [true], interval: 2562047h } }"));
    const raw = compiled.metadata["containerimage.config"]!;
    const interval = /"Interval":([0-9e+.]+)/.exec(raw)![1]!;
    expect(interval).toMatch(/^[0-9]+$/);
    expect(BigInt(interval) < 2n ** 63n).toBe(true);
  });

  it("a tmpfs size in gigabytes and mounts under /", async () => {
    const { ops } = await compile(check("stages:\n  a:\n    from: alpine:3.20\n    run: [{ sh: \"true\", mounts: [{ tmpfs: /tmp, size: 8g }, { secret: tok, target: /run/t }] }]"));
    const mounts = ops.find((o) => o.op.exec)!.op.exec.mounts;
    expect(mounts.find((m: any) => m.dest === "/tmp").TmpfsOpt.size).toBe(8 * 1024 ** 3);
  });
});

describe("LlbError backstop", () => {
  const text = "# syntax=org/hier-frontend\nstages:\n  a:\n    from: alpine:3.20\n    run:\n      - sh: \"true\"\n        mounts: [{ tmpfs: /tmp }]\n";

  it("an op LLB cannot express is a diagnostic with a code and the op's YAML line", async () => {
    const graph = loadGraph(text, "hier.yaml").graph!;
    // Bypass the checker: the mount target it would reject.
    const stage = graph.stages[0]!;
    const step = stage.steps[0]! as any;
    const bad = { ...graph, stages: [{ ...stage, steps: [{ ...step, mounts: [{ ...step.mounts[0], target: "/" }] }] }] } as StageGraph;
    const compiled = await compileTarget(bad, "a", host());
    expect(compiled.definition).toEqual({});
    const [d] = compiled.diagnostics;
    const file = new SourceFile("hier.yaml", text);
    expect({ code: d!.code, message: d!.message, at: file.position(d!.range.start) }).toEqual({
      code: "InvalidMount", message: "a tmpfs mount cannot replace the root filesystem", at: { line: 6, column: 7 },
    });
  });

  it("an image reference the checker let through is InvalidImageRef at the `from` line", async () => {
    const graph = loadGraph(text, "hier.yaml").graph!;
    const stage = graph.stages[0]! as any;
    const bad = { ...graph, stages: [{ ...stage, from: { ...stage.from, ref: "Bad Ref" } }] } as StageGraph;
    const compiled = await compileTarget(bad, "a", host());
    const d = compiled.diagnostics[0]!;
    expect(d.code).toBe("InvalidImageRef");
    expect(new SourceFile("hier.yaml", text).position(d.range.start)).toEqual({ line: 4, column: 5 });
  });
});
