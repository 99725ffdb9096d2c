// The node:http2 gRPC client (transport.ts, client.ts) against a real gRPC server (grpc-js, fed
// the client's pipe through a connection injector), and against a bare node:http2 server for
// replies grpc-js never sends: trailers-only failures, resets, a missing status, a non-gRPC reply.
import * as grpc from "@grpc/grpc-js";
import * as http2 from "node:http2";
import { Duplex, PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { BridgeClient, BridgeError } from "../../../frontend/gateway/client.ts";
import { encodeMessage } from "../../../frontend/proto.ts";
import { F, bridgeMethod } from "../helpers/llb-bridge.ts";
import { CallError, openChannel, type Channel, type Pipe } from "../../../frontend/gateway/transport.ts";

const PATH = `/${F}LLBBridge/`;

/** Two in-memory pipes: the client's (as a frontend sees stdin/stdout) and the server's end. */
function pipes(): { client: Pipe; server: Duplex; toClient: PassThrough; toServer: PassThrough } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = Duplex.from({ readable: toServer, writable: toClient });
  server.on("error", () => undefined);
  return { client: { input: toClient, output: toServer }, server, toClient, toServer };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A grpc-js server with LLBBridge methods of our proto types, serving one injected connection. */
async function grpcEngine(impl: Record<string, grpc.handleUnaryCall<Record<string, unknown>, object>>, maxMessage?: number) {
  const server = new grpc.Server({ "grpc.max_receive_message_length": 128 << 20, "grpc.max_send_message_length": 128 << 20 });
  const def: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const [method, [req, res]] of Object.entries({
    Ping: ["PingRequest", "PongResponse"],
    ReadFile: ["ReadFileRequest", "ReadFileResponse"],
    Solve: ["SolveRequest", "SolveResponse"],
  } as const)) {
    def[method] = bridgeMethod(method, req, res);
  }
  server.addService(def, impl);
  const p = pipes();
  server.createConnectionInjector(grpc.ServerCredentials.createInsecure()).injectConnection(p.server);
  const channel = await openChannel(p.client, maxMessage === undefined ? {} : { maxMessage });
  cleanups.push(() => {
    channel.close();
    // Node asserts when an HTTP/2 session over an ended JS stream is shut down: leave that one be.
    if (!p.toClient.writableEnded) server.forceShutdown();
  });
  return { bridge: new BridgeClient(channel), channel, ...p };
}

