/**
 * `hier llb FILE`: compiles a target without a daemon and prints its LLB, like `buildctl debug
 * dump-llb`: one entry per op in Definition order (dependencies first, the terminal op last),
 * each with its digest, the decoded op, its metadata and its YAML lines. `--format pb` writes
 * the encoded `pb.Definition` instead (pipe it to `buildctl debug dump-llb` or `buildctl build`).
 * Images are not resolved offline, so FROM ops are pinned only when hier.lock beside FILE locks them.
 */
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { readSourceDateEpoch, type DefinitionObject } from "../compile/index.ts";
import { SourceFile, formatDiagnostic, hasErrors } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import { decodeMessage, encodeMessage } from "../proto.ts";
import { CliError, buildArgs, inputName, readInput, type Io } from "./io.ts";
import { digestOf, parsePlatform } from "../llb/index.ts";
import { platformFlag, targetFlag } from "./flags.ts";
import { offlineHost } from "./offline-host.ts";
import { cliLock, compileLocked } from "../lock/cli.ts";

export const llbUsage =
  "hier llb FILE [--target STAGE] [--build-arg NAME=VALUE]... [--build-context NAME=VALUE]... [--platform OS/ARCH] [--context DIR] [--no-mergeop] [--format json|pb]";

/** Pairs `NAME=VALUE` into a record. */
function pairs(values: readonly string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq <= 0) throw new CliError(`invalid ${flag} \`${v}\`: expected NAME=VALUE`);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

/** A definition as readable JSON: ops decoded, digests recomputed from the exact bytes. */
export function dumpDefinition(def: DefinitionObject): unknown[] {
  const d = def;
  return (d.def ?? []).map((bytes) => {
    const digest = digestOf(bytes);
    const op = decodeMessage("pb.Op", bytes);
    const locations = d.Source?.locations?.[digest]?.locations;
    return { digest, op: readable(op), metadata: d.metadata?.[digest] ?? {}, ...(locations ? { locations } : {}) };
  });
}

/**
 * The test execs of a compiled target, as `dumpDefinition` writes ops: the inputs, in order, of
 * the op that needs them all (`allOf`, the last op before the terminal).
 */
export function dumpTests(def: DefinitionObject | undefined): unknown[] {
  if (def === undefined) return [];
  const ops = dumpDefinition(def) as { digest: string; op: { inputs?: { digest: string }[] } }[];
  const byDigest = new Map(ops.map((o) => [o.digest, o]));
  return (ops.at(-2)?.op.inputs ?? []).map((i) => byDigest.get(i.digest));
}

/** Bytes fields as UTF-8 text when printable (mkfile data), else base64. */
function readable(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    const text = Buffer.from(value).toString("utf8");
    return /^[\t\n\r\x20-\x7e]*$/.test(text) ? text : { base64: Buffer.from(value).toString("base64") };
  }
  if (Array.isArray(value)) return value.map(readable);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readable(v)]));
  }
  return value;
}

export async function runLlb(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: "string" },
      "build-arg": { type: "string", multiple: true },
      "build-context": { type: "string", multiple: true },
      platform: { type: "string" },
      context: { type: "string" },
      "no-mergeop": { type: "boolean", default: false },
      format: { type: "string", default: "json" },
    },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`usage: ${llbUsage}`);
  if (values.format !== "json" && values.format !== "pb") throw new CliError(`unknown format \`${values.format}\` (json or pb)`);
  const requested = targetFlag(values.target);
  const requestedPlatform = values.platform === undefined ? undefined : platformFlag(values.platform, "hier llb");
  const text = await readInput(io, path);
  const file = new SourceFile(inputName(path), text);
  const args = buildArgs(values["build-arg"]);
  const epochProblem = readSourceDateEpoch(args["SOURCE_DATE_EPOCH"]).problem;
  if (epochProblem) throw new CliError(epochProblem);
  const { graph, diagnostics } = loadGraph(text, inputName(path), { buildArgs: args, ...(requested ? { target: requested } : {}) });
  if (!graph || hasErrors(diagnostics)) {
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return 1;
  }
  const target = requested ?? graph.defaultTarget;
  // Like the frontend: --platform, else the target's own (first) platform, else linux/amd64.
  const platform = requestedPlatform ?? parsePlatform(graph.stages.find((s) => s.name === target)?.platforms[0] ?? "linux/amd64");
  const wrap = await cliLock(path, io, graph, args);
  if (!wrap) return 1;
  const host = wrap(offlineHost({
    io,
    ...(path === "-" ? {} : { buildFile: path }),
    contextDir: values.context ?? dirname(path),
    platform,
    options: { labels: {}, buildArgs: args, sessionId: "", localSessionIds: {} },
    contexts: pairs(values["build-context"], "--build-context"),
    mergeop: !values["no-mergeop"],
  }));
  const compiled = await compileLocked(graph, target, host, file, io.stderr);
  if (!compiled) return 1;
  if (hasErrors(compiled.diagnostics)) {
    for (const d of compiled.diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return 1;
  }
  if (values.format === "pb") {
    // Raw bytes: a string would be re-encoded as UTF-8 on the way out (and no longer decode).
    io.stdout.write(encodeMessage("pb.Definition", compiled.definition));
    return 0;
  }
  const out = {
    target,
    ops: dumpDefinition(compiled.definition),
    tests: dumpTests(compiled.tests),
    imageConfig: JSON.parse(compiled.metadata["containerimage.config"] ?? "{}") as unknown,
  };
  io.stdout.write(JSON.stringify(out, null, 2) + "\n");
  return 0;
}
