/**
 * Exec mounts: the option shapes, the order BuildKit expects them in, and their `pb.Mount`
 * objects. The order decides output numbers and therefore every digest downstream, so it is
 * computed in one place (`planMounts`) and never changed.
 */
import { posix } from "node:path";
import { absPath, compareStrings } from "./paths.ts";
import type { State } from "./state.ts";

/** A state (or a sub-path of it) mounted at `dest`; writable unless `readonly`. */
export interface BindMount {
  readonly type: "bind";
  readonly dest: string;
  readonly source: State;
  readonly selector?: string;
  readonly readonly?: boolean;
}

/** Sharing mode of a cache mount (`locked` serializes writers, as apt needs). */
export type CacheSharing = "shared" | "private" | "locked";

/** A persistent cache directory identified by `id`, optionally seeded from a state. */
export interface CacheMount {
  readonly type: "cache";
  readonly dest: string;
  readonly id: string;
  readonly sharing?: CacheSharing;
  readonly source?: State;
  readonly selector?: string;
}

/** An in-memory filesystem; `size` in bytes. */
export interface TmpfsMount {
  readonly type: "tmpfs";
  readonly dest: string;
  readonly size?: number;
}

/** A build secret as a file; `dest` defaults to /run/secrets/<basename(id)>, mode to 0o400. */
export interface SecretMount {
  readonly type: "secret";
  readonly id: string;
  readonly dest?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly mode?: number;
  readonly optional?: boolean;
}

/** The client's SSH agent socket; `dest` defaults to /run/buildkit/ssh_agent.<n>, mode 0o600. */
export interface SshMount {
  readonly type: "ssh";
  readonly id?: string;
  readonly dest?: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly mode?: number;
  readonly optional?: boolean;
}

/** Any mount an exec accepts besides its root. */
export type MountSpec = BindMount | CacheMount | TmpfsMount | SecretMount | SshMount;

/** A mount with its absolute dest and its output number (-1 = none). */
export interface PlannedMount {
  readonly spec: MountSpec;
  readonly dest: string;
  readonly output: number;
}

/** The mounts of one exec in the order they are written. */
export interface MountPlan {
  readonly mounts: readonly PlannedMount[];
  /** Why the mounts cannot be written (the exec reports it as `InvalidMount`). */
  readonly error: string | undefined;
}

const CACHE_SHARING = { shared: 0, private: 1, locked: 2 } as const;

/**
 * Orders the root bind mount plus `specs`. `cwd` makes relative dests absolute.
 *
 * 1. Filesystem mounts (bind, cache, tmpfs, and the root) are sorted by dest, byte-wise and
 *    stable, so `/` comes first: the Go client does the same, and output k of the op is the
 *    k-th writable bind mount in this list, so the order is part of every downstream digest.
 * 2. Outputs are numbered 0,1,2… over writable bind mounts in that order; readonly binds,
 *    caches and tmpfs get -1 (the engine keeps no result for them).
 * 3. Secret mounts, then SSH mounts, come after the sorted list in the order given (they have
 *    no input and no output; the Go client appends them the same way).
 */
export function planMounts(root: State, cwd: string, specs: readonly MountSpec[]): MountPlan {
  let error: string | undefined;
  const fail = (msg: string): void => {
    error ??= msg;
  };
  const fs: { spec: MountSpec; dest: string }[] = [{ spec: { type: "bind", dest: "/", source: root }, dest: "/" }];
  const secrets: { spec: MountSpec; dest: string }[] = [];
  const ssh: { spec: MountSpec; dest: string }[] = [];
  for (const spec of specs) {
    switch (spec.type) {
      case "secret":
        if (spec.id === "") fail("secret mount without an id");
        secrets.push({ spec, dest: absPath(cwd, spec.dest ?? `/run/secrets/${posix.basename(spec.id)}`) });
        break;
      case "ssh":
        ssh.push({ spec, dest: absPath(cwd, spec.dest ?? `/run/buildkit/ssh_agent.${ssh.length}`) });
        break;
      default: {
        const dest = absPath(cwd, spec.dest);
        if (dest === "/") fail(`a ${spec.type} mount cannot replace the root filesystem`);
        if (spec.type === "cache" && spec.id === "") fail(`cache mount at ${dest} without an id`);
        fs.push({ spec, dest });
      }
    }
  }
  // Rule 1: stable byte-wise sort by dest (Array.prototype.sort is stable).
  fs.sort((a, b) => compareStrings(a.dest, b.dest));
  // Rule 2: outputs over writable bind mounts, in list order.
  let next = 0;
  const mounts: PlannedMount[] = fs.map(({ spec, dest }) => ({
    spec,
    dest,
    output: spec.type === "bind" && spec.readonly !== true ? next++ : -1,
  }));
  // Rule 3: secrets, then ssh sockets.
  for (const m of [...secrets, ...ssh]) mounts.push({ ...m, output: -1 });
  return { mounts, error };
}

