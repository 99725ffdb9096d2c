/**
 * Build contexts the engine fetches itself, as BuildKit's Dockerfile frontend takes them from the
 * `context` option: a git repository (llb/git-ref.ts), an archive at an http(s) URL or uploaded by
 * the client (`docker buildx build -` with a tar on stdin), or the URL of the build file alone.
 * reads.ts reads the build file from what this returns; the compiler copies from its state.
 */
import { posix } from "node:path";
import { copy, git, http, missingGitCaps, parseGitRef, scratch, type State } from "../llb/index.ts";
import { BridgeError, type Bridge } from "./client.ts";
import { UserError } from "./errors.ts";
import type { Caps } from "./frontend.ts";

/** Where a remote context's download lands in its source's output (the name BuildKit's Dockerfile frontend uses). */
const REMOTE_FILE = "context";

/** What the `context` option names when it is not the client's directory. */
export type RemoteKind = "git" | "http" | "other";

/**
 * A git repository (llb/git-ref.ts: `https://….git`, `git://…`, `ssh://…`, `git@host:path`,
 * `github.com/…`), any other http(s) URL (an archive or one build file), or something else.
 */
export function remoteKind(value: string): RemoteKind {
  if (parseGitRef(value) !== undefined) return "git";
  return /^https?:\/\/[^/?#]+/i.test(value) ? "http" : "other";
}

/**
 * Whether the first bytes of a download are an archive the engine's unpacking copy takes: gzip,
 * bzip2 or xz (by their magic numbers) or a tar (`ustar` at offset 257: POSIX, GNU and PAX tars
 * all carry it). Anything else is one file: the build file itself.
 */
export function isArchive(head: Uint8Array): boolean {
  const starts = (magic: readonly number[]): boolean => head.length >= magic.length && magic.every((b, i) => head[i] === b);
  if (starts([0x1f, 0x8b, 0x08]) || starts([0x42, 0x5a, 0x68]) || starts([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return true;
  return head.length >= 262 && Buffer.from(head.subarray(257, 262)).toString("latin1") === "ustar";
}

/** A build context the engine fetches itself: a git checkout, or a download. */
export type RemoteContext =
  | {
      /** The context's files: the checkout, or the archive unpacked at /. */
      readonly state: State;
      /** What the engine does to make `state`, for messages. */
      readonly fetch: "check out" | "unpack";
    }
  | {
      /** The one downloaded file, which is the build file. */
      readonly state: State;
      /** Its path in `state`, the name diagnostics give it, and `state` already solved (to look at its first bytes). */
      readonly file: { readonly path: string; readonly name: string; readonly ref: string };
    };

/** How a remote context is named in messages: the client's upload of standard input has no URL a user would know. */
export function describeRemote(url: string): string {
  return url.startsWith("http://buildkit-session/") ? "the context archive the client uploaded" : url;
}

/**
 * The context at `url`: a git repository is checked out by the engine (its fragment and query
 * pick the ref and subdirectory). Anything else is downloaded (BuildKit's http source; the
 * client's upload too) and its first KiB looked at: an archive becomes the context, unpacked;
 * anything else is the build file, and the context is that one file (as `docker build URL`
 * does with a Dockerfile). `solve` solves a state and returns its ref.
 */
export async function loadRemoteContext(
  bridge: Bridge,
  url: string,
  caps: Promise<Caps>,
  keepGitDirArg: string | undefined,
  solve: (state: State) => Promise<string>,
): Promise<RemoteContext> {
  const parsed = parseGitRef(url);
  if (parsed !== undefined) {
    if ("problem" in parsed) throw new UserError(`hier: cannot use the git build context: ${parsed.problem}`);
    // `--build-arg BUILDKIT_CONTEXT_KEEP_GIT_DIR=1` keeps .git in the checkout too (as with a Dockerfile).
    const repo = /^(1|t|true)$/i.test(keepGitDirArg ?? "") ? { ...parsed, keepGitDir: true } : parsed;
    // An engine that lacks an option's cap would ignore the option: refuse instead.
    const missing = missingGitCaps(repo, (await caps).llb);
    if (missing.length > 0) throw new UserError(`hier: this BuildKit cannot check out ${url}: it lacks ${missing.join(", ")}; upgrade BuildKit or leave that option out of the URL`);
    return { state: git(repo, { customName: `[internal] load git source ${url}` }), fetch: "check out" };
  }
  const download = http(url, { filename: REMOTE_FILE, customName: "[internal] load remote build context" });
  let head: Buffer;
  let ref: string;
  try {
    ref = await solve(download);
    head = await bridge.readFile(ref, REMOTE_FILE, { offset: 0, length: 1024 });
  } catch (err) {
    if (!(err instanceof BridgeError)) throw err;
    throw new UserError(`hier: cannot download the build context (${describeRemote(url)}): ${err.status.message}`);
  }
  if (isArchive(head)) {
    return { state: scratch().file(copy(download, `/${REMOTE_FILE}`, "/", { attemptUnpack: true }), { customName: "[internal] unpack remote build context" }), fetch: "unpack" };
  }
  // Diagnostics name the file after the URL's last path segment (`…/ci/hier.yaml` → hier.yaml).
  const name = posix.basename(/^[a-z]+:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? "") || REMOTE_FILE;
  return { state: download, file: { path: REMOTE_FILE, name, ref } };
}
