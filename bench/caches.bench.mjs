#!/usr/bin/env node
// Benchmark: portable caches on the stages/ family (issue 10). One `docker buildx bake` of the
// whole family on a pruned builder, unseeded (every package downloaded), then its export, then
// the same bake on a pruned builder seeded from that export. Prints both wall times, their ratio,
// the .deb files apt downloaded in each, and the exported size of every cache.
//   node bench/caches.bench.mjs [TARGET...]   (default: the family's default group; needs Docker,
//                                              org/hier-frontend:latest, debian:bookworm-slim and
//                                              dist/hier.mjs; prunes the build cache: hold the lock)
// The bakes write no image (`output=type=cacheonly`): the times are the builds'. One round each:
// a cold build of the family downloads some 150 MB; timings are noisy on 2 cores.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const targets = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "hier-bench-caches-"));
const bakeFile = join(dir, "docker-bake.hcl");
const tree = join(dir, "tree");

function run(cmd, args, env = {}) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, BUILDKIT_PROGRESS: "plain", NO_COLOR: "1", ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${(res.stderr ?? "").slice(-3000)}`);
  return { ms, log: `${res.stdout}${res.stderr}` };
}

const debs = (log) => (log.match(/\bGet:\d+ /g) ?? []).length;
const prune = () => run("docker", ["builder", "prune", "-af"]);
const family = (env) => run("docker", ["buildx", "bake", "-f", bakeFile, ...(targets.length ? targets : ["default"]), "--set", "*.output=type=cacheonly"], env);

run(process.execPath, [join(root, "dist/hier.mjs"), "bake", join(root, "stages/hier.yaml"), "--context", join(root, "stages"), "--caches", "-o", bakeFile]);

prune();
const cold = family({});
// The export waits for every target (built again from the cache); none of them writes an image.
const exported = run("docker", ["buildx", "bake", "-f", bakeFile, "hier-caches", "--set", "*.output=type=cacheonly", "--set", `hier-caches.output=type=local,dest=${tree}`]);
prune();
const seeded = family({ HIER_CACHES_FROM: tree });

const manifest = JSON.parse(readFileSync(join(tree, "hier-caches.json"), "utf8"));
const mib = (n) => `${(n / 1048576).toFixed(1)} MiB`;
console.log(`stages/ family (${targets.length ? targets.join(", ") : "default group"}), docker buildx bake on a pruned builder:`);
console.log("build            wall (s)   .deb downloaded");
console.log(`cold, unseeded   ${(cold.ms / 1000).toFixed(1).padStart(8)}   ${String(debs(cold.log)).padStart(15)}`);
console.log(`cold, seeded     ${(seeded.ms / 1000).toFixed(1).padStart(8)}   ${String(debs(seeded.log)).padStart(15)}`);
console.log(`ratio seeded / unseeded: ${(seeded.ms / cold.ms).toFixed(2)}; the export took ${(exported.ms / 1000).toFixed(1)} s`);
console.log("exported caches:");
for (const c of manifest.caches) console.log(`  ${mib(c.bytes).padStart(10)}  ${c.id}  (${c.stages.join(", ")})`);
console.log(`  ${mib(manifest.caches.reduce((n, c) => n + c.bytes, 0)).padStart(10)}  in all`);
