/**
 * File ops: a chain of actions (copy, mkdir, mkfile, rm, symlink) applied on top of a state.
 * Action k works on the result of action k-1; the first works on the state `file()` is called
 * on. Paths are made absolute when the op is built: against the target state's cwd, and for a
 * copy's source against the SOURCE state's cwd. File ops carry no platform.
 */
import { LlbError } from "./errors.ts";
import { inputObject, type OpOptions } from "./meta.ts";
import { absPath } from "./paths.ts";
import type { State } from "./state.ts";
import type { MarshalContext, Output, PbInput, Vertex } from "./vertex.ts";

/** A user or group by numeric id or by name (resolved in the action's base /etc/passwd). */
export type UserRef = number | string;

/** Ownership of created files. */
export interface Owner {
  readonly user: UserRef;
  readonly group?: UserRef;
}

/** Options of `copy`. `mode` -1 and `timestamp` -1 (the defaults) keep the source's. */
export interface CopyOptions {
  readonly followSymlink?: boolean;
  readonly dirCopyContents?: boolean;
  readonly createDestPath?: boolean;
  readonly allowWildcard?: boolean;
  readonly allowEmptyWildcard?: boolean;
  readonly includePatterns?: readonly string[];
  readonly excludePatterns?: readonly string[];
  readonly mode?: number;
  readonly owner?: Owner;
  /** Unix nanoseconds; use bigint for real dates (they exceed 2^53). */
  readonly timestamp?: number | bigint;
  readonly alwaysReplaceExistingDestPaths?: boolean;
  /** A source file that is a tar archive (plain, gzip, bzip2 or xz) is unpacked into dest, as `ADD` does. */
  readonly attemptUnpack?: boolean;
}

/** Options of `mkdir`. */
export interface MkdirOptions {
  readonly makeParents?: boolean;
  readonly owner?: Owner;
  readonly timestamp?: number | bigint;
}

/** Options of `mkfile` and `symlink`. */
export interface CreateOptions {
  readonly owner?: Owner;
  readonly timestamp?: number | bigint;
}

/** Options of `rm`. */
export interface RmOptions {
  readonly allowNotFound?: boolean;
  readonly allowWildcard?: boolean;
}

type Action =
  | { readonly kind: "copy"; readonly from: State; readonly src: string; readonly dest: string; readonly o: CopyOptions }
  | { readonly kind: "mkdir"; readonly path: string; readonly mode: number; readonly o: MkdirOptions }
  | { readonly kind: "mkfile"; readonly path: string; readonly mode: number; readonly data: Uint8Array; readonly o: CreateOptions }
  | { readonly kind: "rm"; readonly path: string; readonly o: RmOptions }
  | { readonly kind: "symlink"; readonly oldpath: string; readonly newpath: string; readonly o: CreateOptions };

/** An immutable chain of file actions; each method returns a longer chain. */
export class FileActions {
  /** @internal */
  readonly list: readonly Action[];

  /** @internal Start a chain with `copy`, `mkdir`, `mkfile`, `rm` or `symlink`. */
  constructor(list: readonly Action[]) {
    this.list = list;
  }

  /** Copies `src` (relative to `from`'s cwd) from `from` to `dest` (a trailing `/` is kept). */
  copy(from: State, src: string, dest: string, opts: CopyOptions = {}): FileActions {
    return this.#add({ kind: "copy", from, src: absPath(from.cwd, src), dest, o: opts });
  }

  /** Creates a directory; `mode` is masked with 0o777. */
  mkdir(path: string, mode: number, opts: MkdirOptions = {}): FileActions {
    return this.#add({ kind: "mkdir", path, mode, o: opts });
  }

  /** Creates a file with `data` (a string is UTF-8 encoded); `mode` is masked with 0o777. */
  mkfile(path: string, mode: number, data: string | Uint8Array, opts: CreateOptions = {}): FileActions {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    return this.#add({ kind: "mkfile", path, mode, data: bytes, o: opts });
  }

  /** Removes a path. */
  rm(path: string, opts: RmOptions = {}): FileActions {
    return this.#add({ kind: "rm", path, o: opts });
  }

