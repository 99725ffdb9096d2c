#!/usr/bin/env node
// Benchmark of the frontend process alone: runs dist/frontend.mjs (or the file given) the way
// BuildKit does, with the LLBBridge API served on its stdin/stdout, by a fake engine in this
// process that answers from memory at once. So the numbers are hier's own cost: node boot, module
// load, the RPC round trips over the pipe, parse, check, compile. No Docker needed.
//   node bench/frontend.bench.mjs [ROUNDS] [BUNDLE] [-- NODE_ARGS…]   (default 15 rounds, dist/frontend.mjs)
// BUNDLE may be a startup snapshot's .blob (scripts/build-snapshot.mjs; run this bench with the
// node that built it). Either starts with the image's node flag (--use-openssl-ca) and its
// GLIBC_TUNABLES (frontend/Dockerfile).
// For each build file (the three-stage bench family and stages/hier.yaml) prints the median of
// the phases the frontend reports with HIER_DEBUG=timings (ms since process start) and the wall
// time from spawn to Return; and the minimum of each (on a shared, loaded machine the minimum is
// the steadier figure for a fixed cost). Then the same for `floor`: a frontend built here from
// hier's own transport and client that only connects, pings and returns (started the same way,
// from a snapshot when BUNDLE is one), the least any Node frontend on this node pays.
import * as grpc from "@grpc/grpc-js";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import protobuf from "protobufjs";
import { THREE_STAGE_YAML } from "./three-stage.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dashdash = process.argv.indexOf("--");
const args = dashdash < 0 ? process.argv.slice(2) : process.argv.slice(2, dashdash);
const nodeArgs = dashdash < 0 ? [] : process.argv.slice(dashdash + 1);
const rounds = Number(args[0] ?? 15);
const bundle = args[1] ?? join(root, "dist", "frontend.mjs");

const proto = protobuf.Root.fromJSON(JSON.parse(readFileSync(join(root, "proto", "gen", "bundle.json"), "utf8"))).resolveAll();
const F = "moby.buildkit.v1.frontend.";

/**
 * The floor: hier's transport and client, connect, Ping, Return, exit; as a snapshot made with
 * this node when BUNDLE is a blob (as the image does), else as a script.
 */
