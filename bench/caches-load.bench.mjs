#!/usr/bin/env node
// Load on the shared `locked` apt cache (issue 10), the full version of test/e2e/cache-load.test.ts:
// BAKES bakes of a small family at once, ROUNDS rounds, each bake with its own ROUND value in the
// root stage's env so every apt step of every bake runs on the one apt cache; then the family's
// export, checked for consistency (the manifest's directories only, every .deb readable by
// dpkg-deb, no lock or partial download). Prints each round's wall time and any failure.
//   node bench/caches-load.bench.mjs [ROUNDS=10] [BAKES=4]   (needs Docker, org/hier-frontend:latest,
//                                                              debian:bookworm-slim, dist/hier.mjs)
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const rounds = Number(process.argv[2] ?? 10);
const bakes = Number(process.argv[3] ?? 4);
const root = resolve(import.meta.dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "hier-bench-load-"));
const tree = join(dir, "tree");
const tag = Date.now().toString(36);
writeFileSync(join(dir, "hier.yaml"), `# syntax=org/hier-frontend
name: load
namespace: hier-bench-load
version: "${tag}"
args: { ROUND: "0" }
caches: { apt: apt }
stages:
  base: { role: base, from: debian:bookworm-slim, env: { ROUND: "\${ROUND}" }, packages: [tini] }
  app: { role: runtime, from: base, run: tini --version > /tini-version }
`);
execFileSync(process.execPath, [join(root, "dist/hier.mjs"), "bake", "hier.yaml", "--caches", "-o", "docker-bake.hcl"], { cwd: dir });

function bake(args, env = {}) {
  return new Promise((done) => {
    const child = spawn("docker", ["buildx", "bake", "--progress=plain", ...args], { cwd: dir, env: { ...process.env, NO_COLOR: "1", ...env } });
    let log = "";
    child.stdout.on("data", (b) => (log += b));
    child.stderr.on("data", (b) => (log += b));
    child.on("close", (code) => done({ code, log }));
  });
}

let failures = 0;
console.log(`${bakes} bakes at once of a two-stage family (one apt step each) on one locked apt cache:`);
for (let round = 1; round <= rounds; round++) {
  const t0 = Date.now();
  const runs = await Promise.all(Array.from({ length: bakes }, (_, i) => bake(["default", "--set", "*.output=type=cacheonly"], { ROUND: `${round}-${i}-${tag}` })));
  const failed = runs.filter((r) => r.code !== 0);
  failures += failed.length;
  // Distinct apt vertices of each bake (bake names them `[TARGET STAGE i/n] APT …`, maybe twice).
  const apt = runs.map((r) => new Set([...r.log.matchAll(/^#(\d+) \[[^\]]*\d+\/\d+\] APT /gm)].map((m) => m[1])).size);
  console.log(`round ${String(round).padStart(2)}: ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s, apt steps run ${apt.join("+")}, failed ${failed.length}`);
  for (const f of failed) console.log(f.log.slice(-2000));
}
const exported = await bake(["hier-caches", "--set", "*.output=type=cacheonly", "--set", `hier-caches.output=type=local,dest=${tree}`]);
if (exported.code !== 0) throw new Error(`export failed:\n${exported.log.slice(-3000)}`);
const manifest = JSON.parse(readFileSync(join(tree, "hier-caches.json"), "utf8"));
const extra = readdirSync(tree).filter((n) => n !== "hier-caches.json" && !manifest.caches.some((c) => c.dir === n));
const archives = join(tree, manifest.caches.find((c) => c.id.startsWith("hier/apt/archives/")).dir, "hier-archives");
const files = readdirSync(archives);
const torn = files.filter((f) => f.endsWith(".deb")).filter((f) => {
  try {
    execFileSync("dpkg-deb", ["--info", join(archives, f)], { stdio: "ignore" });
    return false;
  } catch {
    return true;
  }
});
const leftovers = files.filter((f) => f === "lock" || f === "partial");
console.log(`failed bakes: ${failures} of ${rounds * bakes}`);
console.log(`export: ${manifest.caches.length} caches, ${files.filter((f) => f.endsWith(".deb")).length} .deb, unreadable ${torn.length}, lock/partial ${leftovers.length}, stray dirs ${extra.length}`);
process.exitCode = failures || torn.length || leftovers.length || extra.length ? 1 : 0;
