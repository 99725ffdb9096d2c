// test/run.sh runs the unit files that hold code to a wall-clock bound in a pass of their own, one
// file at a time (test/unit/wall-clock-files.txt); the others run two at a time. Every file that
// reads a wall clock must be in that list, so no bound is ever measured next to another worker.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

const repo = join(import.meta.dirname, "../../..");
const listed = readFileSync(join(repo, "test/unit/wall-clock-files.txt"), "utf8")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l !== "" && !l.startsWith("#"));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [relative(repo, join(dir, e.name))] : [],
  );
}

test("every unit file that reads a wall clock is in test/unit/wall-clock-files.txt", () => {
  const clocked = testFiles(join(repo, "test/unit")).filter((f) => /performance\.now\(\)|Date\.now\(\)/.test(readFileSync(join(repo, f), "utf8")));
  expect(clocked.length).toBeGreaterThan(0);
  expect(clocked.filter((f) => !listed.includes(f))).toEqual([]);
});

test("every listed file exists, once", () => {
  expect(listed.filter((f) => !existsSync(join(repo, f)))).toEqual([]);
  expect(new Set(listed).size).toBe(listed.length);
});
