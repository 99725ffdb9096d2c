// `hier bake --caches`: the seed context on the shared base target, the two variables, and the
// export target (its stage, output, frontend context, and what it misses), asserted as text.
// test/e2e/bake.test.ts checks the same file with `docker buildx bake --print`.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const run = runCli;

const family = `# syntax=org/hier-frontend
name: fam
caches: { apt: apt, pip: pip }
stages:
  base: { role: base, from: debian:bookworm-slim, packages: [curl] }
  tools: { role: build, from: base, caches: [pip], run: pip --version }
  app: { role: runtime, from: base, copy: [{ from: tools, src: /x, dst: /x }] }
  other: { role: build, from: alpine:3.20, packages: [git] }
  hier-caches: { role: runtime, from: base }
`;

describe("hier bake --caches", () => {
  it("seeds every target through the base target and exports the default target's caches", async () => {
    const r = await run(["bake", "hier.yaml", "--caches"], { "hier.yaml": family });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('variable "HIER_CACHES_FROM" {\n  default = ""\n}\n');
    expect(r.stdout).toContain('variable "HIER_CACHES_TO" {\n  default = "hier-caches"\n}\n');
    expect(r.stdout).toContain(
      'target "_hier" {\n  context    = "."\n  dockerfile = "hier.yaml"\n  contexts = { for k, v in { "hier-caches" = HIER_CACHES_FROM } : k => v if v != "" }\n}\n',
    );
    // A stage called hier-caches keeps its name; the export target steps aside.
    expect(r.stdout).toContain('target "hier-caches" {\n  inherits = ["_hier"]\n  target   = "hier-caches"\n');
    const at = r.stdout.indexOf("// The caches of hier-caches");
    expect(r.stdout.slice(at)).toBe(`// The caches of hier-caches and the stages it builds on, exported once they are built:
// HIER_CACHES_FROM=SEED HIER_CACHES_TO=DIR docker buildx bake default hier-caches_
// not exported (no stage hier-caches builds on mounts it): pip on debian-bookworm (tools); export with \`hier bake --caches-target STAGE\`
// not exported (no stage hier-caches builds on mounts it): apk on alpine-3.20 (other); export with \`hier bake --caches-target STAGE\`
target "hier-caches_" {
  inherits = ["_hier"]
  target   = "hier-caches"
  args     = { HIER_CACHES = "export" }
  output   = ["type=local,dest=\${HIER_CACHES_TO}"]
}
`);
  });

  it("--caches-target picks the export stage (and implies --caches); the frontend context comes along", async () => {
    const r = await run(["bake", "hier.yaml", "--caches-target", "app", "--frontend", "target:frontend", "--roles", "base,runtime", "--prefix", "f-"], { "hier.yaml": family });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('target "f-hier-caches_" {\n  inherits = ["_f-hier"]\n  target   = "app"\n');
    // No stage contexts: the frontend compiles app's whole closure, which covers pip.
    expect(r.stdout).toContain('  output   = ["type=local,dest=${HIER_CACHES_TO}"]\n  contexts = {\n    "org/hier-frontend" = "target:frontend"\n  }\n}\n');
    expect(r.stdout).not.toContain("not exported");
  });

  it("leaves caches out unless asked, and names the stages for an unknown --caches-target", async () => {
    const plain = await run(["bake", "hier.yaml"], { "hier.yaml": family });
    expect(plain.stdout).not.toContain("HIER_CACHES");
    const r = await run(["bake", "hier.yaml", "--caches-target", "ap"], { "hier.yaml": family });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("hier: --caches-target `ap` is not a stage of hier.yaml (stages: base, tools, app, other, hier-caches)\n");
  });
});
