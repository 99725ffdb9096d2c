/**
 * The checker's hostile documents (test/fixtures/hostile/checker-*.yaml): each one's second line
 * says what `check` must answer, `# expect: CODE at line N` (an error with that code on that
 * line, and nothing reaches the compiler) or `# expect: ok` (check accepts it and it compiles).
 * What check accepts, llb must compile: no case may fail only in the compiler.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testHost } from "../helpers/offline.ts";
import { compileTarget } from "../../../frontend/compile/index.ts";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";

const root = join(import.meta.dirname, "../../fixtures/hostile");
const cases = readdirSync(root).filter((f) => /^checker-.*\.yaml$/.test(f)).sort();

describe("checker hostile documents", () => {
  it("has at least 50 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases)("%s", async (name) => {
    const text = readFileSync(join(root, name), "utf8");
    const expectLine = text.split("\n")[1] ?? "";
    const m = /^# expect: (?:ok\b|([A-Za-z]+) at line ([0-9]+))/.exec(expectLine);
    expect(m, `${name}: line 2 must be "# expect: …"`).not.toBeNull();
    const { graph, diagnostics } = loadGraph(text, name);
    const file = new SourceFile(name, text);
    const shown = diagnostics.map((d) => `${d.code} ${file.position(d.range.start).line}: ${d.message}`);
    expect(shown.filter((s) => s.startsWith("InternalError"))).toEqual([]);
    if (m?.[1] === undefined) {
      expect(shown.filter((_, i) => diagnostics[i]?.severity === "error")).toEqual([]);
      const host = testHost();
      const compiled = await compileTarget(graph!, graph!.defaultTarget, host);
      expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(compiled.definition).toHaveProperty("def");
      return;
    }
    expect(graph).toBeUndefined();
    const hit = diagnostics.find((d) => d.severity === "error" && d.code === m[1] && file.position(d.range.start).line === Number(m[2]));
    expect(hit, `${name}: expected ${m[1]} at line ${m[2]}, got:\n${shown.join("\n")}`).toBeDefined();
  });
});
