/**
 * Normalizes image references the way BuildKit names `docker-image://` sources:
 * `alpine` → `docker.io/library/alpine:latest`, `me/app:1` → `docker.io/me/app:1`,
 * `ghcr.io/x/y@sha256:…` kept with its digest (no `:latest` added when a digest is present).
 */

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

/** The fully qualified form of `ref`, or undefined when it is not a valid reference. */
export function normalizeImageRef(ref: string): string | undefined {
  let name = ref;
  let digest: string | undefined;
  const at = name.indexOf("@");
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  let tag: string | undefined;
  const colon = name.lastIndexOf(":");
  if (colon > name.lastIndexOf("/")) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  let domain = "docker.io";
  let path = name;
  const slash = name.indexOf("/");
  if (slash >= 0) {
    const first = name.slice(0, slash);
    // A first component is a registry host when it looks like one (dot, port, localhost, or
    // upper case letters, which repository paths never contain).
    if (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first) {
      domain = first === "index.docker.io" ? "docker.io" : first;
      path = name.slice(slash + 1);
    }
  }
  if (!DOMAIN.test(domain)) return undefined;
  if (domain === "docker.io" && !path.includes("/")) path = `library/${path}`;
  if (!path.split("/").every((c) => COMPONENT.test(c))) return undefined;
  let out = `${domain}/${path}`;
  if (tag !== undefined) out += `:${tag}`;
  else if (digest === undefined) out += ":latest";
  if (digest !== undefined) out += `@${digest}`;
  return out;
}
