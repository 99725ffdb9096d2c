/**
 * The subcommand registry. To add one (`llb`, `bake`), write `runX(argv, io): Promise<number>`
 * in its own file and add an entry here; main.ts needs no change.
 */
import { checkUsage, runCheck } from "./check.ts";
import { graphUsage, runGraph } from "./graph.ts";
import type { Io } from "./io.ts";
import { llbUsage, runLlb } from "./llb.ts";
import { bakeUsage, runBake } from "./bake.ts";
import { lockUsage, runLock } from "./lock.ts";
import { outdatedUsage, runOutdated } from "./outdated.ts";
import { cacheUsage, runCache } from "./cache.ts";

export interface Command {
  /** One line for `hier --help`. */
  readonly summary: string;
  readonly usage: string;
  readonly run: (argv: string[], io: Io) => Promise<number>;
}

export const commands: Readonly<Record<string, Command>> = {
  check: { summary: "validate a stage-graph file and print its diagnostics", usage: checkUsage, run: runCheck },
  graph: { summary: "draw the stage graph (Mermaid, Graphviz DOT or SVG)", usage: graphUsage, run: runGraph },
  bake: { summary: "write a bake file that builds and tags every image of the graph", usage: bakeUsage, run: runBake },
  lock: { summary: "resolve every image reference and write hier.lock beside the file", usage: lockUsage, run: runLock },
  outdated: { summary: "list the bases that moved since hier.lock, the stages on them and the bake targets to rebuild", usage: outdatedUsage, run: runOutdated },
  llb: { summary: "compile a target and print its LLB (no daemon needed)", usage: llbUsage, run: runLlb },
  cache: { summary: "list a target's cache mounts; export or seed their contents (docker buildx)", usage: cacheUsage, run: runCache },
};
