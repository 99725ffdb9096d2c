/**
 * Building with `hier.lock`: which references are pinned to which digest, and what the file and
 * the lock disagree on (docs/lock.md, "Building with it"). `checkLock` compares the whole file's
 * references with the lock; `lockedHost` wraps a compile host so every locked reference is
 * resolved and built as `REF@DIGEST`.
 */
import type { Diagnostic, Range } from "../diagnostics/index.ts";
import type { CompileHost, ResolvedImage } from "../compile/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { pinImageRef, platformId, type Platform } from "../llb/index.ts";
import { EngineFailure } from "../gateway/attribute.ts";
import { LOCK_FILE, type Lock, type LockEntry } from "./format.ts";
import { imageReferences, repositoryOf, writtenDigest } from "./references.ts";

/** The build arg that chooses how a build treats `hier.lock`. */
export const LOCK_ARG = "HIER_LOCK";

/** `use`: honour it (the default); `ignore`: build unlocked; `strict`: unlocked references are errors. */
export type LockMode = "use" | "ignore" | "strict";

/** The mode `HIER_LOCK` asks for, or a one-line problem when its value is not one. */
export function lockMode(buildArgs: Readonly<Record<string, string>>): LockMode | { problem: string } {
  const v = buildArgs[LOCK_ARG];
  if (v === undefined || v === "") return "use";
  if (v === "ignore" || v === "strict") return v;
  return { problem: `${LOCK_ARG}=${v} is not a lock mode: use ${LOCK_ARG}=ignore (build unlocked) or ${LOCK_ARG}=strict (every image must be locked)` };
}

/** What a lock means for one file: the pins, and the findings in the hier file and in the lock. */
export interface LockCheck {
  /** Locked reference → its entry. */
  readonly pins: ReadonlyMap<string, LockEntry>;
  /** Findings at references of the hier file. */
  readonly diagnostics: readonly Diagnostic[];
  /** Findings at entries of the lock file (`LockUnused`). */
  readonly lockDiagnostics: readonly Diagnostic[];
}

const RELOCK = "run `hier lock FILE` (or `hier lock --update FILE`) and commit hier.lock";

/**
 * Compares every image reference of `graph` with `lock` (see docs/lock.md for the table).
 * `skip` leaves out references a named context replaces.
 */
export function checkLock(graph: StageGraph, lock: Lock, mode: Exclude<LockMode, "ignore">, skip?: (ref: string) => boolean): LockCheck {
  const file = graph.file.name;
  const diagnostics: Diagnostic[] = [];
  const pins = new Map<string, LockEntry>();
  const uses = imageReferences(graph, skip);
  const used = new Set(uses.map((u) => u.ref));
  const unused = [...lock.images].filter(([ref]) => !used.has(ref));
  // Unused entries by repository, so matching a changed tag is one lookup per reference.
  const unusedByRepo = new Map<string, string[]>();
  for (const [ref] of unused) {
    const repo = repositoryOf(ref);
    const list = unusedByRepo.get(repo);
    if (list) list.push(ref);
    else unusedByRepo.set(repo, [ref]);
  }
  const claimed = new Set<string>();
  const at = (range: Range | undefined, d: Omit<Diagnostic, "file" | "range">): void => {
    diagnostics.push({ ...d, file, range: range ?? { start: 0, end: 0 } });
  };
  for (const { ref, ranges } of uses) {
    const entry = lock.images.get(ref);
    const written = writtenDigest(ref);
    if (entry) {
      if (written !== undefined && written !== entry.digest) {
        at(ranges[0], { code: "LockMismatch", severity: "error", message: `${ref} pins a digest, but ${LOCK_FILE} locks it to ${entry.digest}`, hint: RELOCK });
      } else pins.set(ref, entry);
      continue;
    }
    const stale = unusedByRepo.get(repositoryOf(ref)) ?? [];
    if (stale.length > 0) {
      for (const old of stale) claimed.add(old);
      at(ranges[0], {
        code: "LockMismatch", severity: "error",
        message: `${ref} is not in ${LOCK_FILE}, which locks ${stale.join(", ")}: the reference changed since it was locked`,
        hint: RELOCK,
      });
      continue;
    }
    // A reference that writes its digest is pinned already; the lock adds nothing to it.
    if (written !== undefined) continue;
    at(ranges[0], {
      code: "UnlockedImage", severity: mode === "strict" ? "error" : "warning",
      message: `${ref} is not in ${LOCK_FILE}, so it is built from whatever its tag names now`,
      hint: mode === "strict" ? `${RELOCK} (${LOCK_ARG}=strict)` : RELOCK,
    });
  }
  const lockDiagnostics: Diagnostic[] = unused.filter(([ref]) => !claimed.has(ref)).map(([ref, e]) => ({
    code: "LockUnused", severity: "warning", file: lock.file.name, range: e.range,
    message: `${LOCK_FILE} locks ${ref}, which ${file} does not use`,
    hint: "`hier lock FILE` removes entries no reference uses",
  }));
  return { pins, diagnostics, lockDiagnostics };
}

/**
 * `host` with every reference in `pins` resolved and built at its locked digest. A locked entry
 * that records platforms but not the one asked for fails at the reference (`LockMismatch`).
 */
export function lockedHost(host: CompileHost, pins: ReadonlyMap<string, LockEntry>): CompileHost {
  const resolveImage = async (ref: string, platform: Platform): Promise<ResolvedImage> => {
    const entry = pins.get(ref);
    if (!entry) return host.resolveImage(ref, platform);
    const id = platformId(platform);
    const recorded = Object.keys(entry.platforms);
    if (recorded.length > 0 && !recorded.includes(id)) {
      throw new EngineFailure({ kind: "image", ref }, "LockMismatch", `${LOCK_FILE} locks ${ref} for ${recorded.join(", ")}, not for ${id}`, RELOCK);
    }
    const pinned = pinImageRef(ref, entry.digest);
    const resolved = await host.resolveImage(pinned, platform).catch((err: unknown) => {
      // Reported at the reference as the file writes it (the pinned form is nowhere in the file).
      if (err instanceof EngineFailure) throw new EngineFailure({ kind: "image", ref }, err.code, err.message, err.hint, err.engine);
      throw err;
    });
    // The engine resolved REF@DIGEST, so DIGEST is what it is (the classic store reports none for a local copy).
    return { ...resolved, digest: entry.digest };
  };
  return { ...host, resolveImage };
}
