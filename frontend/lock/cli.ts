/**
 * `hier.lock` for the CLI's offline compilers (`hier llb`): read beside FILE, checked like the
 * frontend checks it; findings printed as the CLI prints diagnostics.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { formatDiagnostic, type Diagnostic, type SourceFile } from "../diagnostics/index.ts";
import { compileTarget, type CompileHost, type Compiled } from "../compile/index.ts";
import { EngineFailure, rangesOf } from "../gateway/attribute.ts";
import type { StageGraph } from "../graph/model.ts";
import { LOCK_FILE } from "./format.ts";
import { prepareLock } from "./run.ts";

/** Prints the lock's findings to `err`; resolves to the host wrapper, or undefined when the lock fails the run. */
export async function cliLock(
  path: string, cwd: string, graph: StageGraph, buildArgs: Readonly<Record<string, string>>, err: { write(s: string): unknown },
): Promise<((h: CompileHost) => CompileHost) | undefined> {
  let lock: { name: string; text: string } | undefined;
  if (path !== "-") {
    const text = await readFile(join(dirname(resolve(cwd, path)), LOCK_FILE), "utf8").catch(() => undefined);
    if (text !== undefined) lock = { name: join(dirname(path), LOCK_FILE), text };
  }
  const run = prepareLock(graph, lock, buildArgs);
  if (run.problem) {
    err.write(`hier: ${run.problem}\n`);
    return undefined;
  }
  for (const group of [...run.warnings, ...(run.errors ? [run.errors] : [])]) {
    for (const d of group.diagnostics) err.write(formatDiagnostic(d, group.file) + "\n\n");
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
