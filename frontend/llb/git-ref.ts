/**
 * The git build-context grammar, as BuildKit's Dockerfile frontend reads the `context` a client
 * sends for `docker buildx build REPO`:
 * - `https://host/path.git`, `http://….git` (an http(s) URL is git only with the `.git` suffix),
 *   `git://host/path`, `ssh://user@host/path`, scp-like `user@host:path`, and the deprecated
 *   `github.com/owner/repo`;
 * - a fragment `#REF[:SUBDIR]`;
 * - a query of `ref`, `tag` (→ `refs/tags/…`), `branch` (→ `refs/heads/…`), `subdir`,
 *   `checksum` (or `commit`), `keep-git-dir` and `submodules` (the last two may have no value,
 *   meaning true), each at most once and not contradicting the fragment.
 */

/** A parsed git context. */
export interface GitRef {
  /** The remote without fragment and query, as git fetches it (`https://github.com/o/r.git`). */
  readonly remote: string;
  readonly scheme: "http" | "https" | "git" | "ssh";
  /** Host (with port) and path of the remote, the parts BuildKit keys the source on. */
  readonly host: string;
  readonly path: string;
  readonly ref?: string;
  readonly subdir?: string;
  /** A commit the checkout must be at. */
  readonly checksum?: string;
  readonly keepGitDir?: boolean;
  readonly submodules?: boolean;
}

/** `git@host:path` (user, host, path, query, fragment). */
const SCP = /^([a-zA-Z0-9_-]+)@([a-zA-Z0-9.-]+):(.*?)(?:\?(.*?))?(?:#(.*))?$/;
const SCHEME = /^([a-zA-Z0-9]+):\/\//;
const SCHEMES = new Set(["http", "https", "git", "ssh"]);

/** A boolean query value: empty (present), true/1 or false/0; anything else is a problem. */
function flagValue(key: string, v: string, value: string): boolean | { problem: string } {
  if (v === "" || v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return { problem: `invalid ${key} value "${v}" in ${value} (true or false)` };
}

/**
 * `value` as a git context: a GitRef, `{ problem }` when it is one but malformed (its query),
 * or undefined when it is not a git reference at all (a plain http URL, a path).
 */
export function parseGitRef(value: string): GitRef | { problem: string } | undefined {
  let scheme: GitRef["scheme"];
  let host: string;
  let path: string;
  let remote: string;
  let query: string;
  let fragment: string;
  // `github.com/…` is git with or without `.git` (the https form needs the suffix).
  const github = value.startsWith("github.com/");
  const proto = github ? "https" : SCHEME.exec(value)?.[1]?.toLowerCase();
  if (proto !== undefined) {
    if (!SCHEMES.has(proto)) return undefined;
    let url: URL;
    try {
      url = new URL(github ? `https://${value}` : value);
      path = decodeURIComponent(url.pathname);
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return { problem: `${value} is not a valid URL` };
    }
    scheme = proto as GitRef["scheme"];
    host = url.host;
    query = url.search.slice(1);
    if ((scheme === "http" || scheme === "https") && !github && !path.endsWith(".git")) return undefined;
    url.hash = "";
    url.search = "";
    remote = url.toString();
  } else {
    const m = SCP.exec(value);
    if (!m) return undefined;
    const [, user = "", h = "", p = "", q = "", f = ""] = m;
    scheme = "ssh";
    host = h;
    path = p;
    query = q;
    fragment = f;
    remote = `${user}@${h}:${p}`;
  }
  const colon = fragment.indexOf(":");
  let ref: string | undefined = (colon < 0 ? fragment : fragment.slice(0, colon)) || undefined;
  let subdir: string | undefined = (colon < 0 ? "" : fragment.slice(colon + 1)) || undefined;
  const out: { checksum?: string; keepGitDir?: boolean; submodules?: boolean } = {};
  const params = new URLSearchParams(query);
  const seen = new Set<string>();
  let tag: string | undefined;
  let branch: string | undefined;
  for (const [key, v] of params) {
    if (seen.has(key)) return { problem: `query "${key}" of ${value} has multiple values` };
    seen.add(key);
    if (v === "" && key !== "keep-git-dir" && key !== "submodules") return { problem: `query "${key}" of ${value} has no value` };
    switch (key) {
      case "ref":
        if (ref !== undefined && ref !== v) return { problem: `ref conflicts in ${value}: "${ref}" vs "${v}"` };
        ref = v;
        break;
      case "tag":
        tag = v.startsWith("refs/tags/") ? v : `refs/tags/${v}`;
        break;
      case "branch":
        branch = v.startsWith("refs/heads/") ? v : `refs/heads/${v}`;
        break;
      case "subdir":
        if (subdir !== undefined && subdir !== v) return { problem: `subdir conflicts in ${value}: "${subdir}" vs "${v}"` };
        subdir = v;
        break;
      case "checksum":
      case "commit":
        out.checksum = v;
        break;
      case "keep-git-dir":
      case "submodules": {
        const b = flagValue(key, v, value);
        if (typeof b === "object") return b;
        if (key === "keep-git-dir") out.keepGitDir = b;
        else out.submodules = b;
        break;
      }
      default:
        return { problem: `unexpected query "${key}" in ${value} (ref, tag, branch, subdir, checksum, keep-git-dir, submodules)` };
    }
  }
  for (const named of [tag, branch]) {
    if (named === undefined) continue;
    if (ref !== undefined && ref !== named) return { problem: `ref conflicts in ${value}: "${ref}" vs "${named}"` };
    ref = named;
  }
  return { remote, scheme, host, path, ...(ref !== undefined ? { ref } : {}), ...(subdir !== undefined ? { subdir } : {}), ...out };
}
