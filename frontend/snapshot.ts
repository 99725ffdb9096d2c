/**
 * The entry of the frontend's V8 startup snapshot (scripts/build-snapshot.mjs): `node
 * --build-snapshot` runs this file once, which loads the whole bundle and runs one
 * complete frontend run against an in-memory engine, so that the snapshot holds the modules
 * already evaluated and their functions already compiled. A process started from the snapshot
 * (`node --snapshot-blob frontend.blob`) begins at the main function set here.
 *
 * node:http2 is not in it (a snapshot cannot hold it): the transport loads it after deserialization.
 * The snapshot is tied to the exact node binary that built it.
 */
import { startupSnapshot } from "node:v8";
import { performance } from "node:perf_hooks";
import { BridgeError, type Bridge } from "./gateway/client.ts";
import { runFrontend } from "./gateway/frontend.ts";
import type * as M from "./gateway/messages.ts";
import { parseOptions } from "./gateway/options.ts";
import { Timings } from "./gateway/timings.ts";
import { runProcess } from "./run.ts";

/** A family that reaches the common compile paths: packages, copies, artifacts, caches, tests. */
const SAMPLE = `# syntax=org/hier-frontend
args:
  V: { default: "1" }
caches:
  pip: { target: /root/.cache/pip }
stages:
  base:
    role: base
    from: debian:bookworm-slim
    packages: [python3]
    env: { LANG: C.UTF-8 }
  builder:
    role: build
    from: base
    copy: [{ src: src/, dst: /src/ }]
    run:
      - cd /src && echo \${V} > /v
      - sh: tar -czf /app.tgz /src
        mounts: [{ cache: pip }]
    artifacts: { app: /app.tgz }
  release:
    role: runtime
    from: base
    user: app
    workdir: /srv
    copy: [{ from: builder.app, dst: /opt/ }]
    cmd: [python3, -c, "print(1)"]
    test: ["test -f /opt/app.tgz"]
`;

/**
 * The repository's own graphs (stages/, examples/), put here by scripts/build-snapshot.mjs: they
 * reach what SAMPLE does not (anchors and aliases, block scalars, comments, wrappers, labels,
 * longer families), so parsing and compiling files like them starts compiled too.
 */
declare const HIER_WARMUP_GRAPHS: readonly string[] | undefined;

/** An engine in memory that answers every call hier makes, with `text` as hier.yaml. */
function memoryBridge(text: string): Bridge {
  const config = JSON.stringify({ architecture: "amd64", os: "linux", config: { Env: ["PATH=/usr/bin:/bin"] }, rootfs: { type: "layers", diff_ids: [] } });
  let n = 0;
  return {
    ping: async () => ({
      FrontendAPICaps: ["solve.base", "readfile", "resolveimage", "frontend.inputs"].map((ID) => ({ ID, Enabled: true })),
      LLBCaps: [],
      Workers: [{ platforms: [{ OS: "linux", Architecture: "amd64" }] }],
    }),
    inputs: async () => ({}),
    solve: async (): Promise<M.SolveResponse> => ({ result: { ref: { id: `ref-${++n}` } } }),
    readFile: async (_ref, path) => {
      const files: Record<string, string> = { "hier.yaml": text, ".dockerignore": "*.pyc\n" };
      const found = files[path];
      if (found === undefined) throw new BridgeError("ReadFile", { code: 2, message: `${path}: no such file or directory`, details: [] });
      return Buffer.from(found, "utf8");
    },
    statFile: async (_ref, path) => ({ path, mode: 0o644 }),
    readDir: async () => [],
    evaluate: async () => undefined,
    resolveImageConfig: async (req) => ({ Ref: req.Ref, Digest: `sha256:${"a".repeat(64)}`, Config: Buffer.from(config) }),
    warn: async () => undefined,
    return: async () => undefined,
  };
}

// `--build-snapshot` runs the event loop empty before it serializes the heap: the runs complete.
const graphs = [SAMPLE, ...(typeof HIER_WARMUP_GRAPHS === "undefined" ? [] : HIER_WARMUP_GRAPHS)];
void (async () => {
  for (const [i, text] of graphs.entries()) {
    const r = await runFrontend(memoryBridge(text), parseOptions(new Map([["filename", "hier.yaml"]]), "warm-up"));
    if (r.error) throw new Error(`snapshot warm-up ${i} failed: ${r.error.message}`);
  }
})();

startupSnapshot.setDeserializeMainFunction(() => {
  void runProcess(Timings.forSnapshot(performance.now()));
});
