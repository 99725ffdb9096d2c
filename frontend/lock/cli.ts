/**
 * `hier.lock` for the CLI (`hier check`, and `hier llb`, which compiles offline): read beside
 * FILE, checked like the frontend checks it; findings printed as the CLI prints diagnostics.
 */
import { formatDiagnostic, type Diagnostic, type SourceFile } from "../diagnostics/index.ts";
import { compileTarget, type CompileHost, type Compiled } from "../compile/index.ts";
import { EngineFailure, rangesOf } from "../gateway/attribute.ts";
import type { StageGraph } from "../graph/model.ts";
import { lockPath, prepareLock, type FileDiagnostics, type RunLock } from "./run.ts";
import { readOptional, type Io } from "../cli/io.ts";

/**
 * The lock beside `path` (none for `-`), checked against `graph` as a build checks it: a problem
 * (a `HIER_LOCK` value that is not a mode), or the findings by file and the host wrapper.
 */
export async function cliLockRun(path: string, io: Io, graph: StageGraph, buildArgs: Readonly<Record<string, string>>): Promise<RunLock> {
  const name = lockPath(path);
  const text = path === "-" ? undefined : await readOptional(io, name);
  return prepareLock(graph, text === undefined ? undefined : { name, text }, buildArgs);
}

/** Every finding of a lock run, errors last, by file. */
export function lockFindings(run: RunLock): FileDiagnostics[] {
  return [...run.warnings, ...(run.errors ? [run.errors] : [])];
}

/** Prints the lock's findings to stderr; resolves to the host wrapper, or undefined when the lock fails the run. */
export async function cliLock(
  path: string, io: Io, graph: StageGraph, buildArgs: Readonly<Record<string, string>>,
): Promise<((h: CompileHost) => CompileHost) | undefined> {
  const run = await cliLockRun(path, io, graph, buildArgs);
  if (run.problem) {
    io.stderr.write(`hier: ${run.problem}\n`);
    return undefined;
  }
  for (const group of lockFindings(run)) {
    for (const d of group.diagnostics) io.stderr.write(formatDiagnostic(d, group.file) + "\n\n");
  }
  return run.errors ? undefined : run.wrap;
}

/** `compileTarget`, with a lock failure (a platform the lock does not record) printed at its line. */
export async function compileLocked(
  graph: StageGraph, target: string, host: CompileHost, file: SourceFile, err: { write(s: string): unknown },
): Promise<Compiled | undefined> {
  try {
    return await compileTarget(graph, target, host);
  } catch (e) {
    if (!(e instanceof EngineFailure)) throw e;
    const [range] = rangesOf(graph.stages, e.subject);
    const d: Diagnostic = { code: e.code, severity: "error", message: e.message, file: file.name, range: range ?? { start: 0, end: 0 }, ...(e.hint ? { hint: e.hint } : {}) };
    err.write(formatDiagnostic(d, file) + "\n\n");
    return undefined;
  }
}
