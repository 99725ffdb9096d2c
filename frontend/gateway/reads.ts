/**
 * What a run reads from the client before it compiles: the build file (and hier.lock beside it)
 * and the context's `.dockerignore`. Both start as soon as the process is connected, alongside
 * Ping, and wait for Ping's caps only where they need them. A remote context (a git repository,
 * a URL, or the archive `docker buildx build -` uploads) is fetched by the engine instead, and
 * the build file is read from it (remote.ts). The engine may also pass the context and the build
 * file as the inputs `context` and `dockerfile` (buildx does for a remote bake definition).
 * Waiting on caps:
 * - the locals are solved listing no LLB caps in their metadata (the caps listed there are only
 *   checked by the engine, never part of the op's digest or cache key; an engine that advertises
 *   no caps gets the same ops);
 * - a `dockerfile` or `context` input is used only when Ping says the engine has
 *   `frontend.inputs`, so that path waits for Ping (it goes out with Inputs, so it is back about
 *   as soon); the build file's local and .dockerignore's wait for Inputs' answer;
 * - whether a missing file costs a ReadDir or a failing ReadFile depends on the `readdir` cap,
 *   asked only after the local's Solve came back.
 */
import { posix } from "node:path";
import { CONTEXT_IGNORE_FILE, ownIgnoreFile, parseDockerignore } from "../compile/dockerignore.ts";
import { MAX_SOURCE_BYTES } from "../config/index.ts";
import { SourceFile } from "../diagnostics/index.ts";
import { lockPath } from "../lock/run.ts";
import { definitionState, local, marshal, type State } from "../llb/index.ts";
import { BridgeError, type Bridge, type FileRange } from "./client.ts";
import { UserError, statusFromDiagnostics } from "./errors.ts";
import type { Caps } from "./frontend.ts";
import type * as M from "./messages.ts";
import type { FrontendOptions } from "./options.ts";
import { describeRemote, loadRemoteContext, type RemoteContext } from "./remote.ts";

/** Solves a state and returns its ref id (evaluated, so errors surface here). */
async function solveState(bridge: Bridge, state: State, llbCaps: ReadonlySet<string>): Promise<string> {
  return (await solveVertex(bridge, state, llbCaps)).ref;
}

/** `solveState`, and the digest of the state's op: the vertex the progress shows for it. */
async function solveVertex(bridge: Bridge, state: State, llbCaps: ReadonlySet<string>): Promise<{ ref: string; vertex?: string }> {
  const { definition, vertex } = marshal(state, { llbCaps });
  const res = await bridge.solve({ Definition: definition as M.Definition, Evaluate: true });
  return { ref: res.result?.ref?.id ?? "", ...(vertex ? { vertex } : {}) };
}

/**
 * What a run reads of the build file and hier.lock: at most one byte more than a file hier
 * parses (config/limits.ts: the parser reports it too large), so a huge file costs 1 MiB, not
 * the whole of it. `.dockerignore` is read whole: cutting it would change what is excluded.
 */
const SOURCE_RANGE = { offset: 0, length: MAX_SOURCE_BYTES + 1 };

/** LLB caps for a local solved before Ping answers: none listed (see the module comment). */
const NO_LLB_CAPS: ReadonlySet<string> = new Set();

/**
 * Reads a file (or `range` of it) from a ref, or undefined when the engine cannot read it (no
 * such file). One ReadFile, no StatFile first: the engine's failure is the answer.
 */
async function tryReadFile(bridge: Bridge, ref: string, path: string, range?: FileRange): Promise<Buffer | undefined> {
  try {
    return await bridge.readFile(ref, path, range);
  } catch (err) {
    if (err instanceof BridgeError) return undefined;
    throw err;
  }
}

