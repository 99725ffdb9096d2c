// No runtime import cycle under frontend/: modules that import each other initialise in an order
// that depends on who is imported first (a class or const may be used before it is defined).
// Counted: every `import … from`, `export … from` and bare `import "…"` of a relative module,
// including `import { type X }` (under verbatimModuleSyntax it still loads the module).
// Ignored: `import type` and `export type` (erased by TypeScript: no runtime edge, and a cycle
// of types alone is harmless), dynamic `import()` (runs after the module graph is initialised),
// and packages (they cannot import us back).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../../frontend");

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
}

/** The relative modules `file` imports at runtime. */
export function runtimeImports(source: string, file: string): string[] {
  const out: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^;"']*?\s+from\s+)?["']([^"']+)["']/gm;
  for (const m of source.matchAll(statement)) {
    const [, , typeOnly, spec] = m;
    if (typeOnly !== undefined || spec === undefined || !spec.startsWith(".")) continue;
    out.push(resolve(dirname(file), spec));
  }
  return out;
}

/** Strongly connected components of more than one module, or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
      onStack.delete(w);
      scc.push(w);
      if (w === v) break;
    }
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return found;
}

describe("frontend/ import graph", () => {
  const files = tsFiles(root);
  const graph = new Map(files.map((f) => [f, runtimeImports(readFileSync(f, "utf8"), f)]));

  it("reads the imports of every module", () => {
    expect(files.length).toBeGreaterThan(50);
    const exec = graph.get(join(root, "llb/exec.ts")) ?? [];
    expect(exec).toContain(join(root, "llb/vertex.ts"));
    // `import type` edges are not runtime edges.
    expect(exec).not.toContain(join(root, "llb/state.ts"));
    expect(runtimeImports('import type { A } from "./a.ts";\nimport { type B } from "./b.ts";\nexport { c } from "./c.ts";\nimport "./d.ts";', "/x/y.ts"))
      .toEqual(["/x/b.ts", "/x/c.ts", "/x/d.ts"]);
  });

  it("has no runtime import cycle", () => {
    const found = cycles(graph).map((c) => c.map((f) => relative(root, f)).join(" ↔ "));
    expect(found).toEqual([]);
  });
});

describe("pb.Definition", () => {
  it("has one type in frontend/ (llb/definition.ts), every other use names it", () => {
    // A Definition shape is an object type with a `def` field of op bytes.
    const shapes = tsFiles(root).filter((f) => /\bdef\?:\s*(readonly\s+)?Uint8Array\[\]/.test(readFileSync(f, "utf8")));
    expect(shapes.map((f) => relative(root, f))).toEqual(["llb/definition.ts"]);
  });
});
