import { describe, expect, it } from "vitest";
import { main } from "../../../frontend/cli/index.ts";

function run(argv: string[], files: Record<string, string>, extra: { run?: (p: string, a: readonly string[], i: string) => Promise<string> } = {}) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: async (p: string) => {
      const f = files[p];
      if (f === undefined) throw new Error("ENOENT: no such file");
      return f;
    },
    ...extra,
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const good = "# syntax=org/hier-frontend\nstages:\n  base: { from: alpine:3.20, role: base }\n  app: { from: base, role: runtime }\n";
const bad = "stages:\n  base: { from: alpine:3.20 }\n  app: { from: bsae }\n";

describe("hier check", () => {
  it("prints ok and exits 0 for a valid file", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": good });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("hier.yaml: ok, 2 stages\n");
  });

  it("prints file:line:col, a code frame and the hint; exits 1", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "hier.yaml:3:16: error UnknownStage: unknown stage `bsae`\n" +
        "  3 |   app: { from: bsae }\n" +
        "    |                ^^^^\n" +
        "  hint: did you mean `base`? (to use an image called `bsae`, write `bsae:latest`)\n\n" +
        "hier.yaml: 1 error, 0 warnings\n",
    );
  });

  it("--format json gives positions for tools", async () => {
    const r = await run(["check", "hier.yaml", "--format", "json"], { "hier.yaml": bad });
    const out = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { code: string; line: number; column: number }[] };
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["UnknownStage", 3, 16]]);
  });

  it("passes --build-arg and --target", async () => {
    const file = "args: { IMG: alpine }\nstages:\n  a: { from: \"${IMG}:3.20\" }\n";
    expect((await run(["check", "f.yaml", "--build-arg", "IMG=Bad"], { "f.yaml": file })).stdout).toContain("InvalidImageRef");
    expect((await run(["check", "f.yaml", "--target", "b"], { "f.yaml": file })).stdout).toContain("UnknownTarget");
  });

  it("reports usage errors with exit 2", async () => {
    expect((await run(["check"], {})).code).toBe(2);
    expect((await run(["check", "f", "--bogus"], { f: good })).code).toBe(2);
    expect((await run(["nope"], {})).stderr).toContain("unknown command `nope`");
    const missing = await run(["check", "missing.yaml"], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read missing.yaml");
  });
});

describe("hier graph", () => {
  it("prints Mermaid by default and DOT on request", async () => {
    const m = await run(["graph", "f"], { f: good });
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/^flowchart TD\n/);
    expect(m.stdout).toContain('n1["base<br/><i>base</i>"]:::base');
    const d = await run(["graph", "f", "--format", "dot"], { f: good });
    expect(d.stdout).toContain('"stage:base" -> "stage:app";');
  });

  it("renders SVG through dot, with a clear error when it is missing", async () => {
    const ok = await run(["graph", "f", "--format", "svg"], { f: good }, { run: async (p, a, input) => `<svg>${p} ${a.join(" ")} ${input.length > 0}</svg>` });
    expect(ok.stdout).toBe("<svg>dot -Tsvg true</svg>");
    const enoent = Object.assign(new Error("spawn dot ENOENT"), { code: "ENOENT" });
    const missing = await run(["graph", "f", "--format", "svg"], { f: good }, { run: () => Promise.reject(enoent) });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("needs Graphviz's `dot` program");
  });

  it("prints diagnostics instead of a graph for a broken file", async () => {
    const r = await run(["graph", "f"], { f: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("UnknownStage");
  });
});