  /** Creates a symlink at `newpath` pointing to `oldpath` (which is written as given). */
  symlink(oldpath: string, newpath: string, opts: CreateOptions = {}): FileActions {
    return this.#add({ kind: "symlink", oldpath, newpath, o: opts });
  }

  #add(a: Action): FileActions {
    return new FileActions([...this.list, a]);
  }
}

const EMPTY = new FileActions([]);

/** Starts a chain with a copy; see `FileActions.copy`. */
export function copy(from: State, src: string, dest: string, opts: CopyOptions = {}): FileActions {
  return EMPTY.copy(from, src, dest, opts);
}

/** Starts a chain with a mkdir; see `FileActions.mkdir`. */
export function mkdir(path: string, mode: number, opts: MkdirOptions = {}): FileActions {
  return EMPTY.mkdir(path, mode, opts);
}

/** Starts a chain with a mkfile; see `FileActions.mkfile`. */
export function mkfile(path: string, mode: number, data: string | Uint8Array, opts: CreateOptions = {}): FileActions {
  return EMPTY.mkfile(path, mode, data, opts);
}

/** Starts a chain with a rm; see `FileActions.rm`. */
export function rm(path: string, opts: RmOptions = {}): FileActions {
  return EMPTY.rm(path, opts);
}

/** Starts a chain with a symlink; see `FileActions.symlink`. */
export function symlink(oldpath: string, newpath: string, opts: CreateOptions = {}): FileActions {
  return EMPTY.symlink(oldpath, newpath, opts);
}

/**
 * Builds the file op for `State.file`. `needs` are extra inputs no action reads (merge.ts's
 * `allOf`): the engine solves them before the op runs, and they are part of its cache key.
 */
export function fileOp(base: State, actions: FileActions, opts: OpOptions, needs: readonly State[] = []): State {
  return base.withOutput({ vertex: new FileVertex(base, actions.list, opts, needs), index: 0 });
}

class FileVertex implements Vertex {
  constructor(
    private readonly base: State,
    private readonly actions: readonly Action[],
    private readonly opts: OpOptions,
    private readonly needs: readonly State[],
  ) {}

  inputs(): readonly Output[] {
    if (this.actions.length === 0) throw new LlbError("EmptyFileOp", "file op without actions", this.opts.location);
    const froms = this.actions.flatMap((a) => (a.kind === "copy" && a.from.output !== undefined ? [a.from.output] : []));
    const needs = this.needs.flatMap((s) => s.output ?? []);
    return [...(this.base.output === undefined ? [] : [this.base.output]), ...froms, ...needs];
  }

  marshal(ctx: MarshalContext): string {
    const n = this.actions.length;
    // Op.inputs: the base state, then each copy source in action order, then the needs, deduped by
    // (digest, index). Action results are numbered after them, so inputs come first.
    const inputs: PbInput[] = [];
    const indexOf = (st: State): number => {
      if (st.output === undefined) return -1;
      const inp = ctx.input(st.output);
      const i = inputs.findIndex((x) => x.digest === inp.digest && x.index === inp.index);
      if (i >= 0) return i;
      inputs.push(inp);
      return inputs.length - 1;
    };
    const baseIndex = indexOf(this.base);
    const secondary = this.actions.map((a) => (a.kind === "copy" ? indexOf(a.from) : -1));
    for (const need of this.needs) indexOf(need);
    const cwd = this.base.cwd;
    const caps = new Set<string>(["file.base"]);
    const actions = this.actions.map((a, k) => {
      // Action k reads the result of action k-1, addressed as len(inputs) + (k-1).
      const input = k === 0 ? baseIndex : inputs.length + k - 1;
      const fa: Record<string, unknown> = {};
      if (input !== 0) fa["input"] = input;
      if (secondary[k] !== 0) fa["secondaryInput"] = secondary[k];
      // Only the last action is the op's output (0, left out); the others are internal.
      if (k !== n - 1) fa["output"] = -1;
      fa[a.kind] = actionObject(a, cwd, input, caps);
      return fa;
    });
    const op: Record<string, unknown> = {};
    if (inputs.length > 0) op["inputs"] = inputs.map(inputObject);
    op["file"] = { actions };
    return ctx.addOp(op, this.opts, [...caps]);
  }
}