/** A bare node:http2 server on one in-memory connection: `onStream` answers each call by hand. */
async function rawEngine(onStream: (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => void): Promise<{ channel: Channel; bridge: BridgeClient; end: () => void }> {
  const p = pipes();
  const server = http2.createServer();
  server.on("stream", (stream, headers) => {
    // Resets the test sends come back as errors on its own end too.
    stream.on("error", () => undefined);
    onStream(stream, headers);
  });
  server.emit("connection", p.server);
  const channel = await openChannel(p.client);
  cleanups.push(() => channel.close());
  return { channel, bridge: new BridgeClient(channel), end: () => p.toClient.end() };
}

const rejection = async (p: Promise<unknown>): Promise<unknown> => p.then(() => expect.unreachable("the call succeeded"), (e: unknown) => e);

describe("against grpc-js", () => {
  it("makes unary calls, many at once, answered in any order, with their own replies", async () => {
    const { bridge } = await grpcEngine({
      Ping: (_c, cb) => cb(null, { FrontendAPICaps: [{ ID: "solve.base", Enabled: true }], Workers: [{ ID: "w" }] }),
      ReadFile: (c, cb) => setTimeout(() => cb(null, { Data: Buffer.from(`file ${String(c.request["FilePath"])}`) }), Math.random() * 20),
    });
    expect(await bridge.ping()).toMatchObject({ FrontendAPICaps: [{ ID: "solve.base", Enabled: true }], Workers: [{ ID: "w" }] });
    const names = Array.from({ length: 60 }, (_, i) => `f${i}`);
    const texts = await Promise.all(names.map((n) => bridge.readFile("r", n).then((b) => b.toString())));
    expect(texts).toEqual(names.map((n) => `file ${n}`));
  });

  it("carries large messages both ways (flow control), up to the limit", async () => {
    const big = Buffer.alloc(20 << 20, 7);
    const { bridge } = await grpcEngine({
      Solve: (c, cb) => cb(null, { result: { ref: { id: String((c.request["Definition"] as { def?: Buffer[] }).def?.[0]?.length) } } }),
      ReadFile: (_c, cb) => cb(null, { Data: big }),
    });
    const res = await bridge.solve({ Definition: { def: [big] } });
    expect(res.result?.ref?.id).toBe(String(big.length));
    expect((await bridge.readFile("r", "x")).equals(big)).toBe(true);
  });

  it("a failure is a BridgeError with BuildKit's code, message and typed details", async () => {
    const details = [{ type_url: "github.com/moby/buildkit/errdefs.Vertex+json", value: Buffer.from('{"digest":"sha256:1"}') }];
    const { bridge } = await grpcEngine({
      Solve: (_c, cb) => {
        const metadata = new grpc.Metadata();
        metadata.set("grpc-status-details-bin", Buffer.from(encodeMessage("google.rpc.Status", { code: 2, message: "process \"make\" did not complete: exit 1 – ünïcode", details })));
        cb({ code: grpc.status.UNKNOWN, details: "process \"make\" did not complete: exit 1 – ünïcode", metadata });
      },
      ReadFile: (_c, cb) => cb({ code: grpc.status.NOT_FOUND, details: "open /x: no such file or directory" }),
    });
    const err = await rejection(bridge.solve({}));
    expect(err).toBeInstanceOf(BridgeError);
    expect((err as BridgeError).status).toEqual({ code: 2, message: "process \"make\" did not complete: exit 1 – ünïcode", details });
    expect((err as BridgeError).method).toBe("Solve");
    const plain = await rejection(bridge.readFile("r", "x"));
    expect((plain as BridgeError).status).toEqual({ code: 5, message: "open /x: no such file or directory", details: [] });
  });

  it("refuses a reply over the size limit (and keeps the connection for the next call) and never sends a request over it", async () => {
    const { bridge } = await grpcEngine(
      {
        ReadFile: (c, cb) => cb(null, { Data: Buffer.alloc(c.request["FilePath"] === "big" ? 4096 : 10) }),
        Solve: () => expect.unreachable("an oversized request reached the engine"),
      },
      1024,
    );
    const err = (await rejection(bridge.readFile("r", "big"))) as BridgeError;
    expect(err.status.code).toBe(8);
    expect(err.message).toMatch(/reply message of 40\d\d bytes is larger than the limit of 1024/);
    expect((await bridge.readFile("r", "small")).length).toBe(10);
    const sent = (await rejection(bridge.solve({ Definition: { def: [Buffer.alloc(2048)] } }))) as BridgeError;
    expect(sent.status.code).toBe(8);
    expect(sent.message).toMatch(/request message of \d+ bytes is larger than the limit of 1024/);
  });

  it("when the engine goes, calls in flight and later calls fail with Unavailable, never hang", async () => {
    let answer: (() => void) | undefined;
    const { bridge, toClient } = await grpcEngine({ Ping: (_c, cb) => (answer = () => cb(null, {})) });
    const inFlight = rejection(bridge.ping());
    await new Promise((r) => setTimeout(r, 50));
    expect(answer).toBeDefined();
    toClient.end();
    const err = (await inFlight) as BridgeError;
    expect(err.status.code).toBe(14);
    expect(err.message).toMatch(/BuildKit closed the connection/);
    const later = (await rejection(bridge.ping())) as BridgeError;
    expect(later.status.code).toBe(14);
  });
});

describe("against a bare HTTP/2 server", () => {
  it("sends a gRPC request: POST, the method's path, application/grpc, te: trailers, a 5-byte prefix", async () => {
    let seen: { headers: http2.IncomingHttpHeaders; body: Buffer } | undefined;
    const { channel } = await rawEngine((stream, headers) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        seen = { headers, body: Buffer.concat(chunks) };
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
        stream.end(Buffer.from([0, 0, 0, 0, 2, 8, 1]));
      });
    });
    const reply = await channel.unary(`${PATH}Ping`, Buffer.from("abc"));
    expect(reply).toEqual(Buffer.from([8, 1]));
    expect(seen?.headers[":method"]).toBe("POST");
    expect(seen?.headers[":path"]).toBe(`${PATH}Ping`);
    expect(seen?.headers["content-type"]).toBe("application/grpc");
    expect(seen?.headers["te"]).toBe("trailers");
    expect(seen?.body).toEqual(Buffer.from([0, 0, 0, 0, 3, ...Buffer.from("abc")]));
  });

  it("reads a trailers-only failure (status in the headers) with a percent-encoded message and details", async () => {
    const details = [{ type_url: "github.com/moby/buildkit/errdefs.Source+json", value: Buffer.from("{}") }];
    const bin = Buffer.from(encodeMessage("google.rpc.Status", { code: 12, message: "unknown method Inputs", details })).toString("base64").replace(/=+$/, "");
    const { bridge } = await rawEngine((stream) => {
      stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "12", "grpc-message": "unknown%20method%20Inputs", "grpc-status-details-bin": bin }, { endStream: true });
    });
    const err = (await rejection(bridge.inputs())) as BridgeError;
    expect(err.status).toEqual({ code: 12, message: "unknown method Inputs", details });
  });

  it("a reset stream, a reply with no status, a non-gRPC reply and a truncated message each fail with their own reason", async () => {
    const answers: Record<string, (s: http2.ServerHttp2Stream) => void> = {
      reset: (s) => s.close(http2.constants.NGHTTP2_INTERNAL_ERROR),
      refused: (s) => s.close(http2.constants.NGHTTP2_REFUSED_STREAM),
      nostatus: (s) => {
        s.respond({ ":status": 200, "content-type": "application/grpc" });
        s.end(Buffer.from([0, 0, 0, 0, 0]));
      },
      http404: (s) => s.respond({ ":status": 404 }, { endStream: true }),
      truncated: (s) => {
        s.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        s.on("wantTrailers", () => s.sendTrailers({ "grpc-status": "0" }));
        s.end(Buffer.from([0, 0, 0, 0, 9, 1]));
      },
      compressed: (s) => {
        s.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        s.on("wantTrailers", () => s.sendTrailers({ "grpc-status": "0" }));
        s.end(Buffer.from([1, 0, 0, 0, 1, 1]));
      },
      two: (s) => {
        s.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        s.on("wantTrailers", () => s.sendTrailers({ "grpc-status": "0" }));
        s.end(Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
      },
    };
    const { channel } = await rawEngine((stream, headers) => {
      stream.resume();
      const unknown = (s: http2.ServerHttp2Stream) => s.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "12" }, { endStream: true });
      stream.on("end", () => (answers[String(headers[":path"]).slice(1)] ?? unknown)(stream));
    });
    const failure = async (name: string) => {
      const e = await rejection(channel.unary(`/${name}`, Buffer.alloc(0)));
      expect(e).toBeInstanceOf(CallError);
      return { code: (e as CallError).code, message: (e as CallError).message };
    };
    expect(await failure("reset")).toEqual({ code: 13, message: "BuildKit reset the call's stream (HTTP/2 code 2)" });
    expect((await failure("refused")).code).toBe(14);
    expect(await failure("nostatus")).toEqual({ code: 13, message: "BuildKit ended the call without a gRPC status" });
    expect(await failure("http404")).toEqual({ code: 12, message: "BuildKit answered HTTP status 404" });
    expect(await failure("truncated")).toEqual({ code: 13, message: "BuildKit's reply message was cut short" });
    expect((await failure("compressed")).message).toMatch(/compressed/);
    expect(await failure("two")).toEqual({ code: 13, message: "BuildKit's reply had more than one message" });
    // None of it broke the connection.
    expect(await failure("unknown")).toEqual({ code: 12, message: "" });
  });
});
