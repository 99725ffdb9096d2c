/**
 * Runs one generated large case in its own process, for large.test.ts: `node child.mjs SHAPE N`
 * prints one JSON line with the outcome's problems, the CPU time of check + compile (the
 * process's own, so other processes on the machine do not count), the CPU time of the yaml
 * library's bare parse of the same text, the wall time, and the process's peak resident memory. Run with `--max-old-space-size=500`, a heap blow-up kills it.
 */
import { parseDocument } from "yaml";
import * as generate from "./generate.ts";
import { problems, runCase } from "./harness.ts";

const [shape = "", size = "0"] = process.argv.slice(2);
const make = (generate as Record<string, unknown>)[shape];
if (typeof make !== "function") throw new Error(`unknown shape ${shape}`);
const text = (make as (n: number) => string)(Number(size));
// The yaml library's own parse of the same text, in this fresh process, as the yardstick of
// what this machine does in a unit of time (large.test.ts explains the bound).
const y0 = process.cpuUsage();
parseDocument(text, { uniqueKeys: false });
const y = process.cpuUsage(y0);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const outcome = await runCase(text, `${shape}-${size}.yaml`);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
process.stdout.write(JSON.stringify({
  problems: problems(outcome, text),
  checkCodes: [...new Set(outcome.check.map((d) => d.code))],
  compiled: outcome.compile !== undefined,
  cpuMs: (cpu.user + cpu.system) / 1000,
  yamlCpuMs: (y.user + y.system) / 1000,
  wallMs,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}) + "\n");
