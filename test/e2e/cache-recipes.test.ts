// The CI recipes of docs/caches.md, run as written against the real engine on a small family
// (two stages, the apt cache): the GitHub Actions job's script on a pruned builder (a fresh
// runner: it downloads the packages and exports the tree), then GitLab's script on a pruned
// builder with that tree restored (it downloads no package), then the registry variant twice:
// the first run finds no image and pushes one, the second seeds from it (test/e2e/caches.test.ts
// shows a pruned build seeded from an image downloads nothing). `actions/cache`
// and GitLab's `cache:` are played by copying the directory; `hier` is this checkout's bundle.
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE,
  FRONTEND_IMAGE,
  REGISTRY_SKIP_REASON,
  docker,
  mustSucceed,
  registryAvailable,
  removeImages,
  repo,
  requireEngine,
  runCommand,
  tempContext,
  type CommandResult,
} from "./helpers/index.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const doc = readFileSync(join(root, "docs/caches.md"), "utf8");

/** The yaml blocks of the section under `heading`, unindented. */
function yamlBlocks(heading: string): string[] {
  const at = doc.indexOf(`\n${heading}\n`);
  // The next heading (`#` lines inside the yaml blocks are comments, not headings).
  const end = doc.slice(at + heading.length + 2).search(/\n#{2,3} /);
  const section = doc.slice(at, end < 0 ? undefined : at + heading.length + 2 + end);
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
}

interface Step {
  run?: string;
  env?: Record<string, string>;
}
const [workflow = "", registryStep = ""] = yamlBlocks("### GitHub Actions");
const github = (parse(workflow) as { jobs: { images: { steps: Step[] } } }).jobs.images.steps.filter((s) => s.run);
const registry = (parse(registryStep.replace(/^ {6}/gm, "")) as Step[])[0];
const gitlab = (parse(yamlBlocks("### GitLab CI")[0] ?? "") as { images: { script: string[]; cache: { paths: string[] } } }).images;

const version = `v${Date.now().toString(36)}`;
const family = `# syntax=org/hier-frontend
name: recipe
namespace: hier-e2e-recipes
version: "${version}"
caches: { apt: apt }
stages:
  base: { role: base, from: debian:bookworm-slim, packages: [tini] }
  app: { role: runtime, from: base, run: tini --version > /tini-version }
`;

const bin = tempContext({});
const workspace = (): string => tempContext({ "hier.yaml": family });

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  writeFileSync(join(bin, "hier"), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "dist/hier.mjs")}" "$@"\n`);
  chmodSync(join(bin, "hier"), 0o755);
});
afterAll(() => removeImages(["base", "app"].map((s) => `hier-e2e-recipes/recipe-${s}:${version}`)));

/** Runs a recipe's script with bash, as a CI runner does, in `cwd`. */
function runScript(script: string, cwd: string, env: Record<string, string> = {}): Promise<CommandResult> {
  return runCommand("bash", ["-e", "-o", "pipefail", "-c", script], {
    cwd,
    env: { PATH: `${bin}:${process.env["PATH"] ?? ""}`, BUILDKIT_PROGRESS: "plain", NO_COLOR: "1", ...env },
  });
}

/** The seed exec's progress line (bake names it after its target: `[base hier] seed caches: …`). */
const SEEDED = /^#\d+ \[\S+ hier\] seed caches: /m;
/** apt's `Get:N …` lines: one per package downloaded. */
const debsFetched = (r: CommandResult): number => (r.log.match(/\bGet:\d+ /g) ?? []).length;
const prune = async (): Promise<void> => void mustSucceed(await docker(["builder", "prune", "-af"]));

function manifestIds(dir: string): string[] {
  const m = JSON.parse(readFileSync(join(dir, "hier-caches.json"), "utf8")) as { caches: { id: string }[] };
  return m.caches.map((c) => c.id);
}

describe("docs/caches.md's CI recipes", () => {
  test("show the scripts this test runs", () => {
    const lines = [
      "hier bake hier.yaml --caches -o docker-bake.hcl",
      "if [ -f .hier-caches/hier-caches.json ]; then export HIER_CACHES_FROM=.hier-caches; fi",
      "HIER_CACHES_TO=.hier-caches.new docker buildx bake default hier-caches",
      "rm -rf .hier-caches && mv .hier-caches.new .hier-caches",
    ];
    expect(github.map((s) => s.run?.trimEnd().split("\n"))).toEqual([lines]);
    expect(gitlab.script).toEqual(lines);
    expect(gitlab.cache.paths).toEqual([".hier-caches/"]);
    expect(registry?.run).toContain('--set "hier-caches.output=type=image,name=$CACHES,push=true"');
  });

  let first: string;
  test("GitHub Actions, first run on a fresh runner: downloads the packages, exports the tree", async () => {
    await prune();
    first = workspace();
    const r = await runScript(github[0]?.run ?? "", first);
    expect(r.code, r.log).toBe(0);
    expect(debsFetched(r), r.log).toBeGreaterThan(0);
    expect(manifestIds(join(first, ".hier-caches"))).toEqual(["hier/apt/archives/debian-bookworm/linux-amd64", "hier/apt/lists/debian-bookworm/linux-amd64"].map((id) => id.replace("amd64", archOf())));
    expect(existsSync(join(first, ".hier-caches.new"))).toBe(false);
  });

  test("GitLab CI on a fresh runner with the cache restored: downloads no package", async () => {
    await prune();
    const ws = workspace();
    cpSync(join(first, ".hier-caches"), join(ws, ".hier-caches"), { recursive: true });
    const r = await runScript(gitlab.script.join("\n"), ws);
    expect(r.code, r.log).toBe(0);
    expect(r.log).toMatch(SEEDED);
    expect(debsFetched(r), r.log).toBe(0);
    expect(manifestIds(join(ws, ".hier-caches")).length).toBe(2);
  });

  test.skipIf(!registryAvailable)(`the registry variant: the first run pushes the tree as an image, the next seeds from it (${REGISTRY_SKIP_REASON})`, async () => {
    const env = { CACHES: `${repo("recipe-caches")}:main` };
    const ws = workspace();
    const push = await runScript(registry?.run ?? "", ws, env);
    expect(push.code, push.log).toBe(0);
    expect(push.log).not.toMatch(SEEDED);
    const manifest = mustSucceed(await docker(["buildx", "imagetools", "inspect", "--raw", env.CACHES]));
    expect(manifest.stdout).toMatch(/"(layers|manifests)"/);
    const seeded = await runScript(registry?.run ?? "", ws, env);
    expect(seeded.code, seeded.log).toBe(0);
    expect(seeded.log).toMatch(SEEDED);
    expect(debsFetched(seeded), seeded.log).toBe(0);
  });
});

/** This machine's Debian architecture, as cache ids spell it. */
function archOf(): string {
  return process.arch === "x64" ? "amd64" : process.arch;
}
