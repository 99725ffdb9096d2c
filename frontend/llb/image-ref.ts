/**
 * The one image-reference grammar of hier (the checker validates with it, `image()` normalizes
 * with it), following distribution/reference and go-digest as BuildKit applies them:
 * `[host[:port]/]path[:tag][@digest]`, where host is a DNS name or a bracketed IPv6 address, path
 * components are lower case, a tag is at most 128 characters, a digest is `sha256:`, `sha384:` or
 * `sha512:` with the exact number of lower-case hex digits, and the normalized name
 * (`docker.io/library/alpine`) is at most 255 characters. `alpine` → `docker.io/library/alpine:latest`.
 */

const ALNUM = "[a-z0-9]+";
const PATH_COMPONENT = `${ALNUM}(?:(?:[._]|__|-+)${ALNUM})*`;
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN_RE = new RegExp(`^${HOST}(?::[0-9]+)?$`);
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;
/** Hex digits of each digest algorithm BuildKit accepts. */
const DIGEST_HEX: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };
/** The longest normalized repository name (`docker.io/library/alpine`) the registry accepts. */
export const NAME_MAX = 255;
/** The longest tag. */
export const TAG_MAX = 128;

/** A valid image reference, normalized (`domain` is `docker.io` and `path` has `library/` for official images). */
export interface ImageRef {
  readonly domain: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** True for a tag: letters, digits, `_`, `.` and `-`, at most 128, not starting with `.` or `-`. */
export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag);
}

/** Why `digest` is not a digest BuildKit accepts, or undefined when it is one. */
export function digestProblem(digest: string): string | undefined {
  const m = DIGEST_RE.exec(digest);
  if (!m && /^[A-Za-z0-9.+_-]+:/.test(digest) && /[A-Z]/.test(digest.slice(0, digest.indexOf(":")))) {
    return "digest algorithms are lower-case: write sha256:…";
  }
  if (!m) return "a digest is ALGORITHM:HEX, e.g. sha256: and 64 hex digits";
  const [, algorithm = "", hex = ""] = m;
  const want = DIGEST_HEX[algorithm];
  if (want === undefined) return `unknown digest algorithm \`${algorithm}\`: use sha256, sha384 or sha512`;
  if (hex.length !== want || !/^[a-f0-9]+$/.test(hex)) return `a ${algorithm} digest is ${want} lower-case hex digits`;
  return undefined;
}

type Analysis = { readonly ref: ImageRef } | { readonly problem: string };

function analyze(text: string): Analysis {
  const fail = (problem: string): Analysis => ({ problem });
  if (text === "") return fail("an image reference cannot be empty");
  if (/[\s\0-\x1f\x7f]/.test(text)) return fail("image references contain no spaces or control characters");
  if (/^[a-f0-9]{64}$/.test(text)) return fail("a 64-digit hex string is an image id, not a reference");
  let name = text;
  let digest: string | undefined;
  const at = name.indexOf("@");
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
    const problem = digestProblem(digest);
    if (problem !== undefined) return fail(problem);
  }
  // The first component is a registry host when it looks like one (a dot, a port, `localhost`,
  // or upper case, which repository paths never have), as Docker splits it.
  let domain = "docker.io";
  let rest = name;
  const slash = name.indexOf("/");
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) {
      if (!DOMAIN_RE.test(first)) return fail(`\`${first}\` is not a registry host[:port]`);
      domain = first === "index.docker.io" ? "docker.io" : first;
      rest = name.slice(slash + 1);
    }
  }
  let path = rest;
  let tag: string | undefined;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    path = rest.slice(0, colon);
    tag = rest.slice(colon + 1);
    if (tag === "" || tag.includes(":")) return fail("a tag follows a single `:`");
    if (tag.length > TAG_MAX) return fail(`the tag is ${tag.length} characters; tags are at most ${TAG_MAX}`);
    if (!isValidTag(tag)) return fail("tags are letters, digits, _ . - and do not start with . or -");
  }
  if (path === "") return fail("expected [registry/]name[:tag][@digest], e.g. debian:bookworm-slim");
  if (path.toLowerCase() !== path) return fail("repository names must be lowercase");
  if (!PATH_RE.test(path)) return fail("repository names are lowercase letters and digits, separated by `/`, and by . _ __ or - inside a component");
  if (domain === "docker.io" && !path.includes("/")) path = `library/${path}`;
  const full = `${domain}/${path}`;
  if (full.length > NAME_MAX) return fail(`the repository name \`${full.slice(0, 40)}…\` is ${full.length} characters; the limit is ${NAME_MAX}`);
  return { ref: { domain, path, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) } };
}

/** Parses an image reference (`debian:bookworm-slim`, `[::1]:5000/app:1`, `ghcr.io/acme/base@sha256:…`). */
export function parseImageRef(text: string): ImageRef | undefined {
  const a = analyze(text);
  return "ref" in a ? a.ref : undefined;
}

/** Why `text` is not a valid image reference, in one phrase for a hint (undefined when it is valid). */
export function explainImageRef(text: string): string | undefined {
  const a = analyze(text);
  return "problem" in a ? a.problem : undefined;
}

/** The reference as BuildKit names it: `domain/path[:tag][@digest]`, `:latest` when neither is given. */
export function formatImageRef(ref: ImageRef): string {
  const tag = ref.tag ?? (ref.digest === undefined ? "latest" : undefined);
  return `${ref.domain}/${ref.path}${tag !== undefined ? `:${tag}` : ""}${ref.digest !== undefined ? `@${ref.digest}` : ""}`;
}

/** `ref` pinned to the manifest `digest` the engine resolved, unless it names a digest already (or none was resolved). */
export function pinImageRef(ref: string, digest: string | undefined): string {
  // In the grammar `@` only ever introduces the digest.
  return digest === undefined || digest === "" || ref.includes("@") ? ref : `${ref}@${digest}`;
}

/** The fully qualified form of `ref`, or undefined when it is not a valid reference. */
export function normalizeImageRef(ref: string): string | undefined {
  const parsed = parseImageRef(ref);
  return parsed === undefined ? undefined : formatImageRef(parsed);
}
