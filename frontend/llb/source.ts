/**
 * Source ops: `docker-image://` images, `local://` client directories, `http(s)://` downloads,
 * `git://` repositories, and scratch.
 * Attr keys and caps follow BuildKit's names (note `local.includepattern`, singular).
 */
import { posix } from "node:path";
import { LlbError } from "./errors.ts";
import type { GitRef } from "./git-ref.ts";
import { normalizeImageRef } from "./image-ref.ts";
import { platformObject, type OpOptions, type Platform } from "./meta.ts";
import { sortedRecord } from "./paths.ts";
import { State } from "./state.ts";
import { failedOutput, type MarshalContext, type Output, type Vertex } from "./vertex.ts";

/** How the engine resolves an image: `pull` always asks the registry, `local` never does. */
export type ResolveMode = "default" | "pull" | "local";

/** Options of `image()`. */
export interface ImageOptions extends OpOptions {
  /** Selects the manifest; also becomes the state's platform for later execs. */
  readonly platform?: Platform;
  readonly resolveMode?: ResolveMode;
}

/** Options of `local()`. Pattern lists are sent as JSON arrays. */
export interface LocalOptions extends OpOptions {
  /** Client session that owns the directory (BUILDKIT_SESSION_ID). */
  readonly sessionId?: string;
  readonly includePatterns?: readonly string[];
  readonly excludePatterns?: readonly string[];
  /** Paths to send (and the symlinks leading to them). */
  readonly followPaths?: readonly string[];
  /** Key that lets the engine reuse a previous transfer of this directory. */
  readonly sharedKeyHint?: string;
  /** How changes are detected; `none` resends everything. */
  readonly differ?: "none" | "metadata";
}

class SourceVertex implements Vertex {
  constructor(
    private readonly identifier: string,
    private readonly attrs: Readonly<Record<string, string>>,
    private readonly platform: Platform | undefined,
    private readonly opts: OpOptions,
    private readonly caps: readonly string[],
  ) {}

  inputs(): readonly Output[] {
    return [];
  }

  marshal(ctx: MarshalContext): string {
    const source: Record<string, unknown> = { identifier: this.identifier };
    // Sorted keys: protobufjs writes map entries in insertion order.
    if (Object.keys(this.attrs).length > 0) source["attrs"] = sortedRecord(this.attrs);
    const op: Record<string, unknown> = { source };
    if (this.platform !== undefined) op["platform"] = platformObject(this.platform);
    return ctx.addOp(op, this.opts, this.caps);
  }
}

/** The empty filesystem. Marshals to an empty Definition. */
export function scratch(): State {
  return State.scratch();
}

/**
 * An image from a registry (or the engine's image store). The reference is normalized; an
 * invalid one fails at marshal time with `InvalidImageRef`.
 */
export function image(ref: string, opts: ImageOptions = {}): State {
  const { platform, resolveMode, ...meta } = opts;
  let st = State.scratch();
  if (platform !== undefined) st = st.withPlatform(platform);
  const name = normalizeImageRef(ref);
  if (name === undefined) {
    const err = new LlbError("InvalidImageRef", `invalid image reference "${ref}"`, meta.location);
    return st.withOutput(failedOutput(err));
  }
  const attrs: Record<string, string> = {};
  const caps = ["source.image"];
  if (resolveMode !== undefined && resolveMode !== "default") {
    attrs["image.resolvemode"] = resolveMode;
    caps.push("source.image.resolvemode");
  }
  const v = new SourceVertex(`docker-image://${name}`, attrs, platform, meta, caps);
  return st.withOutput({ vertex: v, index: 0 });
}

/** A directory sent by the client (`context`, `dockerfile`, or a named local). No platform. */
export function local(name: string, opts: LocalOptions = {}): State {
  const { sessionId, includePatterns, excludePatterns, followPaths, sharedKeyHint, differ, ...meta } = opts;
  const attrs: Record<string, string> = {};
  const caps = ["source.local"];
  const set = (key: string, value: string, cap: string): void => {
    attrs[key] = value;
    caps.push(cap);
  };
  if (sessionId !== undefined && sessionId !== "") set("local.session", sessionId, "source.local.sessionid");
  if (includePatterns !== undefined && includePatterns.length > 0) {
    set("local.includepattern", JSON.stringify(includePatterns), "source.local.includepatterns");
  }
  if (excludePatterns !== undefined && excludePatterns.length > 0) {
    set("local.excludepatterns", JSON.stringify(excludePatterns), "source.local.excludepatterns");
  }
  if (followPaths !== undefined && followPaths.length > 0) {
    set("local.followpaths", JSON.stringify(followPaths), "source.local.followpaths");
  }
  if (sharedKeyHint !== undefined && sharedKeyHint !== "") {
    set("local.sharedkeyhint", sharedKeyHint, "source.local.sharedkeyhint");
  }
  if (differ !== undefined) set("local.differ", differ, "source.local.differ");
  const v = new SourceVertex(`local://${name}`, attrs, undefined, meta, caps);
  return State.scratch().withOutput({ vertex: v, index: 0 });
}

