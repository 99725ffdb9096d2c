/**
 * `hier.lock` in one frontend run: read it (unless `HIER_LOCK=ignore`), check it against the
 * file, and hand back the errors to fail with, the warnings to send, and the host wrapper that
 * pins the locked references. The gateway calls `prepareLock` once per run.
 */
import { posix } from "node:path";
import { SourceFile, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import type { CompileHost } from "../compile/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { LOCK_FILE, parseLock } from "./format.ts";
import { checkLock, lockMode, lockedHost } from "./honour.ts";

/** Where the lock of build file `name` is: beside it. */
export function lockPath(name: string): string {
  return posix.join(posix.dirname(name), LOCK_FILE);
}

/** Diagnostics of one file. */
export interface FileDiagnostics {
  readonly file: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

/** What a run does with its lock. */
export interface RunLock {
  /** Errors that fail the build (in the hier file or in the lock), when any. */
  readonly errors?: FileDiagnostics;
  /** A problem that is no file's (a `HIER_LOCK` value that is not a mode). */
  readonly problem?: string;
  readonly warnings: readonly FileDiagnostics[];
  readonly wrap: (host: CompileHost) => CompileHost;
}

/**
 * The lock of one run. `lock` is the lock file's path and text when it exists beside the build
 * file; `skip` leaves out references a named context replaces.
 */
export function prepareLock(
  graph: StageGraph, lock: { name: string; text: string } | undefined, buildArgs: Readonly<Record<string, string>>, skip?: (ref: string) => boolean,
): RunLock {
  const none: RunLock = { warnings: [], wrap: (h) => h };
  const mode = lockMode(buildArgs);
  if (typeof mode === "object") return { ...none, problem: mode.problem };
  if (mode === "ignore" || lock === undefined) {
    // Without a lock, strict still holds: every reference would be unlocked.
    if (mode !== "strict" || lock !== undefined) return none;
  }
  const lockFile = new SourceFile(lock?.name ?? LOCK_FILE, lock?.text ?? "version: 1\nimages: {}\n");
  const parsed = parseLock(lockFile);
  if (!parsed.lock) return { ...none, errors: { file: lockFile, diagnostics: parsed.diagnostics } };
  const check = checkLock(graph, parsed.lock, mode === "strict" ? "strict" : "use", skip);
  const warn = (d: readonly Diagnostic[]): Diagnostic[] => d.filter((x) => x.severity === "warning");
  const warnings = [
    { file: graph.file, diagnostics: warn(check.diagnostics) },
    { file: lockFile, diagnostics: warn(check.lockDiagnostics) },
  ].filter((w) => w.diagnostics.length > 0);
  if (hasErrors(check.diagnostics)) return { ...none, warnings, errors: { file: graph.file, diagnostics: check.diagnostics } };
  return { warnings, wrap: (h) => lockedHost(h, check.pins) };
}
