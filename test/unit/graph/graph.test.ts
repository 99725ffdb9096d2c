import { describe, expect, it } from "vitest";
import { loadGraph, stagesFor } from "../../../frontend/graph/index.ts";

const family = `
stages:
  root: { from: debian:bookworm-slim, role: base, env: { A: "1", B: "2" }, entrypoint: [tini], cmd: [run], workdir: /srv }
  builder: { from: root, run: make, artifacts: { bin: out/bin } }
  runtime: { from: root, role: base, env: { B: "3" }, entrypoint: [/entry.sh], workdir: app }
  app:
    from: runtime
    role: runtime
    copy: [{ from: builder.bin, dst: /usr/local/bin/ }]
  other: { from: root, role: dev }
`;

describe("checkGraph", () => {
  const { graph, diagnostics } = loadGraph(family, "hier.yaml");

  it("builds a graph without errors", () => {
    expect(diagnostics).toEqual([]);
    expect(graph?.stages.map((s) => s.name)).toEqual(["root", "builder", "runtime", "app", "other"]);
    expect(graph?.defaultTarget).toBe("other");
  });

  it("inherits config like Docker: env replaced in place, entrypoint resets cmd, relative workdir", () => {
    const app = graph?.stages.find((s) => s.name === "app");
    expect(app?.config.env).toEqual([["A", "1"], ["B", "3"]]);
    expect(app?.config.entrypoint).toEqual(["/entry.sh"]);
    expect(app?.config.cmd).toBeUndefined();
    expect(app?.config.workdir).toBe("/srv/app");
    expect(app?.ownConfig.env).toEqual([]);
  });

  it("resolves artifact paths against the workdir", () => {
    expect(graph?.stages.find((s) => s.name === "builder")?.artifacts[0]?.path).toBe("/srv/out/bin");
  });

  it("stagesFor returns the target and its dependencies in order", () => {
    expect(graph && stagesFor(graph, "app").map((s) => s.name)).toEqual(["root", "builder", "runtime", "app"]);
    expect(graph && stagesFor(graph, "other").map((s) => s.name)).toEqual(["root", "other"]);
  });

  it("names the whole cycle", () => {
    const r = loadGraph("stages:\n  a: { from: b }\n  b: { from: c }\n  c: { from: a }\n", "f");
    expect(r.graph).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === "StageCycle");
    expect(d?.message).toBe("stage cycle: `a` → `b` → `c` → `a`");
    expect(d?.related?.length).toBe(2);
  });

  it("applies --build-arg over defaults and leaves $VAR alone", () => {
    const r = loadGraph('args: { V: "1" }\nstages:\n  a: { from: "alpine:3.${V}", env: { P: "$PATH:${V:-x}", Q: "$${V}" } }\n', "f", { buildArgs: { V: "20" } });
    expect(r.diagnostics).toEqual([]);
    const a = r.graph?.stages[0];
    expect(a?.from).toMatchObject({ kind: "image", ref: "alpine:3.20" });
    // Env values are templates for the compiler: `$$` stays `$$` (the image gets `Q=${V}`, see
    // test/unit/compile/interpolation.test.ts).
    expect(a?.config.env).toEqual([["P", "$PATH:20"], ["Q", "$${V}"]]);
  });

  it("reports an unknown --target", () => {
    const r = loadGraph("stages:\n  a: { from: alpine }\n", "f", { target: "b" });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["UnknownTarget"]);
  });
});
