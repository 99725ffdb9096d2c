/** Op digests: how the engine names a vertex. */
import { createHash } from "node:crypto";

/** `sha256:<hex>` of op bytes, exactly as the engine computes it from what it receives. */
export function digestOf(bytes: Uint8Array): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
