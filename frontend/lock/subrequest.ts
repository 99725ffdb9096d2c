/**
 * The `frontend.lock` subrequest (`docker buildx build --call=lock`, buildx 0.13: `--print=lock`):
 * resolves every image reference of the file through the engine and answers with the lock file
 * as `result.txt` (and `{version, images}` as `result.json`). Each reference is resolved from its
 * registry (resolve mode `pull`), so a stale local copy does not decide the digest; one that only
 * the engine's image store has is resolved there, and left out when the store reports no digest
 * (the classic store does not).
 */
import type { CompileHost } from "../compile/index.ts";
import type { StageGraph } from "../graph/model.ts";
import type { Platform } from "../llb/index.ts";
import { EngineFailure, statusFromFailure } from "../gateway/attribute.ts";
import type * as M from "../gateway/messages.ts";
import { LOCK_VERSION, formatLock, type LockedImage } from "./format.ts";
import { imageReferences } from "./references.ts";

/** Hosts to resolve with: from the registry first, then the engine's default (local store). */
export interface LockHosts {
  readonly pull: CompileHost;
  readonly local: CompileHost;
}

/** Answers `frontend.lock` for `graph`, resolving for `platform`; `skip` leaves out references a named context replaces. */
export async function lockSubrequest(graph: StageGraph, hosts: LockHosts, platform: Platform, skip?: (ref: string) => boolean): Promise<M.ReturnRequest> {
  const refs = imageReferences(graph, skip).map((u) => u.ref);
  const images: Record<string, LockedImage> = {};
  const notLocked: string[] = [];
  try {
    await Promise.all(refs.map(async (ref) => {
      const remote = await hosts.pull.resolveImage(ref, platform).catch(() => undefined);
      const resolved = remote ?? (await hosts.local.resolveImage(ref, platform));
      if (resolved.digest) images[ref] = { digest: resolved.digest, platforms: {} };
      else notLocked.push(ref);
    }));
  } catch (err) {
    if (err instanceof EngineFailure) return { error: statusFromFailure(graph.file, graph.stages, err) };
    throw err;
  }
  let text = formatLock(images);
  for (const ref of notLocked.sort()) text += `# not locked: ${ref} is only in the engine's image store, which reports no digest for it\n`;
  const metadata: Record<string, Uint8Array> = {
    "result.json": Buffer.from(JSON.stringify({ version: LOCK_VERSION, images, notLocked }), "utf8"),
    "result.txt": Buffer.from(text, "utf8"),
    version: Buffer.from("1.0.0", "utf8"),
  };
  return { result: { metadata } };
}
