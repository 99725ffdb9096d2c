/**
 * What the compiler needs from BuildKit, answered over the bridge: the build file, image configs,
 * `.dockerignore`, named contexts. The compiler sees only the `CompileHost` interface.
 */
import { posix } from "node:path";
import type { CompileHost, NamedContext, ResolvedImage } from "../compile/index.ts";
import { parseDockerignore } from "../compile/dockerignore.ts";
import { lockPath } from "../lock/run.ts";
import { definitionState, image, local, marshal, ociLayout, pinImageRef, type Platform, type State } from "../llb/index.ts";
import { EngineFailure, type Subject } from "./attribute.ts";
import { BridgeError, type Bridge } from "./client.ts";
import { UserError } from "./errors.ts";
import type { Caps } from "./frontend.ts";
import type * as M from "./messages.ts";
import type { FrontendOptions } from "./options.ts";

/** Solves a state and returns its ref id (evaluated, so errors surface here). */
async function solveState(bridge: Bridge, state: State, caps: Caps): Promise<string> {
  const { definition } = marshal(state, { llbCaps: caps.llb });
  const res = await bridge.solve({ Definition: definition as M.Definition, Evaluate: true });
  return res.result?.ref?.id ?? "";
}

/**
 * Reads a file from a ref, or undefined when the engine cannot read it (no such file). One
 * ReadFile, no StatFile first: the engine's failure is the answer.
 */
