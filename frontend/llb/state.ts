/**
 * The immutable `State`: a pointer to one output of an op (or scratch) plus the values a later
 * exec reads (env, cwd, user, platform, network, security). Every method returns a new State.
 *
 * Ops are `Vertex` objects (vertex.ts); marshal.ts walks them.
 */
import { run, type ExecState, type RunOptions } from "./exec.ts";
import { fileOp, type FileActions } from "./file.ts";
import type { OpOptions, Platform } from "./meta.ts";
import { absPath } from "./paths.ts";
import type { Output } from "./vertex.ts";

export type { MarshalContext, Output, PbInput, Vertex } from "./vertex.ts";

/** Network mode of an exec (`sandbox` is the default). */
export type NetworkMode = "sandbox" | "host" | "none";

/** Security mode of an exec (`insecure` needs the `security.insecure` entitlement). */
export type SecurityMode = "sandbox" | "insecure";

interface StateData {
  readonly output: Output | undefined;
  readonly env: readonly (readonly [string, string])[];
  readonly cwd: string;
  readonly user: string | undefined;
  readonly platform: Platform | undefined;
  readonly network: NetworkMode | undefined;
  readonly security: SecurityMode | undefined;
}

const EMPTY: StateData = {
  output: undefined,
  env: [],
  cwd: "/",
  user: undefined,
  platform: undefined,
  network: undefined,
  security: undefined,
};

/** An immutable build state: a filesystem result plus the process defaults for later execs. */
export class State {
  readonly #d: StateData;

  private constructor(d: StateData) {
    this.#d = d;
  }

  /** The empty filesystem with default values (cwd `/`, no env). */
  static scratch(): State {
    return new State(EMPTY);
  }

  /** The op output this state points to; undefined for scratch. */
  get output(): Output | undefined {
    return this.#d.output;
  }

  /** True when the filesystem is empty (no op). */
  isScratch(): boolean {
    return this.#d.output === undefined;
  }

  /** The same values pointing at another output (used by op constructors). */
  withOutput(output: Output | undefined): State {
    return new State({ ...this.#d, output });
  }

  /** Environment, in order. */
  get env(): readonly (readonly [string, string])[] {
    return this.#d.env;
  }

  /** The value of env var `key`, if set. */
  getEnv(key: string): string | undefined {
    return this.#d.env.find(([k]) => k === key)?.[1];
  }

  /** Sets env var `key`: replaced in place if present (order kept), appended otherwise. */
  withEnv(key: string, value: string): State {
    const env = this.#d.env.some(([k]) => k === key)
      ? this.#d.env.map((e): readonly [string, string] => (e[0] === key ? [key, value] : e))
      : [...this.#d.env, [key, value] as const];
    return new State({ ...this.#d, env });
  }

  /** Removes env var `key`. */
  withoutEnv(key: string): State {
    return new State({ ...this.#d, env: this.#d.env.filter(([k]) => k !== key) });
  }

  /** Working directory (absolute). */
  get cwd(): string {
    return this.#d.cwd;
  }

  /** Sets the working directory; a relative path is joined to the current one. */
  withCwd(dir: string): State {
    return new State({ ...this.#d, cwd: absPath(this.#d.cwd, dir) });
  }

  /** User for later execs (`name`, `uid`, `uid:gid`), undefined for the image default. */
  get user(): string | undefined {
    return this.#d.user;
  }

  /** Sets the user for later execs. */
  withUser(user: string): State {
    return new State({ ...this.#d, user });
  }

  /** Platform of later execs (written on exec and image ops). */
  get platform(): Platform | undefined {
    return this.#d.platform;
  }

  /** Sets the platform of later execs. */
  withPlatform(platform: Platform): State {
    return new State({ ...this.#d, platform });
  }

  /** Network mode of later execs. */
  get network(): NetworkMode | undefined {
    return this.#d.network;
  }

  /** Sets the network mode of later execs. */
  withNetwork(network: NetworkMode): State {
    return new State({ ...this.#d, network });
  }

  /** Security mode of later execs. */
  get security(): SecurityMode | undefined {
    return this.#d.security;
  }

  /** Sets the security mode of later execs. */
  withSecurity(security: SecurityMode): State {
    return new State({ ...this.#d, security });
  }

  /** Runs a process with this state as `/`; env, cwd, user, network are read now. */
  run(opts: RunOptions): ExecState {
    return run(this, opts);
  }

  /** Applies file actions (copy, mkdir, mkfile, rm, symlink) on top of this state. */
  file(actions: FileActions, opts: OpOptions = {}): State {
    return fileOp(this, actions, opts);
  }
}
