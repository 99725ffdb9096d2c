/**
 * `hier check FILE`: parse and check a stage-graph file, `hier.lock` beside it as a build would
 * (docs/lock.md), and the ignore file a build from its directory uses (`FILE.dockerignore`, else
 * `.dockerignore` there), and print every diagnostic.
 */
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { SourceFile, formatDiagnostic, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import { cliLockRun, lockFindings } from "../lock/cli.ts";
import type { FileDiagnostics } from "../lock/run.ts";
import { targetFlag } from "./flags.ts";
import { CliError, buildArgs, inputName, readInput, type Io } from "./io.ts";
import { readIgnoreFile } from "./offline-host.ts";

export const checkUsage = "hier check FILE [--format text|json] [--build-arg NAME=VALUE]... [--target STAGE]";

/** A diagnostic for tools: 1-based line/column (columns in code points), offsets in UTF-16 units. */
export function diagnosticJson(d: Diagnostic, file: SourceFile) {
  const s = file.position(d.range.start);
  const e = file.position(d.range.end);
  return {
    code: d.code, severity: d.severity, message: d.message, file: d.file,
    line: s.line, column: s.column, endLine: e.line, endColumn: e.column, offset: d.range.start, endOffset: d.range.end,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ message: r.message, ...file.position(r.range.start) })) } : {}),
  };
}

export async function runCheck(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { format: { type: "string", default: "text" }, "build-arg": { type: "string", multiple: true }, target: { type: "string" } },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length) throw new CliError(`usage: ${checkUsage}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`unknown format \`${values.format}\` (text or json)`);
  const target = targetFlag(values.target);
  const text = await readInput(io, path);
  const name = inputName(path);
  const file = new SourceFile(name, text);
  const args = buildArgs(values["build-arg"]);
  const { graph, diagnostics } = loadGraph(text, name, { buildArgs: args, ...(target === undefined ? {} : { target }) });
  // The lock beside the file, checked as a build checks it (its findings after the file's own).
  const groups: FileDiagnostics[] = [{ file, diagnostics }];
  if (graph && !hasErrors(diagnostics)) {
    const lock = await cliLockRun(path, io, graph, args);
    if (lock.problem) throw new CliError(lock.problem, 1);
    for (const g of lockFindings(lock)) {
      if (g.file.name === name) groups[0] = { file, diagnostics: [...groups[0]!.diagnostics, ...g.diagnostics] };
      else groups.push(g);
    }
  }
  if (path !== "-") {
    const ignore = await readIgnoreFile(io, path, dirname(path));
    if (ignore && "diagnostic" in ignore.parsed) groups.push({ file: ignore.file, diagnostics: [ignore.parsed.diagnostic] });
  }
  const all = groups.flatMap((g) => g.diagnostics);
  const failed = hasErrors(all);
  if (values.format === "json") {
    const json = groups.flatMap((g) => g.diagnostics.map((d) => diagnosticJson(d, g.file)));
    io.stdout.write(JSON.stringify({ file: name, ok: !failed, diagnostics: json }, null, 2) + "\n");
    return failed ? 1 : 0;
  }
  for (const g of groups) for (const d of g.diagnostics) io.stdout.write(formatDiagnostic(d, g.file) + "\n\n");
  const errors = all.filter((d) => d.severity === "error").length;
  const warnings = all.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  io.stdout.write(failed ? `${name}: ${plural(errors, "error")}, ${plural(warnings, "warning")}\n`
    : `${name}: ok, ${plural(graph?.stages.length ?? 0, "stage")}${warnings ? `, ${plural(warnings, "warning")}` : ""}\n`);
  return failed ? 1 : 0;
}