function actionObject(a: Action, cwd: string, input: number, caps: Set<string>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const flag = (key: string, v: boolean | undefined): void => {
    if (v === true) o[key] = true;
  };
  switch (a.kind) {
    case "copy": {
      const c = a.o;
      o["src"] = a.src;
      o["dest"] = absPath(cwd, a.dest, true);
      if (c.owner !== undefined) o["owner"] = chownObject(c.owner, input);
      if ((c.mode ?? -1) !== 0) o["mode"] = c.mode ?? -1;
      flag("followSymlink", c.followSymlink);
      flag("dirCopyContents", c.dirCopyContents);
      flag("createDestPath", c.createDestPath);
      flag("allowWildcard", c.allowWildcard);
      flag("allowEmptyWildcard", c.allowEmptyWildcard);
      flag("attemptUnpackDockerCompatibility", c.attemptUnpack);
      o["timestamp"] = int64(c.timestamp ?? -1);
      if ((c.includePatterns?.length ?? 0) > 0) o["include_patterns"] = [...(c.includePatterns ?? [])];
      if ((c.excludePatterns?.length ?? 0) > 0) o["exclude_patterns"] = [...(c.excludePatterns ?? [])];
      if (o["include_patterns"] !== undefined || o["exclude_patterns"] !== undefined) caps.add("file.copy.includeexcludepatterns");
      flag("alwaysReplaceExistingDestPaths", c.alwaysReplaceExistingDestPaths);
      if (c.alwaysReplaceExistingDestPaths === true) caps.add("file.copy.alwaysreplaceexistingdestpaths");
      break;
    }
    case "mkdir":
      o["path"] = absPath(cwd, a.path);
      if ((a.mode & 0o777) !== 0) o["mode"] = a.mode & 0o777;
      flag("makeParents", a.o.makeParents);
      if (a.o.owner !== undefined) o["owner"] = chownObject(a.o.owner, input);
      o["timestamp"] = int64(a.o.timestamp ?? -1);
      break;
    case "mkfile":
      o["path"] = absPath(cwd, a.path);
      if ((a.mode & 0o777) !== 0) o["mode"] = a.mode & 0o777;
      if (a.data.length > 0) o["data"] = a.data;
      if (a.o.owner !== undefined) o["owner"] = chownObject(a.o.owner, input);
      o["timestamp"] = int64(a.o.timestamp ?? -1);
      break;
    case "rm":
      o["path"] = absPath(cwd, a.path);
      flag("allowNotFound", a.o.allowNotFound);
      flag("allowWildcard", a.o.allowWildcard);
      if (a.o.allowWildcard === true) caps.add("file.rm.wildcard");
      break;
    case "symlink":
      caps.add("file.symlink.create");
      o["oldpath"] = a.oldpath;
      o["newpath"] = absPath(cwd, a.newpath);
      if (a.o.owner !== undefined) o["owner"] = chownObject(a.o.owner, input);
      o["timestamp"] = int64(a.o.timestamp ?? -1);
      break;
  }
  // 0 (1970) is what an absent field decodes to; leave it out rather than let protobufjs write it.
  if (o["timestamp"] === 0) delete o["timestamp"];
  return o;
}

/** `pb.ChownOpt`; a name is resolved in the action's base input (`input`, -1 for scratch). */
function chownObject(owner: Owner, input: number): Record<string, unknown> {
  const user = (u: UserRef): Record<string, unknown> =>
    // byID is a oneof member: written even when 0 (root), so it is always set.
    typeof u === "number" ? { byID: u } : { byName: input !== 0 ? { name: u, input } : { name: u } };
  const o: Record<string, unknown> = { user: user(owner.user) };
  if (owner.group !== undefined) o["group"] = user(owner.group);
  return o;
}

/** int64 for protobufjs: safe integers as numbers, larger bigints as decimal strings (parsed with Long). */
function int64(v: number | bigint): number | string {
  if (typeof v === "number") return v;
  return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
}
