// The hostile-input suite, small cases: every test/fixtures/hostile/*.yaml file and cases derived
// from the shipped graphs (derive.ts) go through check and, when check passes, compile (`hier
// llb`'s path). None may end in an InternalError or an exception, every compile error carries a
// real position, every range lies in the file, and each case takes under 2 s. The generated
// large cases are in large.test.ts, the seeded line mutations in mutations.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldenCases, truncatedCases, wrongTypeCases, type DerivedCase } from "./derive.ts";
import { problems, runCase } from "./harness.ts";

const dir = join(import.meta.dirname, "../../fixtures/hostile");
const files: DerivedCase[] = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));

/** Every case of the suite (the large generated ones are counted in large.test.ts). */
export const CASES: DerivedCase[] = [...files, ...goldenCases(), ...truncatedCases(), ...wrongTypeCases()];

describe("hostile inputs", () => {
  it("has at least 250 cases with the generated large ones", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(CASES.length + 10).toBeGreaterThanOrEqual(250);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const t0 = performance.now();
    const outcome = await runCase(c.text);
    const ms = performance.now() - t0;
    expect(problems(outcome, c.text)).toEqual([]);
    expect(ms).toBeLessThan(2000);
  });
});
