// graph/interpolate.ts, the one expansion engine: nesting, arg defaults that use other args,
// cycles and bad references reported at the exact sub-range.
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { expandEnvTemplate } from "../../../frontend/graph/interpolate.ts";

const head = "# syntax=org/hier-frontend\n";

function check(body: string, buildArgs: Record<string, string> = {}) {
  const text = head + body;
  const r = loadGraph(text, "hier.yaml", { buildArgs });
  return {
    graph: r.graph,
    run: r.graph?.stages[0]?.steps.map((s) => (s.kind === "run" ? s.shell : undefined)),
    errors: r.diagnostics.map((d) => ({ code: d.code, message: d.message, at: text.slice(d.range.start, d.range.end) })),
  };
}

describe("interpolation", () => {
  it("nests defaults to any depth, with $$ inside them", () => {
    const r = check('args: { A: "", B: b }\nstages:\n  s: { from: alpine, run: ["echo ${A:-${B}}", "echo ${A:-x${B:-y}z} ${A:-$$${B}}", "echo $$$$"] }\n');
    expect(r.errors).toEqual([]);
    expect(r.run).toEqual(["echo b", "echo xbz $b", "echo $$"]);
  });

  it("takes the value when set, and --build-arg values literally", () => {
    const r = check('args: { A: a, B: b }\nstages:\n  s: { from: alpine, run: "echo ${A:-${B}}" }\n', { A: "${B}" });
    expect(r.errors).toEqual([]);
    expect(r.run).toEqual(["echo ${B}"]);
  });

  it("interpolates arg defaults that use other args, in any order", () => {
    const r = check('args: { A: "${B}-a", B: "${C:-c}", C: "" }\nstages:\n  s: { from: alpine, run: "echo ${A}" }\n');
    expect(r.errors).toEqual([]);
    expect(r.run).toEqual(["echo c-a"]);
    expect(r.graph?.args.map((a) => [a.name, a.default, a.value])).toEqual([["A", "${B}-a", "c-a"], ["B", "${C:-c}", "c"], ["C", "", ""]]);
  });

  it("reports a cycle of defaults at the reference that closes it", () => {
    expect(check('args: { A: "${B}", B: "x${A}" }\nstages:\n  s: { from: alpine }\n').errors).toEqual([
      { code: "InvalidInterpolation", message: "args refer to each other in a cycle: A → B → A", at: "${A}" },
    ]);
    expect(check('args: { A: "${A:-x}" }\nstages:\n  s: { from: alpine }\n').errors).toEqual([
      { code: "InvalidInterpolation", message: "args refer to each other in a cycle: A → A", at: "${A:-x}" },
    ]);
  });

  it("reports bad and undeclared references inside a default at their own range", () => {
    expect(check('args: { A: x }\nstages:\n  s: { from: alpine, run: "echo ${A:-${NOPE}} ${A:+y} ${}" }\n').errors).toEqual([
      { code: "UndefinedArg", message: "arg `NOPE` is not declared", at: "${NOPE}" },
      { code: "InvalidInterpolation", message: "`${A:+y}` is not a valid arg reference", at: "${A:+y}" },
      { code: "InvalidInterpolation", message: "`${}` is not a valid arg reference", at: "${}" },
    ]);
    expect(check('args: { A: x }\nstages:\n  s: { from: alpine, run: "echo ${A:-${B" }\n').errors).toEqual([
      { code: "InvalidInterpolation", message: "`${A:-${B` is not a valid arg reference (no closing `}`)", at: "${A:-${B" },
    ]);
  });

  it("reports errors in a default nobody uses", () => {
    expect(check('args: { A: "${NOPE}" }\nstages:\n  s: { from: alpine }\n').errors).toEqual([
      { code: "UndefinedArg", message: "arg `NOPE` is not declared", at: "${NOPE}" },
    ]);
  });

  it("keeps env values as templates: args in, literal $ as $$, $NAME for the compiler", () => {
    const r = check('args: { V: "a$b" }\nstages:\n  s: { from: alpine, env: { X: "$${HOME}", Y: "${V}", Z: "$PATH:$$5" } }\n');
    expect(r.errors).toEqual([]);
    const env = r.graph?.stages[0]?.config.env ?? [];
    expect(env).toEqual([["X", "$${HOME}"], ["Y", "a$$b"], ["Z", "$PATH:$$5"]]);
    const vars = new Map([["PATH", "/bin"], ["HOME", "/root"], ["b", "B"]]);
    expect(env.map(([, v]) => expandEnvTemplate(v, vars))).toEqual(["${HOME}", "a$b", "/bin:$5"]);
  });
});

describe("interpolation limits (bounded stack)", () => {
  it("reports defaults nested more than 32 levels once, at the level that is too deep", () => {
    const deep = "${A:-".repeat(40) + "x" + "}".repeat(40);
    const r = check(`args: { A: "" }\nstages:\n  s: { from: alpine, run: "echo ${deep}" }\n`);
    expect(r.errors).toEqual([{ code: "InvalidInterpolation", message: "defaults nest more than 32 levels deep", at: "${A:-".repeat(8) + "x" + "}".repeat(40) }]);
    const ok = "${A:-".repeat(32) + "x" + "}".repeat(32);
    expect(check(`args: { A: "" }\nstages:\n  s: { from: alpine, run: "echo ${ok}" }\n`).run).toEqual(["echo x"]);
  });

  it("reports a chain of more than 100 arg defaults, without a stack overflow", () => {
    const n = 5000;
    const args = Array.from({ length: n }, (_, i) => `  A${i}: "\${A${i + 1}}"`).join("\n");
    const r = check(`args:\n${args}\n  A${n}: end\nstages:\n  s: { from: alpine, run: "echo \${A0}" }\n`);
    expect(r.errors.length).toBe(Math.floor(n / 100));
    expect(r.errors[0]).toEqual({ code: "InvalidInterpolation", message: "arg defaults refer to each other more than 100 levels deep", at: "${A100}" });
    const short = Array.from({ length: 99 }, (_, i) => `  A${i}: "\${A${i + 1}}"`).join("\n");
    expect(check(`args:\n${short}\n  A99: end\nstages:\n  s: { from: alpine, run: "echo \${A0}" }\n`).run).toEqual(["echo end"]);
  });
});