async function floorBundle() {
  const dir = mkdtempSync(join(tmpdir(), "hier-floor-"));
  const asSnapshot = bundle.endsWith(".blob");
  const run = `(async () => {
    const bridge = new BridgeClient(await openChannel({ input: process.stdin, output: process.stdout }));
    await bridge.ping();
    await bridge.return({ result: {} });
    process.exit(0);
  })()`;
  const script = join(dir, "floor.cjs");
  await build({
    stdin: {
      contents: `import { openChannel } from "./frontend/gateway/transport.ts";
import { BridgeClient } from "./frontend/gateway/client.ts";
${asSnapshot ? `require("node:v8").startupSnapshot.setDeserializeMainFunction(() => void ${run});` : `void ${run};`}`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true, platform: "node", format: "cjs", minify: true, outfile: script, logLevel: "warning",
  });
  if (!asSnapshot) return script;
  const blob = join(dir, "floor.blob");
  execFileSync(process.execPath, ["--snapshot-blob", blob, "--build-snapshot", script], { stdio: "ignore" });
  return blob;
}

const THREE = THREE_STAGE_YAML;
const files = {
  three: { text: THREE, target: "release" },
  stages: { text: readFileSync(join(root, "stages", "hier.yaml"), "utf8"), target: undefined },
  floor: { text: THREE, target: "release", bundle: await floorBundle() },
};

/** The image's `ENV GLIBC_TUNABLES` (frontend/Dockerfile). */
const IMAGE_TUNABLES = "glibc.malloc.hugetlb=1";

const CAPS = ["solve.base", "solve.inlinereturn", "readfile", "statfile", "resolveimage", "frontend.inputs", "gateway.warnings", "readdir"];
const LLB_CAPS = [
  "source.image", "source.local", "source.local.followpaths", "source.local.sharedkeyhint", "source.local.differ", "source.local.sessionid",
  "exec.meta.base", "exec.mount.bind", "exec.mount.cache", "exec.mount.cache.sharing", "exec.mount.selector", "file.base", "file.copy.includepatterns",
  "file.copy.excludepatterns", "constraints", "platform", "meta.description", "mergeop", "diffop",
].map((ID) => ({ ID, Enabled: true }));

/** One frontend run against the fake engine: the Warn line it sent and the wall time to Return. */
function runOnce(buildFile, entryBundle = bundle) {
  return new Promise((resolve, reject) => {
    const warnings = [];
    let ref = 0;
    const server = new grpc.Server();
    const unary = (req, res, fn) => ({
      path: `/${F}LLBBridge/${fn}`,
      requestStream: false,
      responseStream: false,
      requestSerialize: (v) => Buffer.from(proto.lookupType(F + req).encode(v).finish()),
      requestDeserialize: (b) => proto.lookupType(F + req).toObject(proto.lookupType(F + req).decode(b), { longs: Number, bytes: Buffer }),
      responseSerialize: (v) => Buffer.from(proto.lookupType(F + res).encode(proto.lookupType(F + res).fromObject(v)).finish()),
      responseDeserialize: (b) => b,
    });
    const image = JSON.stringify({ architecture: "amd64", os: "linux", config: { Env: ["PATH=/usr/bin:/bin"] }, rootfs: { type: "layers", diff_ids: [] } });
    let started;
    const impl = {
      Ping: (_c, cb) => cb(null, { FrontendAPICaps: CAPS.map((ID) => ({ ID, Enabled: true })), LLBCaps: LLB_CAPS, Workers: [{ ID: "w", platforms: [{ OS: "linux", Architecture: "amd64" }] }] }),
      Inputs: (_c, cb) => cb(null, { Definitions: {} }),
      Solve: (_c, cb) => cb(null, { result: { ref: { id: `ref-${++ref}` } } }),
      StatFile: (c, cb) => {
        if (c.request.Path === "hier.yaml") cb(null, { stat: { path: c.request.Path, mode: 0o644, size: buildFile.text.length } });
        else cb({ code: grpc.status.NOT_FOUND, details: `${c.request.Path}: no such file` });
      },
      ReadFile: (c, cb) => {
        if (c.request.FilePath === "hier.yaml") cb(null, { Data: Buffer.from(buildFile.text) });
        else cb({ code: grpc.status.NOT_FOUND, details: `${c.request.FilePath}: no such file` });
      },
      ResolveImageConfig: (c, cb) => cb(null, { Ref: c.request.Ref, Digest: `sha256:${"a".repeat(64)}`, Config: Buffer.from(image) }),
      Warn: (c, cb) => {
        warnings.push(Buffer.from(c.request.short).toString("utf8"));
        cb(null, {});
      },
      Return: (c, cb) => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        cb(null, {});
        if (c.request.error) reject(new Error(`frontend returned an error: ${c.request.error.message}`));
        else resolve({ ms, warnings });
      },
    };
    const def = {};
    const names = { Ping: ["PingRequest", "PongResponse"], Inputs: ["InputsRequest", "InputsResponse"], Solve: ["SolveRequest", "SolveResponse"], StatFile: ["StatFileRequest", "StatFileResponse"], ReadFile: ["ReadFileRequest", "ReadFileResponse"], ResolveImageConfig: ["ResolveImageConfigRequest", "ResolveImageConfigResponse"], Warn: ["WarnRequest", "WarnResponse"], Return: ["ReturnRequest", "ReturnResponse"] };
    for (const [fn, [req, res]] of Object.entries(names)) def[fn] = unary(req, res, fn);
    server.addService(def, impl);
    const env = { PATH: process.env.PATH, GLIBC_TUNABLES: IMAGE_TUNABLES, BUILDKIT_SESSION_ID: "s", BUILDKIT_FRONTEND_OPT_0: "filename=hier.yaml", BUILDKIT_FRONTEND_OPT_1: "build-arg:HIER_DEBUG=timings" };
    if (buildFile.target) env.BUILDKIT_FRONTEND_OPT_2 = `target=${buildFile.target}`;
    started = process.hrtime.bigint();
    // With the node flag of frontend/Dockerfile's ENTRYPOINT; a startup snapshot
    // (scripts/build-snapshot.mjs) starts from its blob, with no script.
    const entry = ["--use-openssl-ca", ...(entryBundle.endsWith(".blob") ? ["--snapshot-blob", entryBundle] : [entryBundle])];
    const child = spawn(process.execPath, [...nodeArgs, ...entry], { env, stdio: ["pipe", "pipe", "inherit"] });
    const injector = server.createConnectionInjector(grpc.ServerCredentials.createInsecure());
    const pipe = Duplex.from({ readable: child.stdout, writable: child.stdin });
    pipe.on("error", () => undefined);
    injector.injectConnection(pipe);
    // The frontend exits right after Return; its session ends with the pipe (no shutdown here:
    // closing an HTTP/2 session over a finished JS stream trips an assertion in Node).
    child.on("exit", () => pipe.destroy());
    child.on("error", reject);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`frontend process against a fake engine, ${rounds} rounds, median ms since process start (${bundle}${nodeArgs.length ? " " + nodeArgs.join(" ") : ""}):`);
for (const [name, buildFile] of Object.entries(files)) {
  const phases = new Map();
  const walls = [];
  await runOnce(buildFile, buildFile.bundle); // warm the page cache
  for (let i = 0; i < rounds; i++) {
    const { ms, warnings } = await runOnce(buildFile, buildFile.bundle);
    walls.push(ms);
    const line = warnings.find((w) => w.startsWith("hier timings")) ?? "";
    for (const part of line.replace(/^[^:]*: /, "").replace(/ — cpu (\d+) ms$/, " · cpu $1").split(" · ")) {
      const m = /^(.*) (\d+)$/.exec(part);
      if (m) (phases.get(m[1]) ?? phases.set(m[1], []).get(m[1])).push(Number(m[2]));
    }
  }
  // Tests' solves end together: show the last one only.
  const shown = [...phases].filter(([p]) => !p.startsWith("solve test") || p === [...phases.keys()].filter((k) => k.startsWith("solve test")).at(-1));
  for (const [label, pick] of [["median", median], ["min", (xs) => Math.min(...xs)]]) {
    const cols = shown.map(([p, xs]) => `${p} ${pick(xs)}`).join(" · ") || "connect, Ping, Return";
    console.log(`${name.padEnd(7)} ${label.padEnd(6)} ${cols} | spawn→Return ${pick(walls).toFixed(0)}`);
  }
}
rmSync(dirname(files.floor.bundle), { recursive: true, force: true });