/** The caps a mount list needs. */
export function mountCaps(plan: MountPlan): string[] {
  const caps: string[] = [];
  for (const { spec, dest } of plan.mounts) {
    if (spec.type === "bind" && dest !== "/") caps.push("exec.mount.bind");
    if ((spec.type === "bind" || spec.type === "cache") && (spec.selector ?? "") !== "") caps.push("exec.mount.selector");
    if (spec.type === "cache") caps.push("exec.mount.cache", "exec.mount.cache.sharing");
    if (spec.type === "tmpfs") caps.push("exec.mount.tmpfs");
    if (spec.type === "tmpfs" && (spec.size ?? 0) > 0) caps.push("exec.mount.tmpfs.size");
    if (spec.type === "secret") caps.push("exec.mount.secret");
    if (spec.type === "ssh") caps.push("exec.mount.ssh");
  }
  return caps;
}

/**
 * The `pb.Mount` object of a planned mount. `inputIndex` is its index in Op.inputs, or -1 for
 * mounts without a source (scratch, tmpfs, secret, ssh, unseeded cache).
 */
export function mountObject(m: PlannedMount, inputIndex: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const { spec } = m;
  if (inputIndex !== 0) o["input"] = inputIndex;
  if ((spec.type === "bind" || spec.type === "cache") && spec.selector !== undefined && spec.selector !== "") {
    o["selector"] = absPath("/", spec.selector);
  }
  o["dest"] = m.dest;
  // Secret and SSH mounts leave output at 0 (ignored by the engine), like the Go client.
  if (spec.type !== "secret" && spec.type !== "ssh" && m.output !== 0) o["output"] = m.output;
  if (spec.type === "bind" && spec.readonly === true) o["readonly"] = true;
  switch (spec.type) {
    case "bind":
      break;
    case "cache": {
      o["mountType"] = 3;
      const sharing = CACHE_SHARING[spec.sharing ?? "shared"];
      o["cacheOpt"] = sharing !== 0 ? { ID: spec.id, sharing } : { ID: spec.id };
      break;
    }
    case "tmpfs":
      o["mountType"] = 4;
      if (spec.size !== undefined && spec.size > 0) o["TmpfsOpt"] = { size: spec.size };
      break;
    case "secret":
      o["mountType"] = 1;
      o["secretOpt"] = { ID: spec.id, ...ownerFields(spec, 0o400) };
      break;
    case "ssh":
      o["mountType"] = 2;
      o["SSHOpt"] = { ...(spec.id !== undefined && spec.id !== "" ? { ID: spec.id } : {}), ...ownerFields(spec, 0o600) };
      break;
  }
  return o;
}

function ownerFields(
  s: { uid?: number; gid?: number; mode?: number; optional?: boolean },
  defaultMode: number,
): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (s.uid !== undefined && s.uid !== 0) o["uid"] = s.uid;
  if (s.gid !== undefined && s.gid !== 0) o["gid"] = s.gid;
  const mode = s.mode ?? defaultMode;
  if (mode !== 0) o["mode"] = mode;
  if (s.optional === true) o["optional"] = true;
  return o;
}

/** Which source state a planned mount reads, if any (undefined = input -1). */
export function mountSource(m: PlannedMount): State | undefined {
  const s = m.spec.type === "bind" || m.spec.type === "cache" ? m.spec.source : undefined;
  return s !== undefined && !s.isScratch() ? s : undefined;
}
