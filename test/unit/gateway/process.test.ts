// The frontend bundle as BuildKit runs it: a process with the LLBBridge API on its stdin/stdout,
// served here by grpc-js (a real gRPC implementation) through a connection injector. The run
// reaches Return and the process exits 0 right after; anything else written to stdout would
// corrupt the HTTP/2 stream and the engine would never see the Return.
import * as grpc from "@grpc/grpc-js";
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Duplex } from "node:stream";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bridgeMethod } from "../helpers/llb-bridge.ts";
import { repoRoot } from "../cli/bundle.ts";

const YAML = `# syntax=org/hier-frontend
stages:
  app:
    from: debian:bookworm-slim
    run: echo hi
`;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "hier-process-"));
  await promisify(execFile)(process.execPath, [join(repoRoot, "scripts", "build.mjs"), "--outdir", dir, "--only", "frontend"], { cwd: repoRoot });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

type Handler = (req: Record<string, unknown>) => object;

/** Runs the bundle against an engine answering `handlers`; resolves with the calls it saw, the Return and the exit code. */
function runBundle(handlers: Record<string, [string, string, Handler]>) {
  return new Promise<{ calls: string[]; returned: Record<string, unknown>; code: number | null; stderr: string }>((resolve, reject) => {
    const calls: string[] = [];
    let returned: Record<string, unknown> | undefined;
    const server = new grpc.Server();
    const def: Record<string, grpc.MethodDefinition<object, object>> = {};
    const impl: Record<string, grpc.handleUnaryCall<Record<string, unknown>, object>> = {};
    for (const [method, [req, res, fn]] of Object.entries(handlers)) {
      def[method] = bridgeMethod(method, req, res);
      impl[method] = (call, cb) => {
        calls.push(method);
        if (method === "Return") returned = call.request;
        cb(null, fn(call.request));
      };
    }
    server.addService(def, impl);
    const env = { PATH: process.env["PATH"] ?? "", BUILDKIT_SESSION_ID: "s", BUILDKIT_FRONTEND_OPT_0: "filename=hier.yaml" };
    const child = spawn(process.execPath, [join(dir, "frontend.mjs")], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const pipe = Duplex.from({ readable: child.stdout, writable: child.stdin });
    pipe.on("error", () => undefined);
    server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(pipe);
    child.on("error", reject);
    child.on("exit", (code) => {
      pipe.destroy();
      if (!returned) reject(new Error(`the frontend exited ${code} without Return:\n${stderr}`));
      else resolve({ calls, returned, code, stderr });
    });
  });
}

it("builds over its stdio, calls Return once and exits 0 right after", { timeout: 30_000 }, async () => {
  const config = JSON.stringify({ architecture: "amd64", os: "linux", config: {}, rootfs: { type: "layers", diff_ids: [] } });
  let ref = 0;
  const run = await runBundle({
    Ping: ["PingRequest", "PongResponse", () => ({ FrontendAPICaps: ["solve.base", "readfile", "readdir", "resolveimage"].map((ID) => ({ ID, Enabled: true })), Workers: [{ platforms: [{ OS: "linux", Architecture: "amd64" }] }] })],
    Inputs: ["InputsRequest", "InputsResponse", () => ({})],
    Solve: ["SolveRequest", "SolveResponse", () => ({ result: { ref: { id: `ref-${++ref}` } } })],
    ReadDir: ["ReadDirRequest", "ReadDirResponse", () => ({ entries: [] })],
    ReadFile: ["ReadFileRequest", "ReadFileResponse", (r) => ({ Data: Buffer.from(r["FilePath"] === "hier.yaml" ? YAML : "") })],
    ResolveImageConfig: ["ResolveImageConfigRequest", "ResolveImageConfigResponse", (r) => ({ Ref: r["Ref"], Digest: `sha256:${"a".repeat(64)}`, Config: Buffer.from(config) })],
    Return: ["ReturnRequest", "ReturnResponse", () => ({})],
  });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toBe("");
  expect(run.calls.filter((c) => c === "Return")).toHaveLength(1);
  expect(run.calls.at(-1)).toBe("Return");
  const result = run.returned["result"] as { ref?: { id?: string } } | undefined;
  expect(result?.ref?.id).toMatch(/^ref-\d+$/);
});

it("the frontend bundle holds no grpc-js (the transport is node:http2)", async () => {
  const text = await readFile(join(dir, "frontend.mjs"), "utf8");
  expect(text).not.toMatch(/grpc-js|@grpc\//);
});

it("started by hand, not by BuildKit: says how to build with it, exits 2, no stack, nothing on stdout", { timeout: 30_000 }, async () => {
  const run = await promisify(execFile)(process.execPath, [join(dir, "frontend.mjs")], { env: { PATH: process.env["PATH"] ?? "" } }).then(
    () => ({ code: 0, stdout: "", stderr: "" }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^hier: this image is a BuildKit frontend .*# syntax=org\/hier-frontend.*docker buildx build -f hier\.yaml \./);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
