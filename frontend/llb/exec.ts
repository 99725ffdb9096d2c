/**
 * Exec ops: run a process on a state with mounts. The result is an `ExecState` whose `root()`
 * is the new `/` and whose `mountState(dest)` is the result of a writable bind mount.
 *
 * Everything but input digests is decided when `run` is called (env, cwd, mount order, output
 * numbers); marshal only resolves inputs and encodes.
 */
import { LlbError } from "./errors.ts";
import { inputObject, platformObject, type OpOptions, type Platform } from "./meta.ts";
import { mountCaps, mountObject, mountSource, planMounts, type MountPlan, type MountSpec } from "./mounts.ts";
import { absPath } from "./paths.ts";
import type { NetworkMode, SecurityMode, State } from "./state.ts";
import { failedOutput, type MarshalContext, type Output, type PbInput, type Vertex } from "./vertex.ts";

/** Proxy settings: passed to the process, kept out of the cache key. */
export interface ProxyEnv {
  readonly httpProxy?: string;
  readonly httpsProxy?: string;
  readonly ftpProxy?: string;
  readonly noProxy?: string;
  readonly allProxy?: string;
}

/** A resource limit, e.g. `{ name: "nofile", soft: 1024, hard: 4096 }`. */
export interface Ulimit {
  readonly name: string;
  readonly soft: number;
  readonly hard: number;
}

/** A secret exposed as an environment variable. */
export interface SecretEnv {
  readonly id: string;
  readonly name: string;
  readonly optional?: boolean;
}

/** Options of `State.run`. Unset process values come from the state. */
export interface RunOptions extends OpOptions {
  /** argv; required and non-empty (checked at marshal time: `EmptyArgs`). */
  readonly args: readonly string[];
  /** Added to (or replacing in) the state's env, in key order. */
  readonly env?: Readonly<Record<string, string>>;
  /** Relative paths are joined to the state's cwd. */
  readonly cwd?: string;
  readonly user?: string;
  readonly network?: NetworkMode;
  readonly security?: SecurityMode;
  readonly hostname?: string;
  readonly extraHosts?: readonly { readonly host: string; readonly ip: string }[];
  readonly ulimits?: readonly Ulimit[];
  readonly cgroupParent?: string;
  readonly proxyEnv?: ProxyEnv;
  readonly mounts?: readonly MountSpec[];
  readonly secretEnv?: readonly SecretEnv[];
  /** Exit codes that count as success (default: only 0). */
  readonly validExitCodes?: readonly number[];
}

const NETWORK = { sandbox: 0, host: 1, none: 2 } as const;
const SECURITY = { sandbox: 0, insecure: 1 } as const;

/** The result of `State.run`. */
export class ExecState {
  readonly #base: State;
  readonly #vertex: ExecVertex;

  /** @internal Use `State.run`. */
  constructor(base: State, vertex: ExecVertex) {
    this.#base = base;
    this.#vertex = vertex;
  }

  /** The root filesystem after the process ran, with the original state's values. */
  root(): State {
    return this.mountState("/");
  }

