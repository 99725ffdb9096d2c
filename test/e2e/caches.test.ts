// Portable caches (docs/caches.md, issue 10) on the todobackend example, through the real engine:
// a cold build exported as a cache tree downloads its packages (the control); after
// `docker builder prune -af` a build seeded from that tree downloads none, and its steps have the
// cache keys of an unseeded build (an unseeded build right after it is fully cached). The tree is
// also pushed to the local registry as an image and a pruned build seeded from it downloads none,
// and written as an OCI layout that seeds through oci-layout://.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE,
  FRONTEND_IMAGE,
  REGISTRY_SKIP_REASON,
  buildx,
  buildxWarnings,
  docker,
  imageStore,
  mustSucceed,
  registryAvailable,
  repo,
  requireEngine,
  runCommand,
  tagTracker,
  tempContext,
  type BuildResult,
} from "./helpers/index.ts";

const { tagFor, removeAll } = tagTracker();
const root = fileURLToPath(new URL("../..", import.meta.url));
const ctx = tempContext({});
const tag = tagFor("caches-todobackend");
const exported = join(mkdtempSync(join(tmpdir(), "hier-caches-")), "tree");

beforeAll(() => {
  requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  cpSync(join(root, "examples/todobackend"), ctx, { recursive: true });
});
afterAll(() => removeAll());

/** `Get:N …` lines: one per package apt downloads (`apt-get update -qq` prints none). */
function debsFetched(res: BuildResult): number {
  return (res.log.match(/\bGet:\d+ /g) ?? []).length;
}

/** pip's download lines (it installs from local wheels only: PyPI cannot be reached here). */
function pipDownloads(res: BuildResult): number {
  return (res.log.match(/\bDownloading \S+/g) ?? []).length;
}

const build = (extra: string[]): Promise<BuildResult> => buildx(["-f", "hier.yaml", ...extra, "."], { cwd: ctx });
const prune = async (): Promise<void> => void mustSucceed(await docker(["builder", "prune", "-af"]));

