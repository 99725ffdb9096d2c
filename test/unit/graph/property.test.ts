/**
 * Property: for any text — random, generated from the language's own keys, or a mutated golden
 * fixture — parsing and checking never throw, never report an InternalError, and every range
 * (primary and related) lies inside the file.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { KEYS } from "../../../frontend/config/index.ts";
import type { Diagnostic } from "../../../frontend/diagnostics/index.ts";
import { loadGraph, stagesFor } from "../../../frontend/graph/index.ts";

const root = join(import.meta.dirname, "../../fixtures/graph");
const fixtures = readdirSync(root).map((d) => readFileSync(join(root, d, "hier.yaml"), "utf8"));

function assertSound(text: string, options: { target?: string; buildArgs?: Record<string, string> } = {}): void {
  const { graph, diagnostics } = loadGraph(text, "hier.yaml", options);
  const inside = (r: Diagnostic["range"]) => Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= text.length;
  for (const d of diagnostics) {
    expect(d.code).not.toBe("InternalError");
    expect(inside(d.range), `${d.code} ${JSON.stringify(d.range)} in ${text.length}`).toBe(true);
    for (const r of d.related ?? []) expect(inside(r.range)).toBe(true);
  }
  if (graph) for (const s of graph.stages) expect(stagesFor(graph, s.name).at(-1)?.name).toBe(s.name);
}

const allKeys = [...new Set(Object.values(KEYS).flat())];
const scalar = fc.oneof(
  fc.constantFrom("alpine:3.20", "debian:bookworm", "scratch", "context:x", "base", "a.b", "/abs", "../up", "${A}", "${A:-x}", "$$", "${", "0755", "8000/tcp", "30s", "SIGTERM", "linux/amd64", "pip", "apt", "true", ""),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(fc.constantFrom(...allKeys), fc.constantFrom("base", "app", "x-y", "<<", "A"), fc.string({ maxLength: 6 }));
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "xsmall", maxDepth: 3, withCrossShrink: true },
    scalar,
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(key, tie("v"), { maxKeys: 5 }),
  ),
})).v;
const stage = fc.dictionary(fc.constantFrom(...KEYS.stage, "x-z", "bogus"), value, { maxKeys: 8 });
const document = fc.record(
  {
    name: scalar, version: scalar, target: fc.constantFrom("base", "app", "nope"),
    args: fc.dictionary(fc.constantFrom("A", "B", "1x"), scalar, { maxKeys: 3 }),
    caches: fc.dictionary(fc.constantFrom("pip", "apt", "go", "mine"), fc.oneof(scalar, fc.dictionary(fc.constantFrom(...KEYS.cache), scalar)), { maxKeys: 3 }),
    stages: fc.dictionary(fc.constantFrom("base", "app", "builder", "a", "b"), stage, { maxKeys: 5 }),
  },
  { requiredKeys: [] },
);

const mutate = fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.string({ maxLength: 8 }), fc.constantFrom("delete", "insert", "replace", "dupline", "truncate"))
  .map(([text, a, b, s, op]) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 20));
    if (op === "delete") return text.slice(0, i) + text.slice(j);
    if (op === "insert") return text.slice(0, i) + s + text.slice(i);
    if (op === "replace") return text.slice(0, i) + s + text.slice(j);
    if (op === "truncate") return text.slice(0, i);
    const lines = text.split("\n");
    const k = a % lines.length;
    lines.splice(k, 0, lines[k] ?? "");
    return lines.join("\n");
  });

describe("parser and checker never fail", () => {
  it("random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: "binary" }), (t) => assertSound(t)), { numRuns: 1500 });
  }, 60_000);

  it("random YAML-ish text", () => {
    const chars = fc.constantFrom(..."abc: -[]{},&*!|>'\"#\n  \t${}.:/0@<".split(""));
    fc.assert(fc.property(fc.string({ unit: chars, maxLength: 120 }), (t) => assertSound(t)), { numRuns: 1500 });
  }, 60_000);

  it("documents built from the language's keys", () => {
    fc.assert(
      fc.property(document, fc.constantFrom(undefined, "base", "zzz"), (doc, target) => {
        assertSound(stringify(doc), { ...(target ? { target } : {}), buildArgs: { A: "1" } });
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("mutated golden fixtures", () => {
    fc.assert(fc.property(mutate, (t) => assertSound(t)), { numRuns: 2000 });
  }, 60_000);
});
