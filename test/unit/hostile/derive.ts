/**
 * Hostile cases derived from the files the repository ships, deterministically (no randomness):
 * every golden graph fixture as it is; each shipped graph cut off after every 5th line; each
 * stage of a shipped graph replaced by a value of a wrong type; each key of each stage given a
 * wrong type (the types taken in turn, so every type is used across the keys).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, parseDocument } from "yaml";

/** A named case. */
export interface DerivedCase {
  readonly name: string;
  readonly text: string;
}

const repo = join(import.meta.dirname, "../../..");

/** The stage graphs the repository ships. */
export const SHIPPED = ["stages/hier.yaml", "examples/todobackend/hier.yaml", "examples/node-service/hier.yaml"];

/** Values of the wrong type for nearly every key, in the order they are taken. */
const WRONG: readonly unknown[] = [42, "text", [], {}, null, true, [[1, { a: [] }]], -1.5e308, "", ["", null]];

/** The golden fixtures under test/fixtures/graph, each as a case. */
export function goldenCases(): DerivedCase[] {
  const root = join(repo, "test/fixtures/graph");
  return readdirSync(root).sort().map((d) => ({ name: `graph fixture ${d}`, text: readFileSync(join(root, d, "hier.yaml"), "utf8") }));
}

/** Each shipped graph cut off after line 5, 10, 15, … */
export function truncatedCases(): DerivedCase[] {
  return SHIPPED.flatMap((path) => {
    const lines = readFileSync(join(repo, path), "utf8").split("\n");
    const out: DerivedCase[] = [];
    for (let n = 5; n < lines.length; n += 5) out.push({ name: `${path} cut after line ${n}`, text: lines.slice(0, n).join("\n") });
    return out;
  });
}

/** Each stage of each shipped graph replaced by a wrong type, and each stage key given one. */
export function wrongTypeCases(): DerivedCase[] {
  const out: DerivedCase[] = [];
  let turn = 0;
  const next = (): unknown => WRONG[turn++ % WRONG.length];
  for (const path of SHIPPED) {
    const text = readFileSync(join(repo, path), "utf8");
    const stages = parseDocument(text).get("stages");
    if (!isMap(stages)) continue;
    for (const pair of stages.items) {
      const stage = isScalar(pair.key) ? String(pair.key.value) : "?";
      const value = next();
      const doc = parseDocument(text);
      doc.setIn(["stages", stage], value);
      out.push({ name: `${path} stage ${stage} = ${JSON.stringify(value)}`, text: doc.toString() });
      if (!isMap(pair.value)) continue;
      for (const kv of pair.value.items) {
        const key = isScalar(kv.key) ? String(kv.key.value) : "?";
        const v = next();
        const d = parseDocument(text);
        d.setIn(["stages", stage, key], v);
        out.push({ name: `${path} stages.${stage}.${key} = ${JSON.stringify(v)}`, text: d.toString() });
      }
    }
  }
  return out;
}
