/**
 * The JSON Schema and the parser cannot drift: every kind of mapping the parser knows (KEYS) has
 * a schema definition with exactly the same properties, and both allow `x-*` extension keys.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KEYS, type KeyKind } from "../../../frontend/config/index.ts";
import { PRESETS } from "../../../frontend/graph/index.ts";

interface ObjectSchema {
  properties?: Record<string, { enum?: string[] }>;
  patternProperties?: Record<string, unknown>;
  additionalProperties?: unknown;
}
const schema = JSON.parse(readFileSync(join(import.meta.dirname, "../../../schema/hier.schema.json"), "utf8")) as ObjectSchema & {
  $defs: Record<string, ObjectSchema>;
};

function definition(kind: KeyKind): ObjectSchema | undefined {
  return kind === "document" ? schema : schema.$defs[kind];
}

describe("schema/hier.schema.json", () => {
  it.each(Object.keys(KEYS) as KeyKind[])("%s has exactly the parser's keys", (kind) => {
    const def = definition(kind);
    expect(def, `missing $defs.${kind}`).toBeDefined();
    expect(Object.keys(def?.properties ?? {}).sort()).toEqual([...KEYS[kind]].sort());
    expect(def?.additionalProperties).toBe(false);
    expect(Object.keys(def?.patternProperties ?? {})).toContain("^x-");
  });

  it("lists the same cache presets as the checker", () => {
    expect(schema.$defs["cache"]?.properties?.["preset"]?.enum?.sort()).toEqual(Object.keys(PRESETS).sort());
  });
});
