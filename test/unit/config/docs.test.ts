/** docs/language.md documents every key the parser accepts and every diagnostic code. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { KEYS } from "../../../frontend/config/index.ts";
import { CODES } from "../../../frontend/diagnostics/index.ts";

const doc = readFileSync(join(import.meta.dirname, "../../../docs/language.md"), "utf8");

it("mentions every key", () => {
  const keys = [...new Set(Object.values(KEYS).flat())];
  expect(keys.filter((k) => !doc.includes(`\`${k}\``) && !doc.includes(`{ ${k}:`))).toEqual([]);
});

it("lists every diagnostic code", () => {
  expect(Object.keys(CODES).filter((c) => !doc.includes(`\`${c}\``))).toEqual([]);
});

it("the guide's examples check without errors or warnings", async () => {
  const { loadGraph } = await import("../../../frontend/graph/index.ts");
  const guide = readFileSync(join(import.meta.dirname, "../../../docs/guide.md"), "utf8");
  const blocks = [...guide.matchAll(/```yaml\n(# syntax=org\/hier-frontend\n[\s\S]*?)```/g)].map((m) => m[1] ?? "");
  expect(blocks.length).toBe(2);
  for (const b of blocks) {
    const { graph, diagnostics } = loadGraph(b, "guide.md");
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    expect(graph).toBeDefined();
  }
});
