// Portable caches through runFrontend with a fake bridge: the seed is solved (and evaluated)
// before the target and leaves the target's definition unchanged; the export returns the tree
// with a manifest carrying the sizes; bad seeds and uncopyable caches fail clearly.
import { describe, expect, it } from "vitest";
import { BridgeError, type Bridge } from "../../../frontend/gateway/client.ts";
import { runFrontend } from "../../../frontend/gateway/frontend.ts";
import type * as M from "../../../frontend/gateway/messages.ts";
import { parseOptions } from "../../../frontend/gateway/options.ts";
import { FORMAT, formatManifest } from "../../../frontend/caches/tree.ts";

const YAML = `caches:
  apt: { preset: apt }
  pip: { preset: pip }
stages:
  base:
    from: debian:bookworm-slim
    packages: [curl]
  app:
    from: base
    caches: [pip]
    run: pip --version
`;

const APT = "hier/apt/archives/debian-bookworm/linux-amd64";
const entry = (id: string) => ({ name: "x", id, preset: "apt", path: "/p", sharing: "locked", dir: encodeURIComponent(id).replace(/%2f/gi, "%2F"), stages: ["base"], bytes: 1 });

function fakeBridge(files: Record<string, string>) {
  const calls = { solves: [] as M.SolveRequest[], warnings: [] as string[], warnedAt: [] as (string | undefined)[] };
  let n = 0;
  const bridge: Bridge = {
    ping: async () => ({
      FrontendAPICaps: ["solve.base", "readfile", "resolveimage", "gateway.warnings"].map((ID) => ({ ID, Enabled: true })),
      LLBCaps: [],
      Workers: [{ platforms: [{ OS: "linux", Architecture: "amd64" }] }],
    }),
    solve: async (req) => {
      calls.solves.push(req);
      return { result: { ref: { id: `ref-${++n}` } } };
    },
    statFile: async (_ref, path) => ({ path, mode: 0o644 }),
    readDir: async () => [], // no `readdir` cap in this engine's Ping: never called
    readFile: async (_ref, path) => {
      const data = files[path];
      if (data === undefined) throw new BridgeError("ReadFile", { code: 2, message: `${path}: not found`, details: [] });
      return Buffer.from(data, "utf8");
    },
    evaluate: async () => undefined,
    resolveImageConfig: async (req) => ({
      Digest: `sha256:${"a".repeat(64)}`,
      Config: Buffer.from(JSON.stringify({ architecture: "amd64", os: "linux", config: {} })),
      Ref: req.Ref,
    }),
    inputs: async () => ({}),
    warn: async (req) => void (calls.warnings.push(Buffer.from(req.short ?? new Uint8Array()).toString("utf8")), calls.warnedAt.push(req.digest)),
    return: async () => undefined,
  };
  return { bridge, calls };
}

const options = (extra: Record<string, string> = {}) => parseOptions(new Map(Object.entries({ filename: "hier.yaml", ...extra })), "sid");
const SEED = { "context:hier-caches": "local:hier-caches" };
const defText = (req: M.SolveRequest | undefined): string => Buffer.concat((req?.Definition?.def ?? []) as Uint8Array[]).toString("latin1");
const targetSolve = (solves: M.SolveRequest[]) => solves.find((s) => defText(s).includes("pip --version") && !defText(s).includes("HIER_CACHES_RUN"));

describe("seeding", () => {
  it("is solved and evaluated before the target, and the target's definition does not change", async () => {
    const manifest = formatManifest({ format: FORMAT, target: "app", platform: "linux/amd64", caches: [entry(APT)] });
    const seeded = fakeBridge({ "hier.yaml": YAML, "hier-caches.json": manifest });
    const res = await runFrontend(seeded.bridge, options(SEED));
    expect(res.error).toBeUndefined();
    const plain = fakeBridge({ "hier.yaml": YAML });
    await runFrontend(plain.bridge, options());
    const target = targetSolve(seeded.calls.solves);
    expect(target?.Definition).toEqual(targetSolve(plain.calls.solves)?.Definition);
    const seedAt = seeded.calls.solves.findIndex((s) => defText(s).includes("ls -A /hier-caches"));
    expect(seedAt).toBeGreaterThanOrEqual(0);
    expect(seeded.calls.solves[seedAt]?.Evaluate).toBe(true);
    expect(seedAt).toBeLessThan(seeded.calls.solves.indexOf(target as M.SolveRequest));
    // Only the caches the seed has are seeded; the others start empty, with a note each.
    expect(defText(seeded.calls.solves[seedAt])).toContain(APT);
    expect(defText(seeded.calls.solves[seedAt])).not.toContain("cp -a /hier-tree/'hier%2Fpip");
    expect(seeded.calls.warnings.filter((w) => w.includes("starts empty"))).toEqual([
      "hier: cache apt (hier/apt/lists/debian-bookworm/linux-amd64) is not in the build context hier-caches (local:hier-caches): it starts empty",
      "hier: cache pip (hier/pip/cache/debian-bookworm/linux-amd64) is not in the build context hier-caches (local:hier-caches): it starts empty",
    ]);
  });

  it("from an OCI layout the client attached (oci-layout://STORE:TAG@DIGEST)", async () => {
    const manifest = formatManifest({ format: FORMAT, target: "app", platform: "linux/amd64", caches: [entry(APT)] });
    const { bridge, calls } = fakeBridge({ "hier.yaml": YAML, "hier-caches.json": manifest });
    const digest = `sha256:${"b".repeat(64)}`;
    const res = await runFrontend(bridge, options({ "context:hier-caches": `oci-layout://k3j2h1g:latest@${digest}` }));
    expect(res.error).toBeUndefined();
    const tree = defText(calls.solves.find((s) => defText(s).includes("oci-layout://") && !defText(s).includes("HIER_CACHES_RUN")));
    expect(tree).toContain(`oci-layout://docker.io/oci-layout/k3j2h1g@${digest}`);
    expect(tree).toContain("oci.store");
    expect(tree).toContain("k3j2h1g");
  });

  it("a seed that is not a cache tree is an error naming the context", async () => {
    const { bridge } = fakeBridge({ "hier.yaml": YAML });
    await expect(runFrontend(bridge, options(SEED))).rejects.toThrow(
      "hier: the build context hier-caches (local:hier-caches) is not a cache tree: it has no hier-caches.json at its root",
    );
    const bad = fakeBridge({ "hier.yaml": YAML, "hier-caches.json": '{"format":"v0"}' });
    await expect(runFrontend(bad.bridge, options(SEED))).rejects.toThrow(/is not a cache tree: hier-caches.json has format "v0"/);
  });
});

