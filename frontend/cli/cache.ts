/**
 * `hier cache ls|export|seed`: the cache mounts a target's build uses, and the build commands
 * that export their contents (`--build-arg HIER_CACHES=export`) or seed them from an exported
 * tree (`--build-context hier-caches=SOURCE`). `ls` needs no daemon; `export` and `seed` print
 * the `docker buildx build` line they run, then run it (`--dry-run` only prints it). Arguments
 * after `--` go to buildx as they are (`--builder`, `--progress`, `--load`, `-t`, …).
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { arch } from "node:process";
import { parseArgs } from "node:util";
import { EXPORT_ARG, MANIFEST, SEED_CONTEXT, formatBytes, parseManifest } from "../caches/tree.ts";
import { SourceFile, formatDiagnostic, hasErrors } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { parsePlatform, platformId, type Platform } from "../llb/index.ts";
import { commandLine, runForwarded } from "./buildx.ts";
import { cacheUses, type CacheUse } from "./cache-uses.ts";
import { platformFlag, targetFlag } from "./flags.ts";
import { CliError, buildArgs, readInput, type Io } from "./io.ts";

const COMMON = "[--target STAGE] [--platform OS/ARCH] [--build-arg NAME=VALUE]... [--context DIR]";

export const cacheUsage = [
  `hier cache ls FILE ${COMMON} [--format text|json]`,
  `       hier cache export FILE (DIR | --to REF | --output SPEC) [--seed SOURCE] ${COMMON} [--dry-run] [-- BUILDX-ARGS...]`,
  `       hier cache seed FILE SOURCE ${COMMON} [--dry-run] [-- BUILDX-ARGS...]`,
].join("\n");

const OPTIONS = {
  target: { type: "string" },
  platform: { type: "string" },
  "build-arg": { type: "string", multiple: true },
  context: { type: "string" },
  format: { type: "string", default: "text" },
  to: { type: "string" },
  output: { type: "string" },
  seed: { type: "string" },
  "dry-run": { type: "boolean", default: false },
} as const;

/** This machine's platform, which buildx builds for when neither flag nor file names one. */
function nativePlatform(): Platform {
  const known: Readonly<Record<string, string>> = { x64: "amd64", arm64: "arm64", arm: "arm/v7", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64" };
  return parsePlatform(`linux/${known[arch] ?? arch}`);
}

interface Loaded {
  readonly path: string;
  readonly graph: StageGraph;
  readonly target: string;
  readonly platform: Platform;
  readonly args: Record<string, string>;
  readonly contextDir: string;
}

type Values = ReturnType<typeof parse>["values"];

function parse(argv: string[]) {
  const dash = argv.indexOf("--");
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const passed = dash < 0 ? [] : argv.slice(dash + 1);
  const { values, positionals } = parseArgs({ args: own, allowPositionals: true, options: OPTIONS });
  return { values, positionals, passed };
}

/** Reads and checks the file; diagnostics are printed and make it undefined (exit 1). */
async function load(io: Io, path: string, values: Values): Promise<Loaded | undefined> {
  if (path === "-") throw new CliError("hier cache needs the build file's path (buildx reads it as -f FILE), not -");
  const requested = targetFlag(values.target);
  const requestedPlatform = values.platform === undefined ? undefined : platformFlag(values.platform, "hier cache");
  const text = await readInput(io, path);
  const args = buildArgs(values["build-arg"]);
  const { graph, diagnostics } = loadGraph(text, path, { buildArgs: args, ...(requested ? { target: requested } : {}) });
  if (!graph || hasErrors(diagnostics)) {
    const file = new SourceFile(path, text);
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return undefined;
  }
  const target = requested ?? graph.defaultTarget;
  const own = graph.stages.find((s) => s.name === target)?.platforms[0];
  const platform = requestedPlatform ?? (own !== undefined ? parsePlatform(own) : nativePlatform());
  return { path, graph, target, platform, args, contextDir: values.context ?? dirname(path) };
}

async function uses(io: Io, l: Loaded): Promise<CacheUse[] | undefined> {
  const out = await cacheUses(l.graph, l.target, { platform: l.platform, buildArgs: l.args });
  if (hasErrors(out.diagnostics)) {
    const file = l.graph.file;
    for (const d of out.diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return undefined;
  }
  return out.uses;
}

/** The table `hier cache ls` prints: one row per cache id. */
export function cacheTable(l: { target: string; platform: Platform }, list: readonly CacheUse[]): string {
  const head = `target ${l.target}, ${platformId(l.platform)}: `;
  if (list.length === 0) return `${head}no cache mounts\n`;
  const rows = [["CACHE", "PRESET", "PATH", "SHARING", "ID", "STAGES"]];
  for (const u of list) rows.push([u.name, u.preset, u.path, u.sharing, u.id, u.stages.join(", ")]);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const lines = rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("  "));
  return `${head}${list.length} cache id${list.length === 1 ? "" : "s"}\n${lines.join("\n")}\n`;
}

async function runLs(positionals: string[], values: Values, io: Io): Promise<number> {
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`usage: ${cacheUsage}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`unknown format \`${values.format}\` (text or json)`);
  const l = await load(io, path, values);
  const list = l && (await uses(io, l));
  if (!l || !list) return 1;
  if (values.format === "json") io.stdout.write(JSON.stringify({ target: l.target, platform: platformId(l.platform), caches: list }, null, 2) + "\n");
  else io.stdout.write(cacheTable(l, list));
  return 0;
}

