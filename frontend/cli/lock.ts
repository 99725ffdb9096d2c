/**
 * `hier lock FILE [--update]`: resolves every image reference of FILE with `docker buildx
 * imagetools inspect` and writes `hier.lock` beside it, atomically (a temporary file renamed
 * over it). Without `--update` the entries already locked are kept and only missing ones are
 * resolved; entries no reference uses are dropped. See docs/lock.md.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { SourceFile, formatDiagnostic, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import { LOCK_FILE, formatLock, parseLock, type LockedImage } from "../lock/format.ts";
import { resolveWithImagetools, type Resolution } from "../lock/imagetools.ts";
import { imageReferences } from "../lock/references.ts";
import { CliError, buildArgs, readInput, runProgram, type Io } from "./io.ts";

/** One line of usage for `hier lock --help`. */
export const lockUsage = "hier lock FILE [--update] [--build-arg NAME=VALUE]...";

/** At most this many `imagetools inspect` at once. */
const PARALLEL = 4;

async function readIfThere(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if ((e as { code?: unknown }).code === "ENOENT") return undefined;
    throw new CliError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Maps `f` over `items`, at most `n` at a time, keeping the order. */
async function pool<T, R>(items: readonly T[], n: number, f: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** `hier lock FILE [--update]`: 0 when hier.lock was written, 1 when an image or registry failed it (hier.lock unchanged). */
export async function runLock(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { update: { type: "boolean", default: false }, "build-arg": { type: "string", multiple: true } },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`usage: ${lockUsage}`);
  if (path === "-") throw new CliError("hier lock writes hier.lock beside FILE: give a file, not standard input");
  const text = await readInput(io, path);
  const file = new SourceFile(path, text);
  const { graph, diagnostics } = loadGraph(text, path, { buildArgs: buildArgs(values["build-arg"]) });
  const print = (ds: readonly Diagnostic[], f: SourceFile): void => {
    for (const d of ds) io.stderr.write(formatDiagnostic(d, f) + "\n\n");
  };
  if (!graph || hasErrors(diagnostics)) {
    print(diagnostics, file);
    return 1;
  }
  const lockPath = join(dirname(resolve(io.cwd ?? process.cwd(), path)), LOCK_FILE);
  const lockName = join(dirname(path), LOCK_FILE);
  const kept = new Map<string, LockedImage>();
  const existing = values.update ? undefined : await readIfThere(lockPath);
  if (existing !== undefined) {
    const lockFile = new SourceFile(lockName, existing);
    const parsed = parseLock(lockFile);
    if (!parsed.lock) {
      print(parsed.diagnostics, lockFile);
      return 1;
    }
    for (const [ref, e] of parsed.lock.images) kept.set(ref, { digest: e.digest, platforms: e.platforms });
  }
  const uses = imageReferences(graph);
  const wanted = uses.filter((u) => !kept.has(u.ref));
  const docker = (args: readonly string[]): Promise<string> => runProgram(io, "docker", args, "").catch((e: unknown) => {
    if ((e as { code?: unknown }).code === "ENOENT") throw new CliError("hier lock runs `docker buildx imagetools inspect`: install docker with buildx, or use `docker buildx build --call=lock`", 1);
    throw e;
  });
  const resolved: Resolution[] = await pool(wanted, PARALLEL, (u) => resolveWithImagetools(docker, u.ref));
  const unreachable = resolved.find((r): r is Extract<Resolution, { unreachable: unknown }> => "unreachable" in r);
  if (unreachable) {
    const { registry, reason } = unreachable.unreachable;
    throw new CliError(`cannot reach the registry ${registry} (${reason}): check that it is up and that this machine reaches it (network, proxy, DNS); hier.lock was not changed`, 1);
  }
  const missing: Diagnostic[] = [];
  const images: Record<string, LockedImage> = {};
  wanted.forEach((u, i) => {
    const r = resolved[i];
    if (r && "ok" in r) images[u.ref] = r.ok;
    else if (r && "missing" in r) {
      missing.push({
        code: "ImageNotResolved", severity: "error", file: path, range: u.ranges[0] ?? { start: 0, end: 0 },
        message: `cannot lock ${u.ref}: ${r.missing}`,
        hint: "check the name and the tag, that the registry has it (an image only in the local image store cannot be locked: push it), and `docker login` for a private registry",
      });
    }
  });
  if (missing.length > 0) {
    print(missing, file);
    io.stderr.write(`hier lock: ${LOCK_FILE} was not changed\n`);
    return 1;
  }
  for (const u of uses) {
    const k = kept.get(u.ref);
    if (k) images[u.ref] = k;
  }
  const usedRefs = new Set(uses.map((u) => u.ref));
  const removed = [...kept.keys()].filter((ref) => !usedRefs.has(ref));
  const tmp = `${lockPath}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(tmp, formatLock(images), "utf8");
    await rename(tmp, lockPath);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new CliError(`cannot write ${lockName}: ${e instanceof Error ? e.message : String(e)}`, 1);
  }
  for (const u of uses) io.stdout.write(`${u.ref}  ${images[u.ref]?.digest ?? ""}${kept.has(u.ref) ? "" : values.update ? "  (resolved)" : "  (new)"}\n`);
  for (const ref of removed) io.stdout.write(`${ref}  (removed: no reference uses it)\n`);
  io.stdout.write(`wrote ${lockName}: ${uses.length} image${uses.length === 1 ? "" : "s"}\n`);
  return 0;
}
