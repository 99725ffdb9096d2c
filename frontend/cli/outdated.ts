/**
 * `hier outdated FILE`: which locked bases moved, which stages build on them, and the bake
 * targets to rebuild; `--published` checks the family's images in the registry instead.
 * Exit 0: nothing outdated; 1: something is; 2: usage, or the file or lock is invalid;
 * 3: a registry could not be reached.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { SourceFile, formatDiagnostic, hasErrors } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import { LOCK_FILE, parseLock } from "../lock/format.ts";
import { lockPath } from "../lock/run.ts";
import { fromLock, fromRegistry, publishedTag, type Outdated } from "../outdated/plan.ts";
import { RegistryError, imagetoolsRegistry, type Registry } from "../outdated/registry.ts";
import { anyOutdated, bakeReport, jsonReport, outdatedGroups, textReport } from "../outdated/report.ts";
import { CliError, buildArgs, readInput, readOptional, runProgram, type Io } from "./io.ts";

/** The command's usage line. */
export const outdatedUsage =
  "hier outdated FILE [--published [--namespace NS] [--version V]] [--format text|json|bake] [--prefix P] [--build-arg NAME=VALUE]... [--output FILE]";

/** A registry error as the one line the command prints, and exit code 3. */
function registryFailure(e: RegistryError): CliError {
  const what = e.kind === "missing" ? `${e.ref} is not in registry ${e.host}` : `cannot reach registry ${e.host} for ${e.ref}`;
  const todo = e.kind === "missing" ? "check the reference, or push it" : `check that ${e.host} is up and reachable, or \`docker login ${e.host}\``;
  return new CliError(`${what} (${e.message}): ${todo}`, 3);
}

/** Runs the command with `registry` (tests pass a fake; the default asks buildx imagetools). */
export async function runOutdatedWith(argv: string[], io: Io, registry: Registry): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: "boolean", default: false },
      namespace: { type: "string" },
      version: { type: "string" },
      format: { type: "string", default: "text" },
      prefix: { type: "string", default: "" },
      "build-arg": { type: "string", multiple: true },
      output: { type: "string", short: "o" },
    },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`usage: ${outdatedUsage}`);
  if (path === "-") throw new CliError("hier outdated needs the build file's path (hier.lock is read beside it), not -");
  if (!["text", "json", "bake"].includes(values.format)) throw new CliError(`unknown --format \`${values.format}\`: text, json or bake`);
  if (!values.published && (values.namespace !== undefined || values.version !== undefined)) throw new CliError("--namespace and --version go with --published");
  const text = await readInput(io, path);
  const file = new SourceFile(path, text);
  const { graph, diagnostics } = loadGraph(text, path, { buildArgs: buildArgs(values["build-arg"]) });
  if (!graph || hasErrors(diagnostics)) {
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return 2;
  }
  const groups = outdatedGroups(values.prefix);
  const clash = graph.stages.map((s) => `${values.prefix}${s.name}`).find((t) => Object.values(groups).includes(t));
  if (values.format === "bake" && clash) throw new CliError(`stage target \`${clash}\` has the name of a group hier outdated writes: rename the stage`);
  let result: Outdated;
  try {
    if (values.published) {
      const ns = values.namespace ?? process.env.NAMESPACE ?? graph.namespace ?? "library";
      const version = values.version ?? process.env.VERSION ?? graph.version ?? "latest";
      result = await fromRegistry(graph, (s) => publishedTag(graph, s, ns, version), registry);
    } else {
      const locked = await readLockDigests(io, path);
      if (!locked) return 2;
      result = await fromLock(graph, locked, registry);
    }
  } catch (e) {
    if (e instanceof RegistryError) throw registryFailure(e);
    throw e;
  }
  const out =
    values.format === "json" ? jsonReport(result, values.prefix)
    : values.format === "bake" ? bakeReport(result, path, values.prefix)
    : textReport(result, path, values.prefix);
  if (values.output) {
    await writeFile(resolve(io.cwd ?? process.cwd(), values.output), out);
    io.stderr.write(`hier: wrote ${values.output} (${result.stages.length} targets)\n`);
  } else {
    io.stdout.write(out);
  }
  return anyOutdated(result) ? 1 : 0;
}

/** The locked digests by reference, from hier.lock beside `path`; undefined when it is invalid (printed at its lines). */
async function readLockDigests(io: Io, path: string): Promise<Map<string, string> | undefined> {
  const lock = lockPath(path);
  // A missing lock is "lock first"; one that cannot be read says why (permissions, a directory).
  const text = await readOptional(io, lock);
  if (text === undefined) {
    throw new CliError(`no ${LOCK_FILE} beside ${path}: run \`hier lock ${path}\` first (or check the published images with --published)`);
  }
  const file = new SourceFile(lock, text);
  const { lock: parsed, diagnostics } = parseLock(file);
  if (!parsed) {
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return undefined;
  }
  return new Map([...parsed.images].map(([ref, e]) => [ref, e.digest]));
}

/** `hier outdated FILE …` (registry questions through `docker buildx imagetools inspect`). */
export function runOutdated(argv: string[], io: Io): Promise<number> {
  return runOutdatedWith(argv, io, imagetoolsRegistry((p, a, i) => runProgram(io, p, a, i)));
}
