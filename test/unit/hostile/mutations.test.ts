// The hostile-input suite, mutated cases: the shipped graphs and the golden fixtures, each edited
// at one to three lines (a line deleted, repeated elsewhere, indented, a value replaced by a
// hostile token, a token inserted, a word swapped for one from another line), from a fixed seed
// so a failure is the same on every run. Each outcome is held to the suite's rules (harness.ts);
// a failure names the case's number and shows its text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SHIPPED, goldenCases } from "./derive.ts";
import { problems, runCase } from "./harness.ts";
import { generator, mutate } from "./mutate.ts";

const repo = join(import.meta.dirname, "../../..");
const SEEDS = [...SHIPPED.map((p) => readFileSync(join(repo, p), "utf8")), ...goldenCases().map((c) => c.text)];

const CASES = 600;

it(`${CASES} mutated shipped graphs and fixtures: no exception, no InternalError, every error at a real position`, { timeout: 60_000 }, async () => {
  const pick = generator(20261202);
  const found: string[] = [];
  for (let n = 0; n < CASES; n++) {
    const text = mutate(SEEDS[pick(SEEDS.length)]!, pick);
    for (const p of problems(await runCase(text), text)) found.push(`case ${n}: ${p}\n--- text ---\n${text}`);
  }
  expect(found).toEqual([]);
});