/** Options of `http()`. */
export interface HttpOptions extends OpOptions {
  /** Name of the downloaded file in the source's output (BuildKit's default: from the URL). */
  readonly filename?: string;
  /** The digest the file must have (`http.checksum`): the engine checks it, and caches by it. */
  readonly checksum?: string;
}

/**
 * A file BuildKit downloads: an `http://` or `https://` URL (also the client's upload of a
 * context archive, `http://buildkit-session/…`). The output holds that one file. No platform.
 */
export function http(url: string, opts: HttpOptions = {}): State {
  const { filename, checksum, ...meta } = opts;
  const attrs: Record<string, string> = filename !== undefined && filename !== "" ? { "http.filename": filename } : {};
  if (checksum !== undefined) attrs["http.checksum"] = checksum;
  const v = new SourceVertex(url, attrs, undefined, meta, ["source.http", ...(checksum !== undefined ? ["source.http.checksum"] : [])]);
  return State.scratch().withOutput({ vertex: v, index: 0 });
}

/** The secrets BuildKit's git source reads for https credentials (the names docker buildx uses: `--secret id=GIT_AUTH_TOKEN`). */
const GIT_AUTH_TOKEN = "GIT_AUTH_TOKEN";
const GIT_AUTH_HEADER = "GIT_AUTH_HEADER";

/**
 * A git checkout (BuildKit fetches it). The identifier is `git://HOST/PATH[#REF[:SUBDIR]]`,
 * the same for every protocol of one repository; `git.fullurl` says which remote to fetch.
 * Over ssh, the client's default ssh agent socket is mounted (`--ssh default`).
 */
export function git(ref: GitRef, opts: OpOptions = {}): State {
  let id = ref.host + posix.join("/", ref.path);
  if (ref.ref !== undefined || ref.subdir !== undefined) id += `#${ref.ref ?? ""}${ref.subdir !== undefined ? `:${ref.subdir}` : ""}`;
  const attrs: Record<string, string> = {
    "git.fullurl": ref.remote,
    "git.authtokensecret": GIT_AUTH_TOKEN,
    "git.authheadersecret": GIT_AUTH_HEADER,
  };
  if (ref.keepGitDir === true) attrs["git.keepgitdir"] = "true";
  if (ref.checksum !== undefined) attrs["git.checksum"] = ref.checksum;
  if (ref.submodules === false) attrs["git.skipsubmodules"] = "true";
  if (ref.scheme === "ssh") attrs["git.mountsshsock"] = "default";
  const v = new SourceVertex(`git://${id}`, attrs, undefined, opts, ["source.git", "source.git.fullurl", ...gitOptionCaps(ref)]);
  return State.scratch().withOutput({ vertex: v, index: 0 });
}

/** The option caps of `ref` (gitOptionCaps) that `llbCaps`, an engine's, does not have. */
export function missingGitCaps(ref: GitRef, llbCaps: ReadonlySet<string>): string[] {
  return gitOptionCaps(ref).filter((c) => !llbCaps.has(c));
}

/** The LLB caps a checkout of `ref` needs beyond plain `source.git`: one per option it uses. */
export function gitOptionCaps(ref: GitRef): string[] {
  const caps: string[] = [];
  if (ref.subdir !== undefined) caps.push("source.git.subdir");
  if (ref.keepGitDir === true) caps.push("source.git.keepgitdir");
  if (ref.checksum !== undefined) caps.push("source.git.checksum");
  if (ref.submodules === false) caps.push("source.git.skipsubmodules");
  if (ref.scheme === "ssh") caps.push("source.git.mountsshsock");
  return caps;
}

/** Options of `ociLayout()`. */
export interface OciLayoutOptions extends OpOptions {
  /** The store id the client attached the layout under (buildx names it). */
  readonly storeId: string;
  /** Client session holding the store; empty = the build's own session. */
  readonly sessionId?: string;
  readonly platform?: Platform;
}

/**
 * An image from an OCI layout the client sends (`--build-context NAME=oci-layout://DIR`):
 * `ref` is a reference with a digest (the name only shows in logs; the digest selects).
 */
export function ociLayout(ref: string, opts: OciLayoutOptions): State {
  const { storeId, sessionId, platform, ...meta } = opts;
  let st = State.scratch();
  if (platform !== undefined) st = st.withPlatform(platform);
  const name = normalizeImageRef(ref);
  if (name === undefined) return st.withOutput(failedOutput(new LlbError("InvalidImageRef", `invalid image reference "${ref}"`, meta.location)));
  const attrs: Record<string, string> = { "oci.store": storeId, ...(sessionId ? { "oci.session": sessionId } : {}) };
  return st.withOutput({ vertex: new SourceVertex(`oci-layout://${name}`, attrs, platform, meta, ["source.ocilayout"]), index: 0 });
}
