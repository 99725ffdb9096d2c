/** `hier graph FILE`: the stage graph as Mermaid, Graphviz DOT, or SVG (through Graphviz `dot`). */
import { parseArgs } from "node:util";
import { SourceFile, formatDiagnostic, hasErrors } from "../diagnostics/index.ts";
import { loadGraph, toDot, toMermaid } from "../graph/index.ts";
import { CliError, buildArgs, inputName, readInput, runProgram, type Io } from "./io.ts";

export const graphUsage = "hier graph FILE [--format mermaid|dot|svg] [--build-arg NAME=VALUE]...";

export async function runGraph(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { format: { type: "string", default: "mermaid" }, "build-arg": { type: "string", multiple: true } },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length) throw new CliError(`usage: ${graphUsage}`);
  const format = values.format;
  if (format !== "mermaid" && format !== "dot" && format !== "svg") throw new CliError(`unknown format \`${format}\` (mermaid, dot or svg)`);
  const text = await readInput(io, path);
  const { graph, diagnostics } = loadGraph(text, inputName(path), { buildArgs: buildArgs(values["build-arg"]) });
  if (!graph || hasErrors(diagnostics)) {
    const file = new SourceFile(inputName(path), text);
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return 1;
  }
  if (format === "mermaid") io.stdout.write(toMermaid(graph));
  else if (format === "dot") io.stdout.write(toDot(graph));
  else {
    let svg: string;
    try {
      svg = await runProgram(io, "dot", ["-Tsvg"], toDot(graph));
    } catch (e) {
      const missing = e instanceof Error && "code" in e && (e as { code?: unknown }).code === "ENOENT";
      throw new CliError(missing ? "--format svg needs Graphviz's `dot` program, which is not installed (apt-get install graphviz); --format dot prints the source"
        : `dot failed: ${e instanceof Error ? e.message : String(e)}`, 1);
    }
    io.stdout.write(svg);
  }
  return 0;
}