describe("portable caches (examples/todobackend)", () => {
  let cold: BuildResult;

  beforeAll(async () => {
    await prune();
    cold = mustSucceed(await build(["--build-arg", "HIER_CACHES=export", "--output", `type=local,dest=${exported}`]));
  }, 600_000);

  test("a cold unseeded build downloads the packages, and its export is a cache tree", () => {
    expect(debsFetched(cold), cold.log).toBeGreaterThan(10);
    const manifest = JSON.parse(readFileSync(join(exported, "hier-caches.json"), "utf8")) as {
      format: string;
      caches: { name: string; id: string; dir: string; stages: string[]; bytes: number }[];
    };
    expect(manifest.format).toBe("hier-caches/v1");
    const byId = new Map(manifest.caches.map((c) => [c.id, c]));
    const archives = byId.get("hier/apt/archives/debian-bookworm/linux-amd64");
    expect(archives?.stages).toEqual(["base", "builder"]);
    expect(archives?.dir).toBe("hier%2Fapt%2Farchives%2Fdebian-bookworm%2Flinux-amd64");
    expect(archives?.bytes).toBeGreaterThan(1_000_000);
    // release's steps run as base's user (root): one pip cache for both stages.
    expect(byId.get("hier/pip/cache/debian-bookworm/linux-amd64")?.stages).toEqual(["builder", "release"]);
    expect(readdirSync(exported).sort()).toEqual([...manifest.caches.map((c) => c.dir), "hier-caches.json"].sort());
    const debs = readdirSync(join(exported, archives?.dir ?? "", "hier-archives"));
    expect(debs.filter((f) => f.endsWith(".deb")).length).toBe(debsFetched(cold));
    // What must not travel: apt's lock files and partial downloads.
    expect(debs).not.toContain("partial");
    expect(debs).not.toContain("lock");
    const lists = byId.get("hier/apt/lists/debian-bookworm/linux-amd64");
    expect(readdirSync(join(exported, lists?.dir ?? ""))).not.toContain("lock");
  });

  test("an export prints the sizes, at its export step", async () => {
    // Warm after the cold build: only the export step runs again (its nonce), and the warning is
    // read from the progress stream (buildxWarnings says why not from buildx's list).
    const again = join(exported, "..", "again");
    const res = mustSucceed(await buildxWarnings(["-f", "hier.yaml", "--build-arg", "HIER_CACHES=export", "--output", `type=local,dest=${again}`, "."], { cwd: ctx }));
    const sizes = res.warnings.filter((w) => w.text.startsWith("hier: exported "));
    expect(sizes, JSON.stringify(res.warnings)).toHaveLength(1);
    expect(sizes[0]?.text).toMatch(/^hier: exported 3 caches, [\d.]+ MiB: hier\/apt\/archives\/\S+ [\d.]+ MiB, /);
    expect(sizes[0]?.step).toMatch(/^\[hier\] export caches: hier\/apt\/archives\//);
  });

  test("the target's LLB is byte-identical with the seed context", async () => {
    const llb = (extra: string[]) => runCommand("node", [join(root, "dist/hier.mjs"), "llb", "hier.yaml", "--format", "pb", ...extra], { cwd: ctx });
    const plain = mustSucceed(await llb([]));
    const seeded = mustSucceed(await llb(["--build-context", `hier-caches=${exported}`]));
    expect(seeded.stdout.length).toBeGreaterThan(1000);
    expect(seeded.stdout).toBe(plain.stdout);
  });

  test("after a prune, a build seeded from the directory downloads nothing, with the same cache keys", async () => {
    await prune();
    const seeded = mustSucceed(await build(["--build-context", `hier-caches=${exported}`, "-t", tag]));
    expect(debsFetched(seeded), seeded.log).toBe(0);
    expect(pipDownloads(seeded)).toBe(0);
    expect(seeded.steps.ran).toContain("[base 2/4] APT python3 python3-venv tini");
    // The seeded build's steps are the unseeded build's: without the seed, everything is cached.
    const again = mustSucceed(await build(["-t", tag]));
    expect(again.steps.fullyCached, again.steps.ran.join("\n")).toBe(true);
  }, 600_000);

  const pushedTitle = "pushed to the registry as an image, it seeds a pruned build";
  test.skipIf(!registryAvailable)(registryAvailable ? pushedTitle : `${pushedTitle} (skipped: ${REGISTRY_SKIP_REASON})`, async () => {
    const image = `${repo("caches")}:todobackend`;
    const pushed = mustSucceed(await build(["--build-arg", "HIER_CACHES=export", "--output", `type=image,name=${image},push=true`]));
    expect(pushed.steps.fullyCached || pushed.steps.ran.every((n) => !n.startsWith("[base"))).toBe(true);
    await prune();
    const seeded = mustSucceed(await build(["--build-context", `hier-caches=docker-image://${image}`]));
    expect(debsFetched(seeded), seeded.log).toBe(0);
    expect(seeded.log).toContain("[hier] seed caches");
  }, 600_000);

  test("exported as an OCI layout, it seeds from oci-layout://", async (t) => {
    // The classic store's builder has neither the OCI exporter nor the oci-layout source.
    t.skip((await imageStore()) !== "containerd", "oci-layout needs the containerd image store; the containerd pass runs this");
    const layout = join(mkdtempSync(join(tmpdir(), "hier-caches-oci-")), "layout");
    mustSucceed(await build(["--build-arg", "HIER_CACHES=export", "--output", `type=oci,dest=${layout},tar=false`]));
    const index = JSON.parse(readFileSync(join(layout, "index.json"), "utf8")) as { manifests: { digest: string }[] };
    const digest = index.manifests[0]?.digest ?? "";
    const seeded = mustSucceed(await build(["--build-context", `hier-caches=oci-layout://${layout}@${digest}`]));
    expect(seeded.log).toContain(`[context hier-caches] FROM oci-layout ${digest}`);
    // The manifest was read from the layout (else: not a cache tree); the caches are full, so
    // nothing is copied and every step is the unseeded build's.
    expect(seeded.log).toContain("[hier] seed caches");
    expect(seeded.steps.fullyCached).toBe(true);
  });

  test("a seed that is not a cache tree is an error naming the context", async () => {
    const empty = mkdtempSync(join(tmpdir(), "hier-not-a-tree-"));
    const bad = await build(["--build-context", `hier-caches=${empty}`]);
    expect(bad.code).not.toBe(0);
    expect(bad.log).toMatch(/the build context hier-caches \(.*\) is not a cache tree: it has no hier-caches\.json/);
    expect(existsSync(exported)).toBe(true);
  });
});
