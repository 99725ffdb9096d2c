#!/usr/bin/env node
// Benchmark: check (parse + checkGraph) and compile (compileTarget with the offline host, the
// `hier llb` path, LLB marshalled) of generated stage graphs of 1k, 5k and 10k stages.
//   node bench/check.bench.mjs [SIZES] [ROUNDS]     e.g. node bench/check.bench.mjs 1000,5000,10000 3
// Shapes (test/unit/hostile/generate.ts): a chain (s_i from s_{i-1}), the chain written in
// reverse, a fan-out (every stage from one base, the last copying from every other), and stages
// from untagged images (each compared with the stage names for "did you mean"). Prints the median
// time of each phase and the time per stage in µs: growth is linear when the per-stage time stays
// flat from 1k to 10k. Bundles the sources with esbuild (Node 20 cannot import .ts).
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "node_modules", ".cache", "hier-bench", "check.mjs");
mkdirSync(dirname(out), { recursive: true });
await build({
  stdin: {
    contents: [
      'export { loadGraph } from "./frontend/graph/index.ts";',
      'export { compileTarget } from "./frontend/compile/index.ts";',
      'export { offlineHost } from "./frontend/cli/offline-host.ts";',
      'export { chain, reverseChain, fanOut, untaggedImages } from "./test/unit/hostile/generate.ts";',
    ].join("\n"),
    resolveDir: root, loader: "ts",
  },
  bundle: true, format: "esm", platform: "node", packages: "external", outfile: out, logLevel: "error",
});
const m = await import(pathToFileURL(out).href);

const sizes = (process.argv[2] ?? "1000,5000,10000").split(",").map(Number);
const rounds = Number(process.argv[3] ?? 3);
const shapes = { chain: m.chain, "reverse chain": m.reverseChain, "fan-out": m.fanOut, "untagged images": m.untaggedImages };
const host = m.offlineHost({
  contextDir: "/nonexistent", platform: { os: "linux", architecture: "amd64" },
  options: { labels: {}, buildArgs: {}, sessionId: "bench", localSessionIds: {} }, contexts: {}, mergeop: true,
});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// One unmeasured run first, so the first row does not pay for compiling the code (JIT).
{
  const { graph } = m.loadGraph(m.chain(1000), "warm-up.yaml");
  await m.compileTarget(graph, graph.defaultTarget, host);
}
console.log("shape            stages   check ms  µs/stage   compile ms  µs/stage   ops");
for (const [shape, generate] of Object.entries(shapes)) {
  for (const n of sizes) {
    const text = generate(n);
    const checks = [];
    const compiles = [];
    let ops = 0;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      const { graph, diagnostics } = m.loadGraph(text, "bench.yaml");
      const t1 = performance.now();
      if (!graph) throw new Error(`${shape} ${n}: ${diagnostics.slice(0, 3).map((d) => d.message).join("; ")}`);
      // The target is the last stage of the file: the whole chain, or one stage of the others.
      const compiled = await m.compileTarget(graph, graph.defaultTarget, host);
      const t2 = performance.now();
      ops = compiled.definition.def?.length ?? 0;
      checks.push(t1 - t0);
      compiles.push(t2 - t1);
    }
    const c = median(checks);
    const k = median(compiles);
    console.log(
      `${shape.padEnd(16)} ${String(n).padStart(6)} ${c.toFixed(0).padStart(10)} ${((c * 1000) / n).toFixed(0).padStart(9)}` +
      ` ${k.toFixed(0).padStart(12)} ${((k * 1000) / n).toFixed(0).padStart(9)} ${String(ops).padStart(6)}`,
    );
  }
}