/**
 * Reads a file that may well be missing (.dockerignore, hier.lock): ReadDir of its directory for
 * its name first, ReadFile only when it is there. On Docker 26 a ReadFile of a missing file took
 * 160-290 ms to fail (ReadDir 7-12 ms) and held up the engine's other file reads meanwhile.
 * Engines without the `readdir` cap, and names with glob characters, get the plain ReadFile.
 */
async function readIfPresent(bridge: Bridge, caps: Promise<Caps>, ref: string, path: string, range?: FileRange): Promise<Buffer | undefined> {
  const name = posix.basename(path);
  if (!(await caps).frontend.has("readdir") || /[*?[\\]/.test(name)) return tryReadFile(bridge, ref, path, range);
  const dir = posix.dirname(path);
  const entries = await bridge.readDir(ref, dir === "." ? "/" : dir, name).catch((err: unknown) => {
    if (err instanceof BridgeError) return undefined;
    throw err;
  });
  if (entries === undefined) return tryReadFile(bridge, ref, path, range);
  if (!entries.some((e) => posix.basename(e.path) === name)) return undefined;
  return tryReadFile(bridge, ref, path, range);
}

/** The frontend's inputs, fetched once per run (an empty map when the engine has none). */
export type InputsGetter = () => Promise<Record<string, M.Definition>>;

/** Lookups every platform of one run shares, each made at most once, started as early as possible. */
export interface RunLookups {
  /** The `Inputs` call. */
  readonly inputs: InputsGetter;
  /**
   * The patterns the context excludes: the build file's own ignore file when it has one, else the
   * context's `.dockerignore` (none without either, or when the context is not the client's
   * directory). A line that is not a pattern is a UserError at that line.
   */
  readonly dockerignore: () => Promise<string[]>;
  /** The remote context the `context` option names (downloaded once), undefined for the client's directory. */
  readonly remote: () => Promise<RemoteContext | undefined>;
  /**
   * The build context when it is not the client's directory: the remote context, else the
   * `context` input (buildx passes one for a remote bake definition whose target's context is a
   * subdirectory of it). Undefined: the `context` local.
   */
  readonly context: () => Promise<State | undefined>;
}

/**
 * The run's shared lookups. `inputs` is the Inputs call already in flight (started with Ping,
 * before the caps were known); it is used only when the engine has the `frontend.inputs` cap.
 */
export function runLookups(
  bridge: Bridge,
  opts: FrontendOptions,
  caps: Promise<Caps>,
  inputs: Promise<Record<string, M.Definition>>,
  ownIgnore: () => Promise<TextFile | undefined>,
): RunLookups {
  let ignore: Promise<string[]> | undefined;
  let remote: Promise<RemoteContext | undefined> | undefined;
  let context: Promise<State | undefined> | undefined;
  const url = opts.remoteContext;
  const lookups: RunLookups = {
    inputs: async () => ((await caps).frontend.has("frontend.inputs") ? inputs : {}),
    // A context that is not the client's directory has no .dockerignore applied (as with the
    // Dockerfile frontend): it is sent as it is.
    dockerignore: () =>
      (ignore ??= url !== undefined ? Promise.resolve([]) : lookups.context().then((st) => (st === undefined ? ignorePatterns(readDockerignore(bridge, opts, caps), ownIgnore()) : []))),
    remote: () =>
      (remote ??=
        url === undefined
          ? Promise.resolve(undefined)
          : loadRemoteContext(bridge, url, caps, opts.buildArgs["BUILDKIT_CONTEXT_KEEP_GIT_DIR"], (st) => solveState(bridge, st, NO_LLB_CAPS))),
    // As the Dockerfile frontend orders them: the `context` option's URL, then the input.
    context: () =>
      (context ??=
        url !== undefined
          ? lookups.remote().then((r) => r?.state)
          : engineInput(inputs, caps, "context").then((def) => (def === undefined ? undefined : definitionState(def)))),
  };
  return lookups;
}

/** The build file's own ignore file if it has one, else the context's (both already on their way), parsed. */
async function ignorePatterns(context: Promise<TextFile | undefined>, own: Promise<TextFile | undefined>): Promise<string[]> {
  context.catch(() => undefined);
  const file = (await own) ?? (await context);
  if (file === undefined) return [];
  const parsed = parseDockerignore(file.text, file.name);
  if ("diagnostic" in parsed) {
    // At its line, with the snippet, as a build file's own errors are.
    const status = statusFromDiagnostics(new SourceFile(file.name, file.text), [parsed.diagnostic]);
    throw new UserError(status.message, status.details);
  }
  return parsed.patterns;
}

/** Solves the `.dockerignore` of the context local and reads it. */
async function readDockerignore(bridge: Bridge, opts: FrontendOptions, caps: Promise<Caps>): Promise<TextFile | undefined> {
  const ref = await solveState(
    bridge,
    local("context", {
      ...sessionFor(opts, "context"),
      sharedKeyHint: "context-.dockerignore",
      followPaths: [".dockerignore"],
      differ: "none",
      customName: "[internal] load .dockerignore",
    }),
    NO_LLB_CAPS,
  );
  const data = await readIfPresent(bridge, caps, ref, CONTEXT_IGNORE_FILE);
  return data ? { name: CONTEXT_IGNORE_FILE, text: data.toString("utf8") } : undefined;
}

/**
 * The input `name` (`dockerfile`, `context`), when there is one and the engine has
 * `frontend.inputs`. Without such an input the answer needs no caps. A failed Inputs call fails
 * the run only on an engine that has the cap (as `RunLookups.inputs` does).
 */
async function engineInput(inputs: Promise<Record<string, M.Definition>>, caps: Promise<Caps>, name: string): Promise<M.Definition | undefined> {
  let def: M.Definition | undefined;
  try {
    def = (await inputs)[name];
  } catch (err) {
    if ((await caps).frontend.has("frontend.inputs")) throw err;
    return undefined;
  }
  if (def === undefined) return undefined;
  return (await caps).frontend.has("frontend.inputs") ? def : undefined;
}

/** A file read from the client: its name there and its text. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/** The build file's name and text, and hier.lock and its own ignore file beside it when they are there. */
export interface BuildFile {
  readonly name: string;
  readonly text: string;
  readonly lock?: TextFile;
  /**
   * `<build file>.dockerignore` (compile/dockerignore.ts), read only for a build from the
   * client's directory: the one case an ignore file applies.
   */
  readonly ignore?: TextFile;
  /**
   * The vertex the build file was read through (`[internal] load build definition from …`), the
   * one hier's warnings name so the progress prints them at that step, as the Dockerfile
   * frontend does. Undefined when it was read without a solve of hier's (a remote file).
   */
  readonly vertex?: string;
}

/**
 * The build file: from a `dockerfile` input, else from the remote context when there is one
 * (unless the client sent the file itself, `dockerfilekey`), else from the `dockerfile` local.
 */
export async function readBuildFile(
  bridge: Bridge,
  opts: FrontendOptions,
  caps: Promise<Caps>,
  lookups: RunLookups,
  inputs: Promise<Record<string, M.Definition>>,
  plan: ReadPlan,
): Promise<BuildFile> {
  const name = opts.filename;
  const lockName = lockPath(name);
  const ignoreName = ownIgnoreFile(name);
  const base = posix.basename(name);
  const candidates = base === "Dockerfile" ? [name, posix.join(posix.dirname(name), "dockerfile")] : [name];
  // For the client's directory the only wait is Inputs' answer (is there a `dockerfile` input?):
  // its local then goes out beside .dockerignore's, which waits for the same answer.
  const remote = opts.dockerfileKeySet || opts.remoteContext === undefined ? undefined : await lookups.remote();
  const input = opts.dockerfileKeySet || remote ? undefined : await engineInput(inputs, caps, "dockerfile");
  let solved: { ref: string; vertex?: string };
  let withIgnore = false;
  if (remote && "file" in remote) {
    return { name: remote.file.name, text: (await bridge.readFile(remote.file.ref, remote.file.path, SOURCE_RANGE)).toString("utf8") };
  } else if (remote) {
    solved = await solveVertex(bridge, remote.state, NO_LLB_CAPS).catch((err: unknown) => {
      if (!(err instanceof BridgeError)) throw err;
      throw new UserError(`hier: cannot ${remote.fetch} the build context (${describeRemote(opts.remoteContext ?? "")}): ${err.status.message}`);
    });
  } else if (input) {
    // The input's ops came from the engine; its caps (already known on this path) filter their metadata.
    solved = await solveVertex(bridge, definitionState(input), (await caps).llb);
  } else {
    const state = local(opts.dockerfileKey, {
      ...sessionFor(opts, opts.dockerfileKey),
      sharedKeyHint: opts.dockerfileKey,
      followPaths: [...new Set([...candidates, ignoreName, lockName])].sort(),
      differ: "none",
      customName: `[internal] load build definition from ${name}`,
    });
    solved = await solveVertex(bridge, state, NO_LLB_CAPS);
    withIgnore = plan.dockerignore;
  }
  const { ref, vertex } = solved;
  // Every candidate, and hier.lock (docs/lock.md) and the ignore file beside the build file, at
  // once; the first candidate in order that exists wins.
  const [lock, ignore, ...found] = await Promise.all([
    readIfPresent(bridge, caps, ref, lockName, SOURCE_RANGE),
    withIgnore ? readIfPresent(bridge, caps, ref, ignoreName) : undefined,
    ...candidates.map((c) => tryReadFile(bridge, ref, c, SOURCE_RANGE)),
  ]);
  for (const [i, data] of found.entries()) {
    const candidate = candidates[i];
    if (data && candidate !== undefined) {
      return {
        name: candidate,
        text: data.toString("utf8"),
        ...(lock ? { lock: { name: lockName, text: lock.toString("utf8") } } : {}),
        ...(ignore ? { ignore: { name: ignoreName, text: ignore.toString("utf8") } } : {}),
        ...(vertex ? { vertex } : {}),
      };
    }
  }
  const where = remote ? `the build context (${describeRemote(opts.remoteContext ?? "")})` : "the build definition context";
  throw new UserError(`hier: cannot read the build file ${name}: no such file in ${where}`);
}

/** `local.session` attrs for a local: the per-local override, else the build's session. */
export function sessionFor(opts: FrontendOptions, localName: string): { sessionId?: string } {
  const sid = opts.localSessionIds[localName] ?? opts.sessionId;
  return sid ? { sessionId: sid } : {};
}

/** What a request reads: the build file (every request but describe and unknown ones), the ignore files (a build). */
export interface ReadPlan {
  readonly buildFile: boolean;
  readonly dockerignore: boolean;
}

/** The run's reads: its lookups, and the build file (started at once when the plan says so, else on first call). */
export interface Reads {
  readonly lookups: RunLookups;
  readonly buildFile: () => Promise<BuildFile>;
}

/**
 * Starts what `plan` asks for right away, before Ping has answered; `caps` is Ping's answer to
 * come. Nothing started here is left to reject unhandled when the run ends early (a failed Ping).
 */
export function startReads(bridge: Bridge, opts: FrontendOptions, caps: Promise<Caps>, inputs: Promise<Record<string, M.Definition>>, plan: ReadPlan): Reads {
  let file: Promise<BuildFile> | undefined;
  const buildFile = () => (file ??= readBuildFile(bridge, opts, caps, lookups, inputs, plan));
  const lookups = runLookups(bridge, opts, caps, inputs, () => buildFile().then((f) => f.ignore));
  if (plan.dockerignore) void lookups.dockerignore().catch(() => undefined);
  if (plan.buildFile) void buildFile().catch(() => undefined);
  return { lookups, buildFile };
}
