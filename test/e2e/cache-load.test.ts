// Load on the shared `locked` apt cache (issue 10), the light version: four bakes of a two-stage
// family at once, each with its own ROUND value in the root stage's env, so the apt step of
// every bake runs (nothing comes from the layer cache, nothing is deduplicated between the
// bakes) on the one apt cache; then the family's export. No bake fails, and the exported cache is
// consistent: the manifest's directories and nothing else, every .deb whole (dpkg-deb reads it),
// no lock or partial download. bench/caches-load.bench.mjs runs the full ten rounds.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, bake, mustSucceed, removeImages, requireEngine, runCommand, tempContext } from "./helpers/index.ts";

const ROUNDS = 1;
const BAKES = 4;
const root = fileURLToPath(new URL("../..", import.meta.url));
const version = `v${Date.now().toString(36)}`;
const family = `# syntax=org/hier-frontend
name: load
namespace: hier-e2e-load
version: "${version}"
args: { ROUND: "0" }
caches: { apt: apt }
stages:
  base: { role: base, from: debian:bookworm-slim, env: { ROUND: "\${ROUND}" }, packages: [tini] }
  app: { role: runtime, from: base, run: tini --version > /tini-version }
`;
const ctx = tempContext({ "hier.yaml": family });
const tree = join(ctx, "tree");

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  mustSucceed(await runCommand(process.execPath, [join(root, "dist/hier.mjs"), "bake", "hier.yaml", "--caches", "-o", "docker-bake.hcl"], { cwd: ctx }));
});
afterAll(() => removeImages(["base", "app"].map((s) => `hier-e2e-load/load-${s}:${version}`)));

describe("the locked apt cache under load", () => {
  test(`${BAKES} family bakes at once, ${ROUNDS} round(s): none fails; the export stays consistent`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const runs = await Promise.all(
        Array.from({ length: BAKES }, (_, i) => bake(["default", "--set", "*.output=type=cacheonly"], { cwd: ctx, env: { ROUND: `${round}-${i}-${version}` } })),
      );
      for (const r of runs) {
        expect(r.code, r.log).toBe(0);
        // The apt step ran in every bake (none came from the layer cache or another bake).
        expect(r.steps.ran.filter((n) => / APT /.test(n)).length, r.steps.ran.join("\n")).toBe(1);
      }
    }
    // The export waits for the family's targets (built again from the cache), writing no image.
    // With the last bake's ROUND, so the export's closure comes from the layer cache.
    const last = { ROUND: `${ROUNDS}-${BAKES - 1}-${version}` };
    mustSucceed(await bake(["hier-caches", "--set", "*.output=type=cacheonly", "--set", `hier-caches.output=type=local,dest=${tree}`], { cwd: ctx, env: last }));
    const manifest = JSON.parse(readFileSync(join(tree, "hier-caches.json"), "utf8")) as { caches: { id: string; dir: string; stages: string[] }[] };
    expect(readdirSync(tree).sort()).toEqual(["hier-caches.json", ...manifest.caches.map((c) => c.dir)].sort());
    const archives = manifest.caches.find((c) => c.id.startsWith("hier/apt/archives/"));
    expect(archives?.stages).toEqual(["base"]);
    const dir = join(tree, archives?.dir ?? "", "hier-archives");
    const debs = readdirSync(dir);
    expect(debs).not.toContain("partial");
    expect(debs).not.toContain("lock");
    for (const pkg of ["tini"]) expect(debs.some((f) => f.startsWith(`${pkg}_`) && f.endsWith(".deb")), `${pkg} in ${debs.join(" ")}`).toBe(true);
    for (const deb of debs.filter((f) => f.endsWith(".deb"))) {
      // A torn or half-written archive fails here.
      expect(() => execFileSync("dpkg-deb", ["--info", join(dir, deb)], { stdio: "ignore" }), deb).not.toThrow();
    }
  });
});
