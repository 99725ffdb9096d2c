// compile/image-config.ts: label precedence and the config's canonical bytes, directly and
// through the compiler (same meaning → same config digest; the file's labels beat derived ones).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { compileTarget } from "../../../frontend/compile/index.ts";
import { emptyImageConfig, imageConfigJson, stageLabels } from "../../../frontend/compile/image-config.ts";
import type { CompileOptions } from "../../../frontend/compile/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { testHost } from "../helpers/offline.ts";

const SRC = "org.opencontainers.image.source";

async function config(text: string, target: string, options: Partial<CompileOptions> = {}) {
  const { graph, diagnostics } = loadGraph(text, "hier.yaml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const host = testHost({ options });
  const compiled = await compileTarget(graph!, target, host);
  const json = compiled.metadata["containerimage.config"] ?? "";
  return { json, digest: createHash("sha256").update(json).digest("hex"), parsed: JSON.parse(json) as { config: { Labels: Record<string, string>; Env: string[] } } };
}

describe("stageLabels", () => {
  it("ranks inherited < derived < file < options", () => {
    const labels = stageLabels({
      inherited: { a: "image", b: "image", c: "image", d: "image" },
      derived: { b: "derived", c: "derived", d: "derived" },
      file: { c: "file", d: "file" },
      options: { d: "option" },
    });
    expect(labels).toEqual({ a: "image", b: "derived", c: "file", d: "option" });
  });

  it("sorts keys by code unit, whatever order the layers had", () => {
    const labels = stageLabels({ derived: { z: "1", B: "2" }, file: { a: "3", Z: "4" } });
    expect(Object.keys(labels)).toEqual(["B", "Z", "a", "z"]);
  });
});

describe("imageConfigJson", () => {
  it("writes labels, ports and volumes sorted and keeps env order", () => {
    const cfg = emptyImageConfig({ os: "linux", architecture: "amd64" });
    cfg.config.Labels = { z: "1", a: "2" };
    cfg.config.ExposedPorts = { "9000/tcp": {}, "80/tcp": {} };
    cfg.config.Volumes = { "/z": {}, "/a": {} };
    cfg.config.Env = ["Z=1", "A=$Z"];
    const c = (JSON.parse(imageConfigJson(cfg)) as typeof cfg).config;
    expect(Object.keys(c.Labels ?? {})).toEqual(["a", "z"]);
    expect(Object.keys(c.ExposedPorts ?? {})).toEqual(["80/tcp", "9000/tcp"]);
    expect(Object.keys(c.Volumes ?? {})).toEqual(["/a", "/z"]);
    expect(c.Env).toEqual(["Z=1", "A=$Z"]);
  });
});

describe("compiled image config", () => {
  const file = (labels: string, expose: string) => `# syntax=org/hier-frontend
stages:
  app:
    from: alpine:3.20
    labels: { ${labels} }
    expose: [${expose}]
    env: { B: b, A: a }
`;

  it("has the same bytes whatever the YAML order of labels and ports", async () => {
    const one = await config(file("x.one: 1, a.two: 2, m.three: 3", "80, 443"), "app");
    const two = await config(file("m.three: 3, x.one: 1, a.two: 2", "443, 80"), "app");
    expect(two.json).toBe(one.json);
    expect(two.digest).toBe(one.digest);
  });

  it("keeps env in the file's order (env order means something)", async () => {
    const { parsed } = await config(file("a: 1", "80"), "app");
    expect(parsed.config.Env.slice(-2)).toEqual(["B=b", "A=a"]);
  });

  const family = `# syntax=org/hier-frontend
stages:
  root:
    role: base
    from: alpine:3.20
    labels: { ${SRC}: https://github.com/acme/images }
  build:
    from: root
  own:
    from: root
    labels: { ${SRC}: https://github.com/acme/own }
`;

  it("a label the file sets (own or inherited) wins over the build's git remote", async () => {
    const vcs = { vcs: { source: "/home/me/clone", revision: "abc123" } };
    for (const [target, want] of [["root", "https://github.com/acme/images"], ["build", "https://github.com/acme/images"], ["own", "https://github.com/acme/own"]] as const) {
      const { parsed } = await config(family, target, vcs);
      expect(parsed.config.Labels[SRC], target).toBe(want);
      expect(parsed.config.Labels["org.opencontainers.image.revision"], target).toBe("abc123");
    }
  });

  it("keeps the file's source label when the parent stage comes built from a named context (bake)", async () => {
    const { graph } = loadGraph(family, "hier.yaml");
    const host = testHost({
      options: { vcs: { source: "/home/me/clone" }, contexts: { root: "docker-image://acme/images-root:1" } },
      contexts: { root: "docker-image://acme/images-root:1" },
    });
    const compiled = await compileTarget(graph!, "build", host);
    expect(compiled.diagnostics).toEqual([]);
    const labels = (JSON.parse(compiled.metadata["containerimage.config"] ?? "{}") as { config: { Labels: Record<string, string> } }).config.Labels;
    expect(labels[SRC]).toBe("https://github.com/acme/images");
  });

  it("derives the source from the build when the file sets none, and --label overrides both", async () => {
    const text = "# syntax=org/hier-frontend\nstages:\n  app: { from: alpine:3.20 }\n";
    const derived = await config(text, "app", { vcs: { source: "https://git.example/x" } });
    expect(derived.parsed.config.Labels[SRC]).toBe("https://git.example/x");
    const opt = await config(family, "build", { vcs: { source: "/local" }, labels: { [SRC]: "https://cli.example" } });
    expect(opt.parsed.config.Labels[SRC]).toBe("https://cli.example");
  });
});
