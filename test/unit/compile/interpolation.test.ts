// What reaches the image and the shell after both expansion phases (graph/interpolate.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileTarget } from "../../../frontend/compile/index.ts";
import { dumpDefinition } from "../../../frontend/cli/llb.ts";
import { testHost } from "../helpers/offline.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";

async function compile(text: string) {
  const { graph, diagnostics } = loadGraph(text, "hier.yaml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const host = testHost();
  const compiled = await compileTarget(graph!, graph!.defaultTarget, host);
  const env = (JSON.parse(compiled.metadata["containerimage.config"] ?? "{}") as { config: { Env: string[] } }).config.Env;
  const execs = (dumpDefinition(compiled.definition) as { op: { exec?: { meta: { args: string[]; env: string[] } } } }[]).flatMap((o) => (o.op.exec ? [o.op.exec.meta] : []));
  return { env, execs };
}

describe("env and commands after interpolation", () => {
  it("$${HOME} in env is the text ${HOME} in the image and in the steps' env", async () => {
    const { env, execs } = await compile(`# syntax=org/hier-frontend
args: { V: "a$b", A: "", B: "from-b" }
stages:
  s:
    from: alpine:3.20
    env: { X: "$\${HOME}", Y: "\${V}", P: "/app/bin:$PATH", N: "\${A:-\${B}}", Q: "$$5 $$$$" }
    run: echo "$X"
`);
    expect(env).toEqual([
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "X=${HOME}",
      "Y=a$b",
      "P=/app/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "N=from-b",
      "Q=$5 $$",
    ]);
    expect(execs[0]?.env).toEqual(expect.arrayContaining(["X=${HOME}", "Y=a$b", "N=from-b"]));
  });

  it("a nested default and an arg default using an earlier arg reach the shell expanded", async () => {
    const { execs } = await compile(`# syntax=org/hier-frontend
args: { REG: docker.io, IMG: "\${REG}/library/alpine", TAG: "" }
stages:
  s:
    from: alpine:3.20
    run: echo \${IMG}:\${TAG:-\${REG}}
`);
    expect(execs[0]?.args).toEqual(["/bin/sh", "-c", "echo docker.io/library/alpine:docker.io"]);
  });
});

describe("docs/language.md", () => {
  it("the env example gives the image env its comment says", async () => {
    const doc = readFileSync(new URL("../../../docs/language.md", import.meta.url), "utf8");
    const block = /```yaml\n(args: \{ V: "a\$b" \}[\s\S]*?)# image env: (.*)\n```/.exec(doc);
    expect(block).not.toBeNull();
    const { env } = await compile(`# syntax=org/hier-frontend\n${block?.[1] ?? ""}`);
    const said = (block?.[2] ?? "").split(" ").map((kv) => kv.replace(/:…$/, ":"));
    for (const kv of said) expect(env.some((e) => (kv.endsWith(":") ? e.startsWith(kv) : e === kv)), kv).toBe(true);
    expect(said).toHaveLength(4);
  });
});
