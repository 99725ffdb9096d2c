// The cache tree format (frontend/caches/tree.ts) and the LLB of the export and seed execs
// (frontend/caches/plan.ts, llb.ts), compiled offline.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileTarget } from "../../../frontend/compile/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { dropTests, exportStates, seedState } from "../../../frontend/caches/llb.ts";
import { portableCaches } from "../../../frontend/caches/plan.ts";
import { FORMAT, NOT_EXPORTED, dirForId, formatManifest, idFromDir, parseManifest } from "../../../frontend/caches/tree.ts";
import { marshal, mkfile, scratch, type DefinitionObject } from "../../../frontend/llb/index.ts";
import { decodeMessage } from "../../../frontend/proto.ts";
import { testHost } from "../helpers/offline.ts";

describe("tree directory names", () => {
  it("percent-encode every byte outside A-Z a-z 0-9 . _ -, one-to-one", () => {
    expect(dirForId("hier/apt/archives/debian-bookworm/linux-amd64")).toBe("hier%2Fapt%2Farchives%2Fdebian-bookworm%2Flinux-amd64");
    const ids = ["a/b", "a%2Fb", "a_b", "a b", "ü/x", "..", "hier/pip/cache/d/linux-amd64/uid10001"];
    const dirs = ids.map(dirForId);
    expect(new Set(dirs).size).toBe(ids.length);
    for (const [i, d] of dirs.entries()) {
      expect(d).toMatch(/^(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+$/);
      expect(d).not.toMatch(/^\.+$/);
      expect(idFromDir(d)).toBe(ids[i]);
    }
    expect(idFromDir("a/b")).toBeUndefined();
    expect(idFromDir("a%2fb")).toBeUndefined();
  });

  it("a manifest round-trips, and a wrong one says why", () => {
    const m = { format: FORMAT, target: "app", platform: "linux/amd64", caches: [] } as const;
    expect(parseManifest(formatManifest(m))).toEqual(m);
    expect(parseManifest("{")).toMatch(/is not JSON/);
    // V8's message quotes the text around the fault; newlines in it do not reach the one-line error.
    expect(parseManifest('{\n "format": ]\n}')).toMatch(/^hier-caches\.json is not JSON \([^\n]*\)$/);
    expect(parseManifest('{"format":"other","caches":[]}')).toMatch(/has format "other"/);
    expect(parseManifest(`{"format":"${FORMAT}","caches":[{"id":"a/b","dir":"a/b"}]}`)).toBe('hier-caches.json: caches[0] (id "a/b") needs the dir "a%2Fb", not "a/b"');
    // What is missing is named, never shown as `undefined`.
    expect(parseManifest(`{"caches":[]}`)).toBe('hier-caches.json has no format, expected "hier-caches/v1"');
    expect(parseManifest(`{"format":"${FORMAT}","caches":[{"dir":"a"}]}`)).toBe("hier-caches.json: caches[0] has no id");
    expect(parseManifest(`{"format":"${FORMAT}","caches":[null]}`)).toBe("hier-caches.json: caches[0] has no id");
    expect(parseManifest(`{"format":"${FORMAT}","caches":[{"id":"a/b"}]}`)).toBe('hier-caches.json: caches[0] (id "a/b") needs the dir "a%2Fb"');
  });
});

const YAML = `caches:
  apt: { preset: apt }
  pip: { preset: pip }
  secrets: { target: /cache/x, sharing: private }
stages:
  base:
    from: debian:bookworm-slim
    packages: [curl]
  app:
    from: base
    caches: [pip]
    run:
      - sh: pip --version
      - sh: pip --version
        user: "10001"
      - sh: cat /run/secrets/token
        mounts: [{ secret: token }]
  other:
    from: debian:bookworm-slim
    run:
      - sh: ls /cache/x
        mounts: [{ cache: secrets }]
`;

async function compiled(target: string, contexts: Record<string, string> = {}) {
  const { graph } = loadGraph(YAML, "hier.yaml", { target });
  if (!graph) throw new Error("no graph");
  const host = testHost({ contexts, options: { contexts } });
  return { graph, out: await compileTarget(graph, target, host) };
}

interface Mount {
  dest?: string;
  mountType?: number;
  readonly?: boolean;
  input?: number;
  cacheOpt?: { ID?: string; sharing?: number };
}
interface Op {
  inputs?: { digest: string }[];
  exec?: { meta?: { args?: string[]; env?: string[] }; mounts?: Mount[] };
}

function execs(def: DefinitionObject): { op: Op; digest: string }[] {
  return (def.def ?? []).map((bytes) => ({ op: decodeMessage<Op>("pb.Op", bytes), digest: "" })).filter((o) => o.op.exec);
}

describe("which caches travel", () => {
  it("one per BuildKit cache: ids, stages, paths, sharing; a non-root user's mount is its own cache", async () => {
    const { out } = await compiled("app");
    const caches = portableCaches(out.caches);
    expect(caches.map((c) => [c.entry.id, c.entry.stages, c.entry.path, c.entry.sharing])).toEqual([
      ["hier/apt/archives/debian-bookworm/linux-amd64", ["base"], "/var/cache/apt", "shared"],
      ["hier/apt/lists/debian-bookworm/linux-amd64", ["base"], "/var/lib/apt/lists", "shared"],
      ["hier/pip/cache/debian-bookworm/linux-amd64", ["app"], "/root/.cache/pip", "shared"],
      ["hier/pip/cache/debian-bookworm/linux-amd64/uid10001", ["app"], "/root/.cache/pip", "shared"],
    ]);
    // The uid mount keeps its input (the directory 10001 owns), as the step mounts it.
    expect(caches[3]?.mount.source).toBeDefined();
    expect(caches.every((c) => c.entry.dir === dirForId(c.entry.id))).toBe(true);
  });

  it("a seed context leaves the target's definition byte-identical", async () => {
    const plain = await compiled("app");
    const seeded = await compiled("app", { "hier-caches": "/tmp/tree" });
    expect(Buffer.concat(seeded.out.definition.def ?? [])).toEqual(Buffer.concat(plain.out.definition.def ?? []));
  });
});

describe("the export and seed execs", () => {
  it("export: every cache mounted as the steps do, the target read-only, a nonce, no secret, no ignore_cache", async () => {
    const { out } = await compiled("app");
    const caches = portableCaches(out.caches);
    const steps = execs(out.definition).flatMap((e) => e.op.exec?.mounts ?? []).filter((m) => m.mountType === 3);
    const { tree, sizes } = exportStates(caches, scratch(), scratch().file(mkfile("/t", 0o644, "t")), "N1");
    const def = marshal(tree).definition;
    const [exp] = execs(def);
    const mounts = exp?.op.exec?.mounts ?? [];
    const cacheMounts = mounts.filter((m) => m.mountType === 3);
    expect(cacheMounts.map((m) => m.cacheOpt)).toEqual(caches.map((c) => steps.find((s) => s.cacheOpt?.ID === c.entry.id)?.cacheOpt));
    // The uid10001 cache has an input (its owned directory), like the step's mount.
    // (input 0 is left out on the wire; -1 is no input).
    expect(cacheMounts.map((m) => (m.input ?? 0) >= 0)).toEqual([false, false, false, true]);
    expect(mounts.find((m) => m.dest === "/hier-target")?.readonly).toBe(true);
    expect(mounts.some((m) => m.mountType === 1)).toBe(false);
    expect(exp?.op.exec?.meta?.env).toContain("HIER_CACHES_RUN=N1");
    expect(Object.values(def.metadata ?? {}).some((md) => md.ignore_cache)).toBe(false);
    const script = exp?.op.exec?.meta?.args?.[2] ?? "";
    expect(script).toContain("cp -a /hier-caches/0/. 'hier%2Fapt%2Farchives%2Fdebian-bookworm%2Flinux-amd64'/");
    expect(script).toMatch(/-name 'lock' -o -name 'partial'/);
    // The sizes output is the same exec's other output.
    expect(marshal(sizes).definition.def?.length).toBe(def.def?.length);
    const again = exportStates(caches, scratch(), scratch(), "N2");
    expect(execs(marshal(again.tree).definition)[0]?.op.exec?.meta?.env).toContain("HIER_CACHES_RUN=N2");
  });

  it("seed: copies into empty caches only, owned as the cache directory, the tree read-only", async () => {
    const { out } = await compiled("other");
    const caches = portableCaches(out.caches);
    expect(caches.map((c) => [c.entry.id, c.entry.sharing])).toEqual([["hier/custom-secrets/cache/debian-bookworm/linux-amd64", "private"]]);
    const [seed] = execs(marshal(seedState(caches, scratch(), scratch(), "N")).definition);
    const mounts = seed?.op.exec?.mounts ?? [];
    expect(mounts.find((m) => m.mountType === 3)?.cacheOpt).toEqual({ ID: "hier/custom-secrets/cache/debian-bookworm/linux-amd64", sharing: 1 });
    expect(mounts.find((m) => m.dest === "/hier-tree")?.readonly).toBe(true);
    expect(seed?.op.exec?.meta?.args?.[2]).toContain(`[ -z "$(ls -A /hier-caches/0)" ]`);
    expect(seed?.op.exec?.meta?.args?.[2]).toContain("chown -R");
  });
});

describe("what does not travel, run by find(1)", () => {
  it("bare names at any depth, globs with a slash as paths; the rest stays", () => {
    const root = mkdtempSync(join(tmpdir(), "drop-tests-"));
    try {
      const files = [
        "lock", "archives/lock", "archives/partial/x.deb", "archives/a.deb", "pkgcache.bin", "hier.lock",
        "repo-1/packages/p.rpm.part", "repo-1/packages/p.rpm", "deep/er/x.lock", "keep/lockfile",
      ];
      for (const f of files) {
        mkdirSync(join(root, f, ".."), { recursive: true });
        writeFileSync(join(root, f), "x");
      }
      const tests = dropTests([...(NOT_EXPORTED.apt ?? []), ...(NOT_EXPORTED.dnf ?? []), "**/*.lock"]);
      execFileSync("/bin/sh", ["-c", `find ${root} -mindepth 1 \\( ${tests} \\) -prune -exec rm -rf {} +`]);
      const left = execFileSync("find", [root, "-type", "f"], { encoding: "utf8" }).split("\n").filter(Boolean).map((p) => p.slice(root.length + 1)).sort();
      expect(left).toEqual(["archives/a.deb", "keep/lockfile", "repo-1/packages/p.rpm"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
