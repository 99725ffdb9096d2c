/**
 * The one module that knows how bytes reach BuildKit.
 *
 * BuildKit serves the LLBBridge gRPC API (HTTP/2 with prior knowledge, no TLS) over the
 * frontend's stdin (server → us) and stdout (us → server). grpc-js cannot dial an arbitrary
 * stream, so we listen on a private unix socket, let grpc-js connect to it, and relay exactly one
 * connection to stdio. The pipe can carry only one HTTP/2 connection for the life of the process:
 * a second connection (a reconnect) would interleave bytes, so the listener closes after the first
 * accept and the channel is configured never to go idle or to ping.
 */
import type * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/** Streams that carry the HTTP/2 connection: stdin/stdout in the frontend image, anything in tests. */
export interface Pipe {
  readonly input: Readable;
  readonly output: Writable;
}

/** A grpc-js client bound to the relayed connection, and a way to tear it down. */
export interface Channel {
  readonly client: grpc.Client;
  close(): void;
}

/** Largest message either way. BuildKit's own default is 16 MiB; build files and LLB stay far below. */
const MAX_MESSAGE = 64 << 20;

/**
 * Opens the relay and returns a grpc-js client that talks over `pipe`. grpc-js is loaded here, not
 * when the bundle loads: a startup snapshot (scripts/build-snapshot.mjs) holds everything but it
 * (grpc-js loads node:http, which a snapshot cannot hold), and the load overlaps nothing else.
 */
export async function openChannel(pipe: Pipe): Promise<Channel> {
  const grpc = await import("@grpc/grpc-js");
  const dir = mkdtempSync(join(tmpdir(), "hier-grpc-"));
  const path = join(dir, "bridge.sock");
  let relayed: Socket | undefined;
  const server = createServer((socket) => {
    if (relayed) {
      // A second connection cannot share the pipe; refuse it rather than corrupt the stream.
      socket.destroy();
      return;
    }
    relayed = socket;
    server.close();
    pipe.input.pipe(socket);
    socket.pipe(pipe.output, { end: false });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, resolve);
  });
  const client = new grpc.Client(`unix://${path}`, grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": MAX_MESSAGE,
    "grpc.max_send_message_length": MAX_MESSAGE,
    "grpc.client_idle_timeout_ms": 2 ** 31 - 1,
    "grpc.enable_retries": 0,
    "grpc.default_authority": "localhost",
  });
  return {
    client,
    close() {
      client.close();
      relayed?.destroy();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
