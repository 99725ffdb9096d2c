/**
 * The parser's share of the hostile-input cases (test/fixtures/hostile/parser-*.yaml; the suite in
 * test/unit/hostile runs every case through check and llb): parseConfig alone never fails inside.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../frontend/config/index.ts";

const dir = join(import.meta.dirname, "../../fixtures/hostile");
const cases = readdirSync(dir).filter((f) => f.startsWith("parser-") && f.endsWith(".yaml")).sort();

describe("hostile parser cases", () => {
  it("are at least 60", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)("%s parses without an internal error, in under 2 s", (name) => {
    const text = readFileSync(join(dir, name), "utf8");
    const t0 = performance.now();
    const { diagnostics } = parseConfig(text, name);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(diagnostics.filter((d) => d.code === "InternalError")).toEqual([]);
    for (const d of diagnostics) {
      expect(d.range.start).toBeGreaterThanOrEqual(0);
      expect(d.range.end).toBeLessThanOrEqual(text.length);
    }
  });
});