describe("exporting", () => {
  it("returns the tree with a manifest holding each cache's bytes, and prints the sizes", async () => {
    const sizes = "hier%2Fapt%2Farchives%2Fdebian-bookworm%2Flinux-amd64 2097152\nhier%2Fpip%2Fcache%2Fdebian-bookworm%2Flinux-amd64 1024\n";
    const { bridge, calls } = fakeBridge({ "hier.yaml": YAML, sizes });
    const res = await runFrontend(bridge, options({ "build-arg:HIER_CACHES": "export" }));
    expect(res.error).toBeUndefined();
    expect(res.result?.metadata).toBeUndefined();
    const last = calls.solves[calls.solves.length - 1];
    expect(res.result?.ref?.id).toBe(`ref-${calls.solves.length}`);
    expect(defText(last)).toContain('"id": "hier/apt/archives/debian-bookworm/linux-amd64"');
    expect(defText(last)).toContain('"bytes": 2097152');
    expect(defText(last)).toContain('"stages": [\n        "base"\n      ]');
    const sizesAt = calls.warnings.indexOf(
      "hier: exported 3 caches, 2.0 MiB: hier/apt/archives/debian-bookworm/linux-amd64 2.0 MiB, hier/apt/lists/debian-bookworm/linux-amd64 0 B, hier/pip/cache/debian-bookworm/linux-amd64 1.0 KiB",
    );
    expect(sizesAt, calls.warnings.join("\n")).toBeGreaterThanOrEqual(0);
    // At the export step, which the progress shows: the step that wrote the sizes.
    const step = calls.solves.find((s) => defText(s).includes("HIER_CACHES_RUN") && s.Evaluate);
    const exportStep = Object.entries(step?.Definition?.metadata ?? {}).find(([, m]) => String(m.description?.["llb.customname"]).startsWith("[hier] export caches: "))?.[0];
    expect(exportStep).toMatch(/^sha256:/);
    expect(calls.warnedAt[sizesAt]).toBe(exportStep);
  });

  it("a target without caches exports an empty tree (exit 0) with a note", async () => {
    const { bridge, calls } = fakeBridge({ "hier.yaml": "stages:\n  app:\n    from: debian:bookworm-slim\n    run: echo hi\n" });
    const res = await runFrontend(bridge, options({ "build-arg:HIER_CACHES": "export" }));
    expect(res.error).toBeUndefined();
    expect(defText(calls.solves[calls.solves.length - 1])).toContain('"caches": []');
    expect(calls.warnings).toContain("hier: target app mounts no catalogue cache: the exported tree is empty");
  });

  it("a cache no image-rooted stage mounts is an error at its catalogue line", async () => {
    const yaml = "caches:\n  stuff: { target: /stuff }\nstages:\n  app:\n    from: scratch\n    run:\n      - sh: ls /stuff\n        mounts: [{ cache: stuff }]\n";
    const { bridge } = fakeBridge({ "hier.yaml": yaml, sizes: "" });
    const res = await runFrontend(bridge, options({ "build-arg:HIER_CACHES": "export" }));
    expect(res.error?.message).toMatch(/CacheNeedsShell.*cannot export cache `stuff`/s);
    expect(res.error?.message).toContain("hier.yaml:2");
  });

  it("HIER_CACHES takes only `export`, and one platform", async () => {
    const { bridge } = fakeBridge({ "hier.yaml": YAML });
    await expect(runFrontend(bridge, options({ "build-arg:HIER_CACHES": "import" }))).rejects.toThrow(/HIER_CACHES=import is not understood/);
    await expect(runFrontend(bridge, options({ "build-arg:HIER_CACHES": "export", platform: "linux/amd64,linux/arm64" }))).rejects.toThrow(/one platform/);
  });
});
