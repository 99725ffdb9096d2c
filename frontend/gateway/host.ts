/**
 * What the compiler needs from BuildKit, answered over the bridge: image configs, `.dockerignore`,
 * the remote context and named contexts (the build file, `.dockerignore` and the remote context
 * are read in reads.ts). The compiler sees
 * only the `CompileHost` interface.
 */
import type { CompileHost, NamedContext, ResolvedImage } from "../compile/index.ts";
import { definitionState, git, http, image, local, missingGitCaps, ociLayout, parseGitRef, pinImageRef, type Platform } from "../llb/index.ts";
import { EngineFailure, type Subject } from "./attribute.ts";
import { BridgeError, type Bridge } from "./client.ts";
import type { Caps } from "./frontend.ts";
import type { FrontendOptions } from "./options.ts";
import { sessionFor, type RunLookups } from "./reads.ts";
import { remoteKind } from "./remote.ts";

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
    remoteContext: lookups.context,
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
      // A git repository (checked out), else an http(s) URL (the one file it downloads), as the Dockerfile frontend takes them.
      const repo = parseGitRef(value);
      if (repo !== undefined && !("problem" in repo)) {
        const missing = missingGitCaps(repo, caps.llb);
        if (missing.length > 0) {
          throw new EngineFailure({ kind: "context", name }, "UnsupportedContext", `this BuildKit cannot check out named context ${name}=${value}: it lacks ${missing.join(", ")}`, "upgrade BuildKit or leave that option out of the URL");
        }
        return { state: git(repo, { customName: `[context ${name}] load git source ${value}` }), description: value };
      }
      if (remoteKind(value) === "http") {
        return { state: http(value, { customName: `[context ${name}] ${value}` }), description: value };
      }
      throw new EngineFailure(
        { kind: "context", name },
        "UnsupportedContext",
        repo !== undefined ? `named context ${name}: ${repo.problem}` : `named context ${name}=${value} is not a kind hier supports`,
        repo !== undefined
          ? "write the git URL as docker buildx takes it: REPO.git#REF:SUBDIR or REPO.git?ref=REF&subdir=DIR"
          : "pass docker-image://REF, oci-layout://DIR, a local directory, a git repository, an http(s) URL, or a bake target:",
      );
    },
  };
}
