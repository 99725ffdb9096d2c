/**
 * The entry of the frontend's V8 startup snapshot (scripts/build-snapshot.mjs): `node
 * --build-snapshot` runs this file once, which loads the whole bundle and runs complete
 * frontend runs against an in-memory engine, through the client and its protobuf codecs, so that
 * the snapshot holds the modules already evaluated and their functions already compiled. A process started from the snapshot
 * (`node --snapshot-blob frontend.blob`) begins at the main function set here.
 *
 * node:http2 is not in it (a snapshot cannot hold it): the transport loads it after deserialization.
 * The snapshot is tied to the exact node binary that built it.
 */
import { startupSnapshot } from "node:v8";
import { performance } from "node:perf_hooks";
import { BridgeClient } from "./gateway/client.ts";
import { CallError, type Channel } from "./gateway/transport.ts";
import { decodeMessage, encodeMessage } from "./proto.ts";
import { runFrontend } from "./gateway/frontend.ts";
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

/** What the in-memory engine answers, by method: the response message's type and how to make it. */
function memoryEngine(text: string): Record<string, [string, (req: Record<string, unknown>) => object]> {
  const config = JSON.stringify({ architecture: "amd64", os: "linux", config: { Env: ["PATH=/usr/bin:/bin"] }, rootfs: { type: "layers", diff_ids: [] } });
  const files: Record<string, string> = { "hier.yaml": text, ".dockerignore": "*.pyc\n" };
  let n = 0;
  const caps = (ids: readonly string[]) => ids.map((ID) => ({ ID, Enabled: true }));
  return {
    Ping: ["PongResponse", () => ({ FrontendAPICaps: caps(FRONTEND_CAPS), LLBCaps: caps(LLB_CAPS), Workers: [{ ID: "w", platforms: [{ OS: "linux", Architecture: "amd64" }] }] })],
    Inputs: ["InputsResponse", () => ({})],
    Solve: ["SolveResponse", () => ({ result: { ref: { id: `ref-${++n}` } } })],
    ReadFile: ["ReadFileResponse", (req) => {
      const found = files[String(req["FilePath"])];
      if (found === undefined) throw new CallError(2, `${String(req["FilePath"])}: no such file or directory`);
      return { Data: Buffer.from(found, "utf8") };
    }],
    ReadDir: ["ReadDirResponse", (req) => ({ entries: Object.keys(files).filter((f) => f === req["IncludePattern"]).map((path) => ({ path, mode: 0o644, size: 1 })) })],
    StatFile: ["StatFileResponse", (req) => ({ stat: { path: req["Path"], mode: 0o644 } })],
    ResolveImageConfig: ["ResolveImageConfigResponse", (req) => ({ Ref: req["Ref"], Digest: `sha256:${"a".repeat(64)}`, Config: Buffer.from(config) })],
    Warn: ["WarnResponse", () => ({})],
    Return: ["ReturnResponse", () => ({})],
  };
}

/** Caps of a current engine, enough to take the paths a real run takes (warnings, readdir, inputs, Go's field order). */
const FRONTEND_CAPS = ["solve.base", "solve.inlinereturn", "resolveimage", "readfile", "statfile", "readdir", "frontend.inputs", "gateway.warnings", "sourcemap", "exec.validexitcode"];
const LLB_CAPS = ["source.image", "source.local", "source.local.followpaths", "source.local.sharedkeyhint", "source.local.differ", "exec.meta.base", "exec.mount.bind", "exec.mount.cache", "exec.mount.cache.sharing", "exec.mount.selector", "file.base", "file.copy.includepatterns", "constraints", "platform", "meta.description", "mergeop", "exec.validexitcode"];

/**
 * A channel to that engine in memory: the same BridgeClient, codecs and messages as a real run,
 * only the HTTP/2 transport left out (node:http2 cannot be in a snapshot).
 */
function memoryChannel(text: string): Channel {
  const engine = memoryEngine(text);
  return {
    unary: async (path, message) => {
      const method = path.slice(path.lastIndexOf("/") + 1);
      const answer = engine[method];
      if (answer === undefined) throw new CallError(12, `unknown method ${method}`);
      const req = decodeMessage<Record<string, unknown>>(`moby.buildkit.v1.frontend.${method}Request`, message);
      return Buffer.from(encodeMessage(`moby.buildkit.v1.frontend.${answer[0]}`, answer[1](req)));
    },
    close: () => undefined,
  };
}

// `--build-snapshot` runs the event loop empty before it serializes the heap: the runs complete.
const graphs = [SAMPLE, ...(typeof HIER_WARMUP_GRAPHS === "undefined" ? [] : HIER_WARMUP_GRAPHS)];
void (async () => {
  for (const [i, text] of graphs.entries()) {
    const bridge = new BridgeClient(memoryChannel(text));
    const r = await runFrontend(bridge, parseOptions(new Map([["filename", "hier.yaml"], ["build-arg:HIER_DEBUG", "timings"]]), "warm-up"));
    if (r.error) throw new Error(`snapshot warm-up ${i} failed: ${r.error.message}`);
    await bridge.return(r);
  }
})();

startupSnapshot.setDeserializeMainFunction(() => {
  void runProcess(Timings.forSnapshot(performance.now()));
});
