/**
 * grpc-js method definitions for LLBBridge methods, coded with hier's own proto types: the tests'
 * fake engines serve the frontend's node:http2 client with a real gRPC implementation.
 */
import type * as grpc from "@grpc/grpc-js";
import { decodeMessage, encodeMessage } from "../../../frontend/proto.ts";

/** The frontend API's proto package. */
export const F = "moby.buildkit.v1.frontend.";

/** The definition of LLBBridge `method` taking `req` and answering `res` (type names in package F). */
export function bridgeMethod(method: string, req: string, res: string): grpc.MethodDefinition<object, object> {
  return {
    path: `/${F}LLBBridge/${method}`,
    requestStream: false,
    responseStream: false,
    requestSerialize: (v: object) => Buffer.from(encodeMessage(F + req, v)),
    requestDeserialize: (b: Buffer) => decodeMessage(F + req, b),
    responseSerialize: (v: object) => Buffer.from(encodeMessage(F + res, v)),
    responseDeserialize: (b: Buffer) => b,
  };
}
