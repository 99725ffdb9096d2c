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

const repo = join(import.meta.dirname, "../../..");
const SEEDS = [...SHIPPED.map((p) => readFileSync(join(repo, p), "utf8")), ...goldenCases().map((c) => c.text)];

/** What a value or an insertion becomes: YAML's awkward corners and hier's own grammar's. */
const TOKENS = [
  "", "~", "null", "[]", "{}", "-1", "0", "1e999", '""', "*a", "&a x", "<<: *a", "../..", "/", "${X}", "${", "a:b:c",
  "@sha256:zz", "\t", "!!binary AA", "? x", "- ", ": ", '"\\u0000"', "true", "linux/arm64/v9", "0o777", "-0",
  "9999999999999999999", "'", "|", ">-",
];

const CASES = 600;

/** A linear congruential generator: the same cases on every run. */
function generator(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

function mutate(text: string, pick: (n: number) => number): string {
  const lines = text.split("\n");
  const any = (): string => lines[pick(lines.length)] ?? "";
  for (let edits = 1 + pick(3); edits > 0; edits--) {
    const i = pick(lines.length);
    const line = lines[i] ?? "";
    switch (pick(6)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, any());
        break;
      case 2: {
        const colon = line.indexOf(": ");
        if (colon >= 0) lines[i] = line.slice(0, colon + 2) + TOKENS[pick(TOKENS.length)];
        break;
      }
      case 3: {
        const at = pick(line.length + 1);
        lines[i] = line.slice(0, at) + TOKENS[pick(TOKENS.length)] + line.slice(at);
        break;
      }
      case 4:
        lines[i] = `  ${line}`;
        break;
      case 5: {
        const words = line.match(/[A-Za-z][\w.-]*/g);
        const others = any().match(/[A-Za-z][\w.-]*/g);
        if (words?.length && others?.length) lines[i] = line.replace(words[pick(words.length)]!, others[pick(others.length)]!);
        break;
      }
    }
  }
  return lines.join("\n");
}

it(`${CASES} mutated shipped graphs and fixtures: no exception, no InternalError, every error at a real position`, { timeout: 60_000 }, async () => {
  const pick = generator(20261202);
  const found: string[] = [];
  for (let n = 0; n < CASES; n++) {
    const text = mutate(SEEDS[pick(SEEDS.length)]!, pick);
    for (const p of problems(await runCase(text), text)) found.push(`case ${n}: ${p}\n--- text ---\n${text}`);
  }
  expect(found).toEqual([]);
});
