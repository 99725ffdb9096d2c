/**
 * The one module that knows how bytes reach BuildKit: gRPC unary calls on node:http2, straight
 * over stdio.
 *
 * BuildKit serves the LLBBridge gRPC API (HTTP/2 with prior knowledge, no TLS) over the
 * frontend's stdin (server → us) and stdout (us → server). node:http2 does the HTTP/2 part
 * (framing, HPACK, flow control) on a Duplex of the two; what gRPC adds for a unary call is small
 * and lives here: a POST to `/<package>.<Service>/<Method>` with `content-type: application/grpc`
 * and `te: trailers`, the message behind a 5-byte prefix (a compressed flag and a big-endian
 * length) each way, and the outcome in `grpc-status`/`grpc-message`/`grpc-status-details-bin`,
 * in the trailers or, for a call that fails at once, in the response headers (trailers-only).
 *
 * One HTTP/2 connection for the life of the process (the pipe cannot carry a second one): no
 * reconnects, no keepalive pings. When it goes (BuildKit closed stdin, a GOAWAY, a broken pipe),
 * every call in flight and every later call fails with code Unavailable.
 *
 * A failed call rejects with a `CallError` (code, message, the raw status details); client.ts
 * turns it into a `BridgeError`.
 */
import type * as http2 from "node:http2";
import { Duplex, type Readable, type Writable } from "node:stream";

/** Streams that carry the HTTP/2 connection: stdin/stdout in the frontend image, anything in tests. */
export interface Pipe {
  readonly input: Readable;
  readonly output: Writable;
}

/** A gRPC connection to BuildKit: unary calls of encoded messages. */
export interface Channel {
  /** Sends `message` to `path` (`/package.Service/Method`) and resolves with the reply's bytes. */
  unary(path: string, message: Uint8Array): Promise<Buffer>;
  /** Ends the connection (tests; the frontend process exits instead). */
  close(): void;
}

/** gRPC status codes the transport itself reports. */
export const Status = { Cancelled: 1, Unknown: 2, PermissionDenied: 7, ResourceExhausted: 8, Unimplemented: 12, Internal: 13, Unavailable: 14, Unauthenticated: 16 } as const;

/** A failed call: the gRPC code and message, and `grpc-status-details-bin` (a `google.rpc.Status`) when sent. */
export class CallError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: Buffer,
  ) {
    super(message);
    this.name = "CallError";
  }
}

/** Largest message either way. BuildKit's own default is 16 MiB; build files and LLB stay far below. */
export const MAX_MESSAGE = 64 << 20;

/** Options for tests. */
export interface ChannelOptions {
  /** Largest message either way (default MAX_MESSAGE). */
  readonly maxMessage?: number;
}

/**
 * Opens the HTTP/2 connection over `pipe`. node:http2 is loaded here, not when the bundle loads:
 * a V8 startup snapshot cannot hold it (scripts/build-snapshot.mjs). `getBuiltinModule`, not
 * `import()`: a process started from a snapshot has no dynamic-import hook.
 */
export async function openChannel(pipe: Pipe, options: ChannelOptions = {}): Promise<Channel> {
  const h2 = process.getBuiltinModule("node:http2");
  return new Http2Channel(h2, pipe, options.maxMessage ?? MAX_MESSAGE);
}

/** HTTP status of a non-gRPC reply → gRPC code (the mapping the gRPC HTTP/2 spec gives). */
function codeOfHttpStatus(status: number): number {
  if (status === 400) return Status.Internal;
  if (status === 401) return Status.Unauthenticated;
  if (status === 403) return Status.PermissionDenied;
  if (status === 404) return Status.Unimplemented;
  if (status === 429 || status === 502 || status === 503 || status === 504) return Status.Unavailable;
  return Status.Unknown;
}

/** HTTP/2 RST_STREAM code → gRPC code (as the gRPC HTTP/2 spec maps them). */
function codeOfReset(rstCode: number, h2: typeof http2.constants): number {
  if (rstCode === h2.NGHTTP2_REFUSED_STREAM) return Status.Unavailable;
  if (rstCode === h2.NGHTTP2_CANCEL) return Status.Cancelled;
  if (rstCode === h2.NGHTTP2_ENHANCE_YOUR_CALM) return Status.ResourceExhausted;
  if (rstCode === h2.NGHTTP2_INADEQUATE_SECURITY) return Status.PermissionDenied;
  return Status.Internal;
}