async function tryReadFile(bridge: Bridge, ref: string, path: string): Promise<Buffer | undefined> {
  try {
    return await bridge.readFile(ref, path);
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
async function readIfPresent(bridge: Bridge, caps: Caps, ref: string, path: string): Promise<Buffer | undefined> {
  const name = posix.basename(path);
  if (!caps.frontend.has("readdir") || /[*?[\\]/.test(name)) return tryReadFile(bridge, ref, path);
  const dir = posix.dirname(path);
  const entries = await bridge.readDir(ref, dir === "." ? "/" : dir, name).catch((err: unknown) => {
    if (err instanceof BridgeError) return undefined;
    throw err;
  });
  if (entries === undefined) return tryReadFile(bridge, ref, path);
  if (!entries.some((e) => posix.basename(e.path) === name)) return undefined;
  return tryReadFile(bridge, ref, path);
}

/** The frontend's inputs, fetched once per run (an empty map when the engine has none). */
export type InputsGetter = () => Promise<Record<string, M.Definition>>;

/** Lookups every platform of one run shares, each made at most once, started as early as possible. */
export interface RunLookups {
  /** The `Inputs` call. */
  readonly inputs: InputsGetter;
  /** The context's `.dockerignore` patterns (none when it has no such file). */
  readonly dockerignore: () => Promise<string[]>;
}

/**
 * The run's shared lookups. `inputs` is the Inputs call already in flight (started with Ping,
 * before the caps were known); it is used only when the engine has the `frontend.inputs` cap.
 */
export function runLookups(bridge: Bridge, opts: FrontendOptions, caps: Caps, inputs: Promise<Record<string, M.Definition>>): RunLookups {
  let ignore: Promise<string[]> | undefined;
  return {
    inputs: () => (caps.frontend.has("frontend.inputs") ? inputs : Promise.resolve({})),
    dockerignore: () => (ignore ??= readDockerignore(bridge, opts, caps)),
  };
}

/** Solves the `.dockerignore` of the context local and parses it. */
async function readDockerignore(bridge: Bridge, opts: FrontendOptions, caps: Caps): Promise<string[]> {
  const ref = await solveState(
    bridge,
    local("context", {
      ...sessionFor(opts, "context"),
      sharedKeyHint: "context-.dockerignore",
      followPaths: [".dockerignore"],
      differ: "none",
      customName: "[internal] load .dockerignore",
    }),
    caps,
  );
  const data = await readIfPresent(bridge, caps, ref, ".dockerignore");
  return data ? parseDockerignore(data.toString("utf8")) : [];
}

/** The build file's name and text: from a `dockerfile` input, else from the `dockerfile` local. */
export async function readBuildFile(
  bridge: Bridge,
  opts: FrontendOptions,
  caps: Caps,
  inputs: InputsGetter,
): Promise<{ name: string; text: string; lock?: { name: string; text: string } }> {
  const name = opts.filename;
  const lockName = lockPath(name);
  const base = posix.basename(name);
  const candidates = base === "Dockerfile" ? [name, posix.join(posix.dirname(name), "dockerfile")] : [name];
  let state: State;
  const input = opts.dockerfileKeySet ? undefined : (await inputs())["dockerfile"];
  if (input) {
    state = definitionState(input);
  } else {
    state = local(opts.dockerfileKey, {
      ...sessionFor(opts, opts.dockerfileKey),
      sharedKeyHint: opts.dockerfileKey,
      followPaths: [...new Set([...candidates, `${name}.dockerignore`, lockName])].sort(),
      differ: "none",
      customName: `[internal] load build definition from ${name}`,
    });
  }
  const ref = await solveState(bridge, state, caps);
  // Every candidate, and hier.lock beside the build file (docs/lock.md), at once; the first
  // candidate in order that exists wins.
  const [lock, ...found] = await Promise.all([readIfPresent(bridge, caps, ref, lockName), ...candidates.map((c) => tryReadFile(bridge, ref, c))]);
  for (const [i, data] of found.entries()) {
    const candidate = candidates[i];
    if (data && candidate !== undefined) {
      return { name: candidate, text: data.toString("utf8"), ...(lock ? { lock: { name: lockName, text: lock.toString("utf8") } } : {}) };
    }
  }
  throw new UserError(`hier: cannot read the build file ${name}: no such file in the build definition context`);
}

/** `local.session` attrs for a local: the per-local override, else the build's session. */
function sessionFor(opts: FrontendOptions, localName: string): { sessionId?: string } {
  const sid = opts.localSessionIds[localName] ?? opts.sessionId;
  return sid ? { sessionId: sid } : {};
}

/**
 * An image lookup that failed, for `subject`: the engine's message after `what`, its details kept.
 * Anything else (a bug) is rethrown as it is.
 */
function imageFailure(subject: Subject, what: string, err: unknown): unknown {
  if (err instanceof EngineFailure) return new EngineFailure(subject, err.code, `${what}: ${err.engine?.message ?? err.message}`, err.hint, err.engine);
  if (!(err instanceof BridgeError)) return err;
  return new EngineFailure(subject, "ImageNotResolved", `${what}: ${err.status.message}`, "check the name, the tag and that the registry (or the local image store) has it for this platform", err.status);
}

/** The host the compiler uses during one frontend run. */
export function makeHost(
  bridge: Bridge,
  opts: FrontendOptions,
  caps: Caps,
  defaultPlatform: Platform,
  lookups: RunLookups,
): CompileHost {
  const { inputs } = lookups;
  const resolveMode = opts.imageResolveMode === "pull" || opts.imageResolveMode === "local" ? opts.imageResolveMode : undefined;

  // Memoized: every stage that starts from the same image shares one lookup, and the gateway
  // can start lookups early (prefetch) while the build file is still being compiled.
  const resolved = new Map<string, Promise<ResolvedImage>>();
  const resolveImage = (ref: string, platform: Platform): Promise<ResolvedImage> => {
    const key = `${ref}|${platform.os}/${platform.architecture}/${platform.variant ?? ""}`;
    let p = resolved.get(key);
    if (!p) {
      p = resolveImageNow(ref, platform);
      resolved.set(key, p);
    }
    return p;
  };
  const resolveImageNow = async (ref: string, platform: Platform): Promise<ResolvedImage> => {
    const res = await bridge
      .resolveImageConfig({
        Ref: ref,
        Platform: { OS: platform.os, Architecture: platform.architecture, ...(platform.variant ? { Variant: platform.variant } : {}) },
        ...(resolveMode ? { ResolveMode: resolveMode } : {}),
        LogName: `[internal] load metadata for ${ref}`,
      })
      .catch((err: unknown) => {
        throw imageFailure({ kind: "image", ref }, `cannot resolve image ${ref}`, err);
      });
    return { ref: res.Ref || ref, ...(res.Digest ? { digest: res.Digest } : {}), ...(res.Config ? { config: res.Config } : {}) };
  };

  return {
    options: opts,
    llbCaps: caps.llb,
    defaultPlatform,
    ...(resolveMode ? { resolveMode } : {}),
    resolveImage,
    dockerignore: lookups.dockerignore,
    async namedContext(name: string, platform: Platform): Promise<NamedContext | undefined> {
      const value = opts.contexts[name] ?? opts.contexts[`${name}::${platform.os}/${platform.architecture}`];
      if (value === undefined) return undefined;
      if (value.startsWith("docker-image://")) {
        const ref = value.slice("docker-image://".length);
        const resolved = await resolveImage(ref, platform).catch((err: unknown) => {
          throw imageFailure({ kind: "context", name }, `cannot resolve image ${ref} of named context ${name}`, err);
        });
        const pinned = pinImageRef(ref, resolved.digest);
        return {
          state: image(pinned, { platform, ...(resolveMode ? { resolveMode } : {}), customName: `[context ${name}] FROM ${pinned}` }),
          ...(resolved.config ? { config: resolved.config } : {}),
          description: value,
        };
      }
      if (value.startsWith("input:")) {
        const inputName = value.slice("input:".length);
        const def = (await inputs())[inputName];
        if (!def) {
          throw new EngineFailure(
            { kind: "context", name },
            "UnsupportedContext",
            `named context ${name}=${value} names input ${inputName}, which BuildKit did not pass to the frontend`,
            "bake passes `target:` contexts as inputs; check the context's name in the bake file",
          );
        }
        const meta = opts.raw.get(`input-metadata:${inputName}`);
        let config: Uint8Array | undefined;
        if (meta) {
          const parsed = JSON.parse(meta) as Record<string, string>;
          const cfg = parsed["containerimage.config"];
          if (cfg) config = Buffer.from(cfg, "base64");
        }
        return { state: definitionState(def), ...(config ? { config } : {}), description: value };
      }
      // buildx sends `oci-layout://STORE:TAG@DIGEST` and attaches the layout as store STORE.
      const oci = /^oci-layout:\/\/([a-z0-9]+)(?::[\w.-]+)?@(sha256:[a-f0-9]{64})$/.exec(value);
      if (oci) {
        const [, storeId = "", digest = ""] = oci;
        const state = ociLayout(`oci-layout/${storeId}@${digest}`, { storeId, sessionId: opts.sessionId, platform, customName: `[context ${name}] FROM oci-layout ${digest}` });
        return { state, description: value };
      }
      if (value.startsWith("local:")) {
        const localName = value.slice("local:".length);
        return {
          state: local(localName, {
            ...sessionFor(opts, localName),
            sharedKeyHint: `context:${name}`,
            customName: `[context ${name}] load from client`,
          }),
          description: value,
        };
      }
      throw new EngineFailure(
        { kind: "context", name },
        "UnsupportedContext",
        `named context ${name}=${value} is not a kind hier supports`,
        "pass docker-image://REF, oci-layout://DIR, a local directory, or a bake target: (git and http contexts are not supported)",
      );
    },
  };
}
