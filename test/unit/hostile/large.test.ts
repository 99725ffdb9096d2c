// The hostile-input suite, generated large cases (generate.ts). Each runs in a child process
// with a 500 MB heap limit (`--max-old-space-size=500`) and reports its peak resident memory
// (getrusage maxRSS, the whole process: Node itself included) and the CPU time of check +
// compile in that process. Asserted: no problem (see harness.ts), under 500 MB resident, the
// expected diagnostics, and linear time: the case costs at most twice the linear extrapolation
// of the same shape at a tenth of its size (a quadratic walk costs ten times that). The time is
// compared within one run because an absolute bound is a statement about the machine: on a
// busy 2-core box the yaml library alone takes 1 to 1.5 s to parse a 10,000-stage file, and a
// 10,000-stage chain (10,000 ops marshalled and hashed) costs 2 to 6 s of CPU. Small cases are
// held to 2 s each in hostile.test.ts.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const bundle = join(root, "node_modules", ".cache", "hier-hostile", `child-${process.pid}.mjs`);

beforeAll(async () => {
  mkdirSync(join(bundle, ".."), { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, "child.ts")],
    bundle: true, format: "esm", platform: "node", packages: "external", outfile: bundle, logLevel: "error",
  });
}, 60_000);

interface Report {
  problems: string[];
  checkCodes: string[];
  compiled: boolean;
  cpuMs: number;
  yamlCpuMs: number;
  wallMs: number;
  maxRssMb: number;
}

function runChild(shape: string, n: number): Report {
  const r = spawnSync(process.execPath, ["--max-old-space-size=500", bundle, shape, String(n)], { encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`child ${shape} ${n} exited ${r.status} ${r.signal ?? ""}: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as Report;
}

/**
 * Shape, size, the diagnostic codes check reports (undefined: some error, its code is the
 * parser's to choose), whether it compiles.
 */
const CASES: readonly [string, number, string[] | undefined, boolean][] = [
  ["chain", 10_000, [], true],
  ["reverseChain", 10_000, [], true],
  ["cycle", 10_000, ["StageCycle"], false],
  ["untaggedImages", 10_000, [], true],
  ["fanOut", 5000, [], true],
  ["runSteps", 3000, [], true],
  ["artifactCopies", 1500, [], true],
  ["longUnknownName", 50_000, undefined, false],
  // 5,000 aliases of a 5,000-item list: 25 million items once expanded; refused by the parser's
  // limit on the expanded size, with an error, not taken in.
  ["aliasFanOut", 5000, undefined, false],
];

describe("hostile inputs, generated large cases", () => {
  it.each(CASES)("%s of %i", (shape, n, codes, compiles) => {
    const report = runChild(shape, n);
    console.log(`${shape} ${n}: cpu ${report.cpuMs.toFixed(0)} ms (yaml parse alone ${report.yamlCpuMs.toFixed(0)} ms), ` +
      `wall ${report.wallMs.toFixed(0)} ms, peak RSS ${report.maxRssMb.toFixed(0)} MB`);
    expect(report.problems).toEqual([]);
    if (codes) expect(report.checkCodes).toEqual(codes);
    else expect(report.checkCodes.length).toBeGreaterThan(0);
    expect(report.compiled).toBe(compiles);
    expect(report.maxRssMb).toBeLessThan(500);
    // Linear: at most twice ten times the cost of a tenth of the case (which also pays the
    // fixed costs: JIT, the first marshal), with 200 ms of slack for the smallest shapes.
    const small = Math.max(1, Math.round(n / 10));
    const tenth = runChild(shape, small);
    expect(tenth.problems).toEqual([]);
    expect(report.cpuMs, `${shape} ${n}: cpu ${report.cpuMs.toFixed(0)} ms; ${shape} ${small}: ${tenth.cpuMs.toFixed(0)} ms`).toBeLessThan(2 * 10 * tenth.cpuMs + 200);
  }, 130_000);
});