/** `grpc-message` is percent-encoded UTF-8; a malformed escape is kept as it came. */
function decodeMessage(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const header = (h: http2.IncomingHttpHeaders, name: string): string | undefined => {
  const v = h[name];
  return Array.isArray(v) ? v.join(",") : v;
};

class Http2Channel implements Channel {
  readonly #session: http2.ClientHttp2Session;
  readonly #constants: typeof http2.constants;
  readonly #max: number;
  /** Why the connection is gone, once it is. */
  #gone: string | undefined;

  constructor(h2: typeof http2, pipe: Pipe, max: number) {
    this.#constants = h2.constants;
    this.#max = max;
    const duplex = Duplex.from({ readable: pipe.input, writable: pipe.output });
    // A broken pipe reaches the session as its error; this listener only keeps it from being thrown.
    duplex.on("error", () => undefined);
    this.#session = h2.connect("http://localhost", {
      createConnection: () => duplex,
      settings: { enablePush: false },
    });
    const gone = (why: string) => (this.#gone ??= why);
    this.#session.on("error", (err: Error) => gone(`the connection to BuildKit failed: ${err.message}`));
    this.#session.on("goaway", (code: number) => gone(`BuildKit closed the connection (GOAWAY, HTTP/2 code ${code})`));
    this.#session.on("close", () => gone("BuildKit closed the connection"));
    // The input ending is the engine going away, even before the session notices.
    pipe.input.once("end", () => gone("BuildKit closed the connection (end of input)"));
  }

  unary(path: string, message: Uint8Array): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const fail = (code: number, text: string, details?: Buffer) => reject(new CallError(code, text, details));
      if (this.#gone !== undefined) return fail(Status.Unavailable, this.#gone);
      if (message.length > this.#max) return fail(Status.ResourceExhausted, `request message of ${message.length} bytes is larger than the limit of ${this.#max}`);
      let stream: http2.ClientHttp2Stream;
      try {
        stream = this.#session.request({
          ":method": "POST",
          ":path": path,
          "content-type": "application/grpc",
          te: "trailers",
        });
      } catch (err) {
        return fail(Status.Unavailable, this.#gone ?? `cannot start a call on the connection to BuildKit: ${(err as Error).message}`);
      }
      const call = new UnaryCall(this.#max);
      stream.on("response", (headers) => call.headers(headers));
      stream.on("trailers", (trailers) => call.trailers(trailers));
      stream.on("data", (chunk: Buffer) => {
        if (!call.data(chunk)) stream.close(this.#constants.NGHTTP2_CANCEL);
      });
      // Errors (a reset, the session going) are read from the stream's state when it closes.
      stream.on("error", () => undefined);
      stream.on("close", () => {
        const outcome = call.outcome(stream.rstCode, this.#constants, this.#gone);
        if (outcome instanceof CallError) reject(outcome);
        else resolve(outcome);
      });
      const prefix = Buffer.alloc(5);
      prefix.writeUInt32BE(message.length, 1);
      stream.end(Buffer.concat([prefix, message]));
    });
  }

  close(): void {
    this.#gone ??= "the connection was closed";
    this.#session.destroy();
  }
}

/** What one unary call received, and what it amounts to when its stream closes. */
class UnaryCall {
  readonly #max: number;
  readonly #chunks: Buffer[] = [];
  #length = 0;
  #httpStatus: number | undefined;
  #contentType: string | undefined;
  #status: { code: number; message: string; details?: Buffer } | undefined;
  #failure: CallError | undefined;

  constructor(max: number) {
    this.#max = max;
  }

  headers(h: http2.IncomingHttpHeaders): void {
    this.#httpStatus = Number(h[":status"]);
    this.#contentType = header(h, "content-type");
    // Trailers-only: a call that fails at once sends its status in the headers.
    this.#takeStatus(h);
  }

  trailers(t: http2.IncomingHttpHeaders): void {
    this.#takeStatus(t);
  }

  /** Takes a chunk of the body; false when the call must stop (its reply is too large). */
  data(chunk: Buffer): boolean {
    if (this.#failure) return false;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
    if (this.#length >= 5) {
      if (this.#chunks.length > 1 && this.#chunks[0]!.length < 5) this.#chunks.splice(0, this.#chunks.length, Buffer.concat(this.#chunks));
      const size = this.#chunks[0]!.readUInt32BE(1);
      if (size > this.#max) {
        this.#failure = new CallError(Status.ResourceExhausted, `reply message of ${size} bytes is larger than the limit of ${this.#max}`);
        return false;
      }
      if (this.#length > 5 + size) {
        this.#failure = new CallError(Status.Internal, "BuildKit's reply had more than one message");
        return false;
      }
    }
    return true;
  }

  #takeStatus(h: http2.IncomingHttpHeaders): void {
    const code = header(h, "grpc-status");
    if (code === undefined) return;
    const details = header(h, "grpc-status-details-bin");
    const parsed = Number(code);
    this.#status = {
      code: Number.isInteger(parsed) && parsed >= 0 ? parsed : Status.Unknown,
      message: decodeMessage(header(h, "grpc-message") ?? ""),
      ...(details ? { details: Buffer.from(details, "base64") } : {}),
    };
  }

  /** The reply, or why there is none, once the stream has closed. */
  outcome(rstCode: number, h2: typeof http2.constants, gone: string | undefined): Buffer | CallError {
    if (this.#failure) return this.#failure;
    if (this.#httpStatus !== undefined && this.#httpStatus !== 200) {
      return new CallError(codeOfHttpStatus(this.#httpStatus), `BuildKit answered HTTP status ${this.#httpStatus}`);
    }
    const status = this.#status;
    if (status === undefined) {
      if (gone !== undefined) return new CallError(Status.Unavailable, gone);
      if (rstCode !== h2.NGHTTP2_NO_ERROR) return new CallError(codeOfReset(rstCode, h2), `BuildKit reset the call's stream (HTTP/2 code ${rstCode})`);
      return new CallError(Status.Internal, "BuildKit ended the call without a gRPC status");
    }
    if (status.code !== 0) return new CallError(status.code, status.message, status.details);
    if (this.#contentType !== undefined && !this.#contentType.startsWith("application/grpc")) {
      return new CallError(Status.Unknown, `BuildKit answered with content-type ${this.#contentType}, not gRPC`);
    }
    return this.#message();
  }

  /** The one message of an OK reply. */
  #message(): Buffer | CallError {
    const body = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#length);
    if (body.length < 5) return new CallError(Status.Internal, "BuildKit's reply had no message");
    const size = body.readUInt32BE(1);
    if (body.length < 5 + size) return new CallError(Status.Internal, "BuildKit's reply message was cut short");
    if (body[0] !== 0) return new CallError(Status.Internal, "BuildKit's reply message was compressed, though no compression was offered");
    return body.subarray(5);
  }
}
