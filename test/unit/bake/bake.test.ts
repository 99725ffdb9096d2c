// `hier bake`: the HCL it writes, asserted as text (no `docker buildx bake --print` here).
// Strings never interpolate by accident, names are sanitised in one place, --roles is checked.
import { describe, expect, it } from "vitest";
import { bakeFile, hclString } from "../../../frontend/bake/index.ts";
import { runCli } from "../helpers/cli.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";

const run = runCli;

const tricky = `# syntax=org/hier-frontend
name: app
args:
  TPL: "%{ if true }x%{ endif }"
  LIT: "a$$\{B}c"
  B: b
  REF: "\${B}-x"
  PLAIN: "$HOME"
stages:
  base: { role: base, from: alpine:3.20 }
  app: { role: runtime, from: base }
`;

describe("hclString", () => {
  it("keeps ${ and %{ literal and escapes like JSON", () => {
    expect(hclString('${A} %{ if } "q" \\ \n')).toBe('"$${A} %%{ if } \\"q\\" \\\\ \\n"');
    expect(hclString("$$ $x %x")).toBe('"$$ $x %x"');
  });
});

describe("hier bake", () => {
  it("writes arg defaults HCL does not interpolate; interpolating defaults are left to the frontend (null)", async () => {
    const r = await run(["bake", "hier.yaml"], { "hier.yaml": tricky });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('variable "TPL" {\n  default = "%%{ if true }x%%{ endif }"\n}\n');
    expect(r.stdout).toContain('variable "LIT" {\n  default = null\n}\n');
    expect(r.stdout).toContain('variable "B" {\n  default = "b"\n}\n');
    expect(r.stdout).toContain('variable "REF" {\n  default = null\n}\n');
    expect(r.stdout).toContain('variable "PLAIN" {\n  default = "$HOME"\n}\n');
    expect(r.stdout).toContain('  tags     = ["${NAMESPACE}/app-app:${VERSION}"]\n');
  });

  it("sanitises --prefix and --group everywhere (targets, the shared base target, inherits, contexts)", async () => {
    const r = await run(["bake", "hier.yaml", "--prefix", "my.p/", "--group", "all of it", "--no-variables", "--wiring", "contexts"], { "hier.yaml": tricky });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`group "all_of_it" {
  targets = ["my_p_base", "my_p_app"]
}

target "_my_p_hier" {
  context    = "."
  dockerfile = "hier.yaml"
  args = {
    "TPL" = TPL
    "LIT" = LIT
    "B" = B
    "REF" = REF
    "PLAIN" = PLAIN
  }
}

target "my_p_base" {
  inherits = ["_my_p_hier"]
  target   = "base"
  tags     = ["\${NAMESPACE}/app-base:\${VERSION}"]
}

target "my_p_app" {
  inherits = ["_my_p_hier"]
  target   = "app"
  tags     = ["\${NAMESPACE}/app-app:\${VERSION}"]
  contexts = {
    "base" = "target:my_p_base"
  }
}

// Publish the family atomically: nothing is pushed unless every target built and every
// stage's tests passed, and tags move only in the second phase, which finds every step cached:
//   docker buildx bake my_p_verify && docker buildx bake my_p_publish
group "my_p_verify" {
  targets = ["_verify_my_p_base", "_verify_my_p_app"]
}

group "my_p_publish" {
  targets = ["_publish_my_p_base", "_publish_my_p_app"]
}

target "_verify_my_p_base" {
  inherits = ["my_p_base"]
  output   = ["type=cacheonly"]
}

target "_verify_my_p_app" {
  inherits = ["my_p_app"]
  contexts = {
    "base" = "target:_verify_my_p_base"
  }
  output   = ["type=cacheonly"]
}

target "_publish_my_p_base" {
  inherits = ["my_p_base"]
  output   = ["type=registry"]
}

target "_publish_my_p_app" {
  inherits = ["my_p_app"]
  contexts = {
    "base" = "target:_publish_my_p_base"
  }
  output   = ["type=registry"]
}
`);
  });

  it("publishes in two phases: each phase's targets build from the same phase's parents; the frontend context stays", async () => {
    const r = await run(["bake", "hier.yaml", "--frontend", "target:frontend", "--no-variables", "--wiring", "contexts"], { "hier.yaml": tricky });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('target "_verify_app" {\n  inherits = ["app"]\n  contexts = {\n    "base" = "target:_verify_base"\n    "org/hier-frontend" = "target:frontend"\n  }\n  output   = ["type=cacheonly"]\n}\n');
    expect(r.stdout).toContain('target "_publish_app" {\n  inherits = ["app"]\n  contexts = {\n    "base" = "target:_publish_base"\n    "org/hier-frontend" = "target:frontend"\n  }\n  output   = ["type=registry"]\n}\n');
    expect(r.stdout).toContain("//   docker buildx bake verify && docker buildx bake publish\n");
    const none = await run(["bake", "hier.yaml", "--no-publish", "--no-variables"], { "hier.yaml": tricky });
    expect(none.stdout).not.toMatch(/verify|publish|output/);
  });

  it("by default wires no stage contexts: every target compiles its closure; only the publish phase is chained", async () => {
    const r = await run(["bake", "hier.yaml", "--frontend", "target:frontend", "--no-variables"], { "hier.yaml": tricky });
    expect(r.code).toBe(0);
    // The stage targets keep the frontend context and name no parent.
    expect(r.stdout).toContain('target "app" {\n  inherits = ["_hier"]\n  target   = "app"\n  tags     = ["${NAMESPACE}/app-app:${VERSION}"]\n  contexts = {\n    "org/hier-frontend" = "target:frontend"\n  }\n}\n');
    expect(r.stdout).not.toContain('"base" = "target:base"');
    // verify: the stage target as it is (its closure, the inherited frontend context), exporting nothing.
    expect(r.stdout).toContain('target "_verify_app" {\n  inherits = ["app"]\n  output   = ["type=cacheonly"]\n}\n');
    expect(r.stdout).not.toContain("target:_verify_");
    // publish: each child on the parent the same phase pushes.
    expect(r.stdout).toContain('target "_publish_app" {\n  inherits = ["app"]\n  contexts = {\n    "base" = "target:_publish_base"\n    "org/hier-frontend" = "target:frontend"\n  }\n  output   = ["type=registry"]\n}\n');
    const chained = await run(["bake", "hier.yaml", "--no-variables", "--wiring", "contexts"], { "hier.yaml": tricky });
    expect(chained.stdout).toContain('  contexts = {\n    "base" = "target:base"\n  }\n');
    const bad = await run(["bake", "hier.yaml", "--wiring", "flat"], { "hier.yaml": tricky });
    expect(bad).toEqual({ code: 2, stdout: "", stderr: "hier: --wiring `flat` is not a wiring: use closure or contexts\n" });
  });

  it("refuses a stage whose target would share its name with a publish group", async () => {
    const clash = tricky.replace("app: { role: runtime", "verify: { role: runtime");
    const r = await run(["bake", "hier.yaml"], { "hier.yaml": clash });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "hier: stage target `verify` has the name of the group hier bake writes for publishing (bake cannot tell them apart): rename the stage, or pass --no-publish\n" });
    const prefixed = await run(["bake", "hier.yaml", "--prefix", "x-"], { "hier.yaml": clash });
    expect(prefixed.stderr).toContain("stage target `x-verify` has the name of the group");
    const ok = await run(["bake", "hier.yaml", "--no-publish"], { "hier.yaml": clash });
    expect(ok.code).toBe(0);
  });

  it("rejects unknown roles, listing the roles, and a selection with no stage", async () => {
    const bogus = await run(["bake", "hier.yaml", "--roles", "bogus,runtime"], { "hier.yaml": tricky });
    expect(bogus).toEqual({ code: 2, stdout: "", stderr: "hier: unknown role `bogus` in --roles: roles are base, build, dev, runtime\n" });
    const none = await run(["bake", "hier.yaml", "--roles", "dev"], { "hier.yaml": tricky });
    expect(none).toEqual({ code: 2, stdout: "", stderr: "hier: no stage has role `dev`: this file has base, runtime\n" });
    const empty = await run(["bake", "hier.yaml", "--roles", ","], { "hier.yaml": tricky });
    expect(empty.stderr).toBe("hier: --roles names no role: roles are base, build, dev, runtime\n");
    const ok = await run(["bake", "hier.yaml", "--roles", "runtime", "--no-variables"], { "hier.yaml": tricky });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('group "default" {\n  targets = ["app"]\n}\n');
  });

  it("bakeFile alone sanitises the prefix of the shared base target too", () => {
    const { graph } = loadGraph(tricky, "hier.yaml");
    const hcl = bakeFile(graph!, { context: ".", file: "hier.yaml", prefix: "a b", variables: false });
    expect(hcl).toContain('target "_a_bhier" {');
    expect(hcl).toContain('inherits = ["_a_bhier"]');
  });
});
