// Building with hier.lock: the table of docs/lock.md ("Building with it"), through checkLock and
// through runFrontend against a fake engine (what is resolved and pinned, what fails where).
import { describe, expect, test } from "vitest";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { BridgeError, type Bridge } from "../../../frontend/gateway/client.ts";
import { runFrontend } from "../../../frontend/gateway/frontend.ts";
import type * as M from "../../../frontend/gateway/messages.ts";
import { parseOptions } from "../../../frontend/gateway/options.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { formatLock, parseLock, type LockedImage } from "../../../frontend/lock/format.ts";
import { checkLock } from "../../../frontend/lock/honour.ts";
import { decodeMessage } from "../../../frontend/proto.ts";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const C = `sha256:${"c".repeat(64)}`;
const YAML = `# syntax=org/hier-frontend
stages:
  base:
    from: debian:bookworm-slim
  app:
    from: base
    copy: [{ from: "registry.example/tools:2", src: /bin/tool, dst: /usr/local/bin/ }]
    run:
      - sh: ls /m
        mounts: [{ bind: /, target: /m, from: "registry.example/data:1" }]
`;
const lockOf = (images: Record<string, Partial<LockedImage> & { digest: string }>) =>
  formatLock(Object.fromEntries(Object.entries(images).map(([k, v]) => [k, { platforms: {}, ...v }])));

function check(yaml: string, lockText: string, mode: "use" | "strict" = "use") {
  const { graph } = loadGraph(yaml, "hier.yaml", { buildArgs: {} });
  if (!graph) throw new Error("graph");
  const lock = parseLock(new SourceFile("hier.lock", lockText)).lock;
  if (!lock) throw new Error("lock");
  const out = checkLock(graph, lock, mode);
  const at = (f: SourceFile) => (d: { range: { start: number }; severity: string; code: string; message: string }) => `${f.position(d.range.start).line} ${d.severity} ${d.code}: ${d.message}`;
  return { pins: [...out.pins.keys()], found: [...out.diagnostics.map(at(graph.file)), ...out.lockDiagnostics.map(at(lock.file))] };
}

describe("checkLock", () => {
  test("every reference of the file is pinned when locked: from, copy from, mount from", () => {
    const r = check(YAML, lockOf({ "debian:bookworm-slim": { digest: A }, "registry.example/tools:2": { digest: B }, "registry.example/data:1": { digest: C } }));
    expect(r).toEqual({ pins: ["debian:bookworm-slim", "registry.example/tools:2", "registry.example/data:1"], found: [] });
  });

  test("unlocked is a warning (an error when strict), at the reference's line; unused entries warn in hier.lock", () => {
    const lock = lockOf({ "debian:bookworm-slim": { digest: A }, "alpine:3": { digest: B } });
    expect(check(YAML, lock).found).toEqual([
      "7 warning UnlockedImage: registry.example/tools:2 is not in hier.lock, so it is built from whatever its tag names now",
      "10 warning UnlockedImage: registry.example/data:1 is not in hier.lock, so it is built from whatever its tag names now",
      "5 warning LockUnused: hier.lock locks alpine:3, which hier.yaml does not use",
    ]);
    expect(check(YAML, lock, "strict").found[0]).toBe("7 error UnlockedImage: registry.example/tools:2 is not in hier.lock, so it is built from whatever its tag names now");
  });

  test("a changed tag or a contradicting written digest is a LockMismatch at the reference's line", () => {
    const yaml = "stages:\n  a:\n    from: debian:trixie-slim\n  b:\n    from: ghcr.io/acme/x@" + B + "\n";
    expect(check(yaml, lockOf({ "debian:bookworm-slim": { digest: A }, [`ghcr.io/acme/x@${B}`]: { digest: C } })).found).toEqual([
      "3 error LockMismatch: debian:trixie-slim is not in hier.lock, which locks debian:bookworm-slim: the reference changed since it was locked",
      `5 error LockMismatch: ghcr.io/acme/x@${B} pins a digest, but hier.lock locks it to ${C}`,
    ]);
    // A reference that writes its own digest needs no entry.
    expect(check(yaml.replace("trixie", "bookworm"), lockOf({ "debian:bookworm-slim": { digest: A } })).found).toEqual([]);
  });
});

