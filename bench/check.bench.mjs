#!/usr/bin/env node
// Benchmark: parse + check a generated stage graph of N stages (default 1,000).
//   node bench/check.bench.mjs [N]
// Bundles frontend/config and frontend/graph with esbuild (Node 20 cannot import .ts), generates
// the file (see `generate`), and prints the time of each phase, the median of several runs.
// Target: well under 1 s for 1,000 stages. Most of the parse time is the `yaml` library's.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "node_modules", ".cache", "hier-bench", "graph.mjs");
mkdirSync(dirname(out), { recursive: true });
await build({
  stdin: {
    contents: 'export { parseConfig } from "./frontend/config/index.ts"; export { checkGraph } from "./frontend/graph/index.ts";',
    resolveDir: root, loader: "ts",
  },
  bundle: true, format: "esm", platform: "node", packages: "external", outfile: out, logLevel: "error",
});
const { parseConfig, checkGraph } = await import(pathToFileURL(out).href);

/**
 * A stage-graph file with `n` stages: s0 is the base; build stages derive from earlier stages in
 * a tree of fan-out 3; every fifth stage is a runtime stage on the base that mounts the artifact
 * of the build stage before it.
 */
export function generate(n) {
  const lines = [
    "# syntax=org/hier-frontend", "name: bench", "namespace: acme", 'version: "1.0"',
    "args:", '  DEBIAN: "bookworm"', "caches:", "  apt: apt", "  pip: pip", "stages:",
  ];
  for (let i = 0; i < n; i++) {
    const role = i === 0 ? "base" : i % 5 === 0 ? "runtime" : "build";
    lines.push(`  s${i}:`, `    role: ${role}`);
    if (i === 0) lines.push("    from: debian:${DEBIAN}-slim", "    env: { LANG: C.UTF-8 }", "    packages: [ca-certificates]");
    else if (role === "runtime") {
      lines.push("    from: s0", "    run:", "      - sh: install /a/* /usr/local/bin/", `        mounts: [{ artifact: s${i - 1}.out, target: /a }]`);
      lines.push(`    expose: [${8000 + (i % 1000)}]`, `    cmd: [app-${i}]`, `    test: [app-${i} --version]`);
    } else {
      lines.push(`    from: s${i < 5 ? 0 : Math.floor((i - 1) / 3)}`, `    packages: [pkg-${i}]`, "    caches: [pip]");
      lines.push(`    copy: ["src/s${i}/ /src/s${i}/"]`, `    run: make -C /src/s${i} install DESTDIR=/out/s${i}`);
      if ((i + 1) % 5 === 0) lines.push(`    artifacts: { out: /out/s${i} }`);
    }
  }
  return lines.join("\n") + "\n";
}

const n = Number(process.argv[2] ?? 1000);
const text = generate(n);
const runs = [];
for (let r = 0; r < 7; r++) {
  const t0 = performance.now();
  const parsed = parseConfig(text, "bench.yaml");
  const t1 = performance.now();
  const { graph, diagnostics } = checkGraph(parsed);
  const t2 = performance.now();
  if (!graph) throw new Error(`generated file has errors: ${diagnostics.slice(0, 3).map((d) => d.message).join("; ")}`);
  runs.push({ parse: t1 - t0, check: t2 - t1, total: t2 - t0, warnings: diagnostics.length, stages: graph.stages.length });
}
const median = (k) => runs.map((x) => x[k]).sort((a, b) => a - b)[runs.length >> 1];
const last = runs[runs.length - 1];
console.log(`${last.stages} stages, ${(text.length / 1024).toFixed(0)} KiB, ${last.warnings} warnings`);
console.log(`parse ${median("parse").toFixed(1)} ms, check ${median("check").toFixed(1)} ms, total ${median("total").toFixed(1)} ms (median of ${runs.length}; first run ${runs[0].total.toFixed(1)} ms)`);