  /**
   * The result of the writable bind mount at `dest` (relative to the exec's cwd). Any other
   * mount has no result: the returned state fails to marshal with `NoMountOutput`.
   */
  mountState(dest: string): State {
    const abs = absPath(this.#vertex.cwd, dest);
    const m = this.#vertex.plan.mounts.find((p) => p.dest === abs && p.output >= 0);
    if (m === undefined || m.spec.type !== "bind") {
      const err = new LlbError("NoMountOutput", `exec has no writable bind mount at ${abs}`, this.#vertex.opts.location);
      return this.#base.withOutput(failedOutput(err));
    }
    // The root mount's source is the base state, so root() keeps the base's env, cwd, user.
    return m.spec.source.withOutput({ vertex: this.#vertex, index: m.output });
  }
}

/** Builds the exec vertex for `State.run`. */
export function run(base: State, opts: RunOptions): ExecState {
  return new ExecState(base, new ExecVertex(base, opts));
}

class ExecVertex implements Vertex {
  readonly cwd: string;
  readonly plan: MountPlan;
  readonly opts: RunOptions;
  readonly #env: string[];
  readonly #user: string | undefined;
  readonly #network: NetworkMode | undefined;
  readonly #security: SecurityMode | undefined;
  readonly #platform: Platform | undefined;

  constructor(base: State, opts: RunOptions) {
    this.opts = opts;
    this.cwd = absPath(base.cwd, opts.cwd ?? ".");
    this.plan = planMounts(base, this.cwd, opts.mounts ?? []);
    let st = base;
    for (const [k, v] of Object.entries(opts.env ?? {})) st = st.withEnv(k, v);
    // The first SSH socket becomes SSH_AUTH_SOCK unless the caller set it.
    const sock = this.plan.mounts.find((m) => m.spec.type === "ssh");
    if (sock !== undefined && st.getEnv("SSH_AUTH_SOCK") === undefined) st = st.withEnv("SSH_AUTH_SOCK", sock.dest);
    this.#env = st.env.map(([k, v]) => `${k}=${v}`);
    this.#user = opts.user ?? base.user;
    this.#network = opts.network ?? base.network;
    this.#security = opts.security ?? base.security;
    this.#platform = base.platform;
  }

  inputs(): readonly Output[] {
    const o = this.opts;
    if (o.args.length === 0) throw new LlbError("EmptyArgs", "exec without arguments", o.location);
    if (this.plan.error !== undefined) throw new LlbError("InvalidMount", this.plan.error, o.location);
    return this.plan.mounts.flatMap((m) => mountSource(m)?.output ?? []);
  }

  marshal(ctx: MarshalContext): string {
    const o = this.opts;

    // Op.inputs are deduped by (digest, index) in mount order, as the Go client does: two
    // mounts of the same result share one input.
    const inputs: PbInput[] = [];
    const indexOf = (st: State | undefined): number => {
      if (st === undefined || st.output === undefined) return -1;
      const inp = ctx.input(st.output);
      const i = inputs.findIndex((x) => x.digest === inp.digest && x.index === inp.index);
      if (i >= 0) return i;
      inputs.push(inp);
      return inputs.length - 1;
    };
    const mounts = this.plan.mounts.map((m) => mountObject(m, indexOf(mountSource(m))));

    const exec: Record<string, unknown> = { meta: this.#meta(), mounts };
    const network = NETWORK[this.#network ?? "sandbox"];
    if (network !== 0) exec["network"] = network;
    const security = SECURITY[this.#security ?? "sandbox"];
    if (security !== 0) exec["security"] = security;
    if (o.secretEnv !== undefined && o.secretEnv.length > 0) {
      exec["secretenv"] = o.secretEnv.map((s) => ({ ID: s.id, name: s.name, ...(s.optional === true ? { optional: true } : {}) }));
    }
    const op: Record<string, unknown> = {};
    if (inputs.length > 0) op["inputs"] = inputs.map(inputObject);
    op["exec"] = exec;
    if (this.#platform !== undefined) op["platform"] = platformObject(this.#platform);
    return ctx.addOp(op, o, this.#caps(network, security));
  }

  #meta(): Record<string, unknown> {
    const o = this.opts;
    const meta: Record<string, unknown> = { args: [...o.args] };
    if (this.#env.length > 0) meta["env"] = this.#env;
    meta["cwd"] = this.cwd;
    if (this.#user !== undefined && this.#user !== "") meta["user"] = this.#user;
    const proxy = proxyObject(o.proxyEnv);
    if (proxy !== undefined) meta["proxy_env"] = proxy;
    if (o.extraHosts !== undefined && o.extraHosts.length > 0) {
      meta["extraHosts"] = o.extraHosts.map((h) => ({ Host: h.host, IP: h.ip }));
    }
    if (o.hostname !== undefined && o.hostname !== "") meta["hostname"] = o.hostname;
    if (o.ulimits !== undefined && o.ulimits.length > 0) {
      meta["ulimit"] = o.ulimits.map((u) => {
        const x: Record<string, unknown> = { Name: u.name };
        if (u.soft !== 0) x["Soft"] = u.soft;
        if (u.hard !== 0) x["Hard"] = u.hard;
        return x;
      });
    }
    if (o.cgroupParent !== undefined && o.cgroupParent !== "") meta["cgroupParent"] = o.cgroupParent;
    // Stubs the engine creates for mount points are removed recursively (the Go client's default).
    meta["removeMountStubsRecursive"] = true;
    if (o.validExitCodes !== undefined && o.validExitCodes.length > 0) meta["validExitCodes"] = [...o.validExitCodes];
    return meta;
  }

  #caps(network: number, security: number): string[] {
    const o = this.opts;
    const caps = ["exec.meta.base", ...mountCaps(this.plan)];
    if (network !== 0) caps.push("exec.meta.network");
    if (security !== 0) caps.push("exec.meta.security");
    if (proxyObject(o.proxyEnv) !== undefined) caps.push("exec.meta.proxyenv");
    if ((o.ulimits?.length ?? 0) > 0) caps.push("exec.meta.ulimit");
    if ((o.cgroupParent ?? "") !== "") caps.push("exec.meta.cgroup.parent");
    if ((o.secretEnv?.length ?? 0) > 0) caps.push("exec.secretenv");
    if ((o.validExitCodes?.length ?? 0) > 0) caps.push("exec.validexitcode");
    return caps;
  }
}

function proxyObject(p: ProxyEnv | undefined): Record<string, string> | undefined {
  if (p === undefined) return undefined;
  const o: Record<string, string> = {};
  const put = (k: string, v: string | undefined): void => {
    if (v !== undefined && v !== "") o[k] = v;
  };
  put("http_proxy", p.httpProxy);
  put("https_proxy", p.httpsProxy);
  put("ftp_proxy", p.ftpProxy);
  put("no_proxy", p.noProxy);
  put("all_proxy", p.allProxy);
  return Object.keys(o).length > 0 ? o : undefined;
}