/** A fake engine whose tags name `tags[ref]`; records what was resolved and with which mode. */
function engine(files: Record<string, string>, tags: Record<string, string> = { "debian:bookworm-slim": B }) {
  const resolves: string[] = [];
  const warnings: string[] = [];
  const solves: M.SolveRequest[] = [];
  const bridge: Bridge = {
    ping: async () => ({ FrontendAPICaps: ["solve.base", "readfile", "resolveimage", "gateway.warnings"].map((ID) => ({ ID, Enabled: true })), LLBCaps: [], Workers: [] }),
    solve: async (req) => (solves.push(req), { result: { ref: { id: "r" } } }),
    statFile: async (_r, path) => {
      if (!(path in files)) throw new BridgeError("StatFile", { code: 2, message: "not found", details: [] });
      return { path, mode: 0o644 };
    },
    readFile: async (_r, path) => {
      const data = files[path];
      if (data === undefined) throw new BridgeError("ReadFile", { code: 2, message: `${path}: not found`, details: [] });
      return Buffer.from(data, "utf8");
    },
    readDir: async () => [], // no `readdir` cap in this engine's Ping: never called
    evaluate: async () => undefined,
    resolveImageConfig: async (req) => {
      resolves.push(`${req.Ref}${req.ResolveMode ? ` (${req.ResolveMode})` : ""}`);
      const [name = "", pinned] = req.Ref.split("@");
      const digest = pinned ?? tags[name];
      if (!digest) throw new BridgeError("ResolveImageConfig", { code: 2, message: `${req.Ref}: not found`, details: [] });
      return { Digest: digest, Config: Buffer.from(JSON.stringify({ os: "linux", architecture: "amd64", config: {} })), Ref: req.Ref };
    },
    inputs: async () => ({}),
    warn: async (req) => void warnings.push(Buffer.from(req.short ?? []).toString()),
    return: async () => undefined,
  };
  return { bridge, resolves, warnings, solves };
}
const run = (bridge: Bridge, extra: Record<string, string> = {}) => runFrontend(bridge, parseOptions(new Map(Object.entries({ filename: "hier.yaml", ...extra })), "sid"));
const ONE = "# syntax=org/hier-frontend\nstages:\n  app:\n    from: debian:bookworm-slim\n";
const imageOps = (req: M.SolveRequest | undefined): string[] =>
  (req?.Definition?.def ?? []).map((b) => decodeMessage("pb.Op", b) as { source?: { identifier?: string } }).flatMap((op) => (op.source?.identifier?.startsWith("docker-image://") ? [op.source.identifier] : []));

describe("runFrontend with hier.lock", () => {
  test("a locked reference is resolved and built at its digest, and labelled with it", async () => {
    const e = engine({ "hier.yaml": ONE, "hier.lock": lockOf({ "debian:bookworm-slim": { digest: A } }) });
    const res = await run(e.bridge);
    expect(e.resolves).toEqual([`debian:bookworm-slim@${A}`]);
    expect(imageOps(e.solves.at(-1))).toEqual([`docker-image://docker.io/library/debian:bookworm-slim@${A}`]);
    const config = JSON.parse(Buffer.from(res.result?.metadata?.["containerimage.config"] ?? []).toString()) as { config: { Labels: Record<string, string> } };
    expect(config.config.Labels["org.opencontainers.image.base.digest"]).toBe(A);
  });

  test("HIER_LOCK=ignore builds unlocked; strict fails an unlocked reference at its line; other values are refused", async () => {
    const e = engine({ "hier.yaml": ONE, "hier.lock": lockOf({ "debian:bookworm-slim": { digest: A } }) });
    await run(e.bridge, { "build-arg:HIER_LOCK": "ignore" });
    expect(e.resolves).toEqual(["debian:bookworm-slim"]);
    const strict = await run(engine({ "hier.yaml": ONE }).bridge, { "build-arg:HIER_LOCK": "strict" });
    expect(strict.error?.message).toMatch(/^hier\.yaml:4:11: UnlockedImage: debian:bookworm-slim is not in hier\.lock/);
    await expect(run(engine({ "hier.yaml": ONE }).bridge, { "build-arg:HIER_LOCK": "yes" })).rejects.toThrow("HIER_LOCK=yes is not a lock mode");
  });

  test("an unlocked reference warns; a lock that is not valid fails at its line in hier.lock", async () => {
    const e = engine({ "hier.yaml": ONE, "hier.lock": lockOf({}) });
    await run(e.bridge);
    expect(e.warnings).toEqual(["UnlockedImage: debian:bookworm-slim is not in hier.lock, so it is built from whatever its tag names now (hier.yaml:4)"]);
    const bad = await run(engine({ "hier.yaml": ONE, "hier.lock": "version: 1\nimages:\n  debian:\n    digest: sha256:1\n" }).bridge);
    expect(bad.error?.message).toMatch(/^hier\.lock:4:13: InvalidLock: the digest of debian is not a digest/);
  });

  test("a lock that records platforms fails a build for another platform at the reference", async () => {
    const e = engine({ "hier.yaml": ONE, "hier.lock": lockOf({ "debian:bookworm-slim": { digest: A, platforms: { "linux/amd64": C } } }) });
    const res = await run(e.bridge, { platform: "linux/arm64" });
    expect(res.error?.message).toMatch(/^hier\.yaml:4:11: LockMismatch: hier\.lock locks debian:bookworm-slim for linux\/amd64, not for linux\/arm64/);
  });

  test("frontend.lock answers with the lock file, resolved from the registry", async () => {
    const e = engine({ "hier.yaml": YAML }, { "debian:bookworm-slim": A, "registry.example/tools:2": B, "registry.example/data:1": C });
    const res = await run(e.bridge, { requestid: "frontend.lock" });
    expect(Buffer.from(res.result?.metadata?.["result.txt"] ?? []).toString()).toBe(
      lockOf({ "debian:bookworm-slim": { digest: A }, "registry.example/tools:2": { digest: B }, "registry.example/data:1": { digest: C } }),
    );
    expect(e.resolves.every((r) => r.endsWith("(pull)"))).toBe(true);
    const missing = await run(engine({ "hier.yaml": YAML }).bridge, { requestid: "frontend.lock" });
    expect(missing.error?.message).toMatch(/^hier\.yaml:7:\d+: ImageNotResolved: cannot resolve image registry\.example\/tools:2/);
  });
});
