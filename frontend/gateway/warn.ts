/**
 * Build warnings (the Warn call, cap `gateway.warnings`). Each names a vertex the progress already
 * shows (WarnRequest.digest), so buildx's progress prints it at that step as it arrives
 * (`#5 WARN: …` in plain progress, under the step on a terminal), and again in its summary after
 * the build. The step carries it: buildx up to 0.13 can exit before its summary is written out.
 */
import type { Bridge } from "./client.ts";
import type { Caps } from "./frontend.ts";
import type * as M from "./messages.ts";

/** Sends a warning at `vertex` (a digest of an op hier solved, e.g. BuildFile.vertex); false when the engine takes none. */
export async function warnAt(bridge: Bridge, caps: Caps, vertex: string | undefined, text: string, more: Omit<M.WarnRequest, "short" | "digest"> = {}): Promise<boolean> {
  if (!caps.frontend.has("gateway.warnings")) return false;
  await bridge.warn({ level: 1, ...more, short: Buffer.from(text, "utf8"), ...(vertex ? { digest: vertex } : {}) });
  return true;
}