/** A seed SOURCE as buildx takes it: an image or OCI layout as is, else a directory holding a tree. */
async function seedSource(io: Io, source: string): Promise<string> {
  if (source.startsWith("docker-image://") || source.startsWith("oci-layout://")) return source;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(source)) {
    throw new CliError(`seed source \`${source}\`: use a directory, docker-image://REF or oci-layout://DIR[:TAG][@DIGEST]`);
  }
  const dir = resolve(io.cwd ?? process.cwd(), source);
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new CliError(`seed source \`${source}\` is not a directory (an image is docker-image://REF, an OCI layout oci-layout://DIR[:TAG][@DIGEST])`);
  const text = await readFile(join(dir, MANIFEST), "utf8").catch(() => undefined);
  if (text === undefined) throw new CliError(`seed source \`${source}\` holds no ${MANIFEST}: it is not a tree \`hier cache export\` wrote`);
  const manifest = parseManifest(text);
  if (typeof manifest === "string") throw new CliError(`seed source \`${source}\`: ${manifest}`);
  return source;
}

/** The `docker buildx build` arguments both wrappers share; `extra` goes before the context. */
function buildxArgs(l: Loaded, values: Values, extra: readonly string[], passed: readonly string[]): string[] {
  const args = ["buildx", "build", "-f", l.path];
  if (values.target !== undefined) args.push("--target", l.target);
  if (values.platform !== undefined) args.push("--platform", platformId(l.platform));
  for (const a of values["build-arg"] ?? []) args.push("--build-arg", a);
  return [...args, ...extra, ...passed, l.contextDir];
}

async function runExport(positionals: string[], values: Values, passed: string[], io: Io): Promise<number> {
  const [path, dir, ...extra] = positionals;
  const outputs = [dir, values.to, values.output].filter((v) => v !== undefined);
  if (path === undefined || extra.length > 0 || outputs.length !== 1) {
    throw new CliError(`usage: ${cacheUsage}\n(give exactly one of DIR, --to REF or --output SPEC)`);
  }
  const output = dir !== undefined ? `type=local,dest=${dir}` : values.to !== undefined ? `type=image,name=${values.to},push=true` : (values.output ?? "");
  const seed = values.seed !== undefined ? await seedSource(io, values.seed) : undefined;
  const l = await load(io, path, values);
  const list = l && (await uses(io, l));
  if (!l || !list) return 1;
  if (list.length === 0) io.stderr.write(`hier: note: target ${l.target} mounts no cache: the exported tree will be empty\n`);
  const own = ["--build-arg", `${EXPORT_ARG}=export`, ...(seed ? ["--build-context", `${SEED_CONTEXT}=${seed}`] : []), "--output", output];
  const args = buildxArgs(l, values, own, passed);
  if (values["dry-run"]) {
    io.stdout.write(commandLine("docker", args) + "\n");
    return 0;
  }
  const status = await runForwarded(io, "docker", args);
  return status === 0 && dir !== undefined ? reportTree(io, dir) : status;
}

/**
 * After a local export: the size of each cache from the tree's manifest. A tree without one is
 * a frontend that does not know `HIER_CACHES=export` (it wrote the image's files instead).
 */
async function reportTree(io: Io, dir: string): Promise<number> {
  const text = await readFile(resolve(io.cwd ?? process.cwd(), dir, MANIFEST), "utf8").catch(() => undefined);
  const manifest = text === undefined ? `${MANIFEST} is missing` : parseManifest(text);
  if (typeof manifest === "string") {
    io.stderr.write(`hier: ${dir}: ${manifest}: the frontend did not export caches (is its image older than HIER_CACHES=export?)\n`);
    return 1;
  }
  const total = manifest.caches.reduce((n, c) => n + (c.bytes ?? 0), 0);
  const lines = manifest.caches.map((c) => `  ${formatBytes(c.bytes ?? 0).padStart(10)}  ${c.id}`);
  io.stderr.write(`hier: exported ${manifest.caches.length} cache${manifest.caches.length === 1 ? "" : "s"} of ${manifest.target} (${formatBytes(total)}) to ${dir}\n${lines.join("\n")}${lines.length ? "\n" : ""}`);
  return 0;
}

async function runSeed(positionals: string[], values: Values, passed: string[], io: Io): Promise<number> {
  const [path, source, ...extra] = positionals;
  if (path === undefined || source === undefined || extra.length > 0) throw new CliError(`usage: ${cacheUsage}`);
  if (values.to !== undefined || values.output !== undefined || values.seed !== undefined) {
    throw new CliError("hier cache seed takes SOURCE only; to seed and export in one build: hier cache export FILE DIR --seed SOURCE");
  }
  const seed = await seedSource(io, source);
  const l = await load(io, path, values);
  if (!l) return 1;
  const args = buildxArgs(l, values, ["--build-context", `${SEED_CONTEXT}=${seed}`], passed);
  if (values["dry-run"]) {
    io.stdout.write(commandLine("docker", args) + "\n");
    return 0;
  }
  return runForwarded(io, "docker", args);
}

/** `hier cache SUBCOMMAND …`. */
export async function runCache(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  const { values, positionals, passed } = parse(rest);
  switch (sub) {
    case "ls":
      if (passed.length > 0) throw new CliError("hier cache ls runs no build: it takes no buildx arguments after --");
      return runLs(positionals, values, io);
    case "export":
      return runExport(positionals, values, passed, io);
    case "seed":
      return runSeed(positionals, values, passed, io);
    default:
      throw new CliError(sub === undefined ? `usage: ${cacheUsage}` : `unknown subcommand \`cache ${sub}\` (ls, export or seed)\nusage: ${cacheUsage}`);
  }
}
