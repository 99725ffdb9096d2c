/**
 * Resolving references for `hier lock` with `docker buildx imagetools inspect REF --format
 * '{{json .}}'`: the registry's answer, with the client's Docker credentials, and the whole index
 * (the digest of every platform's manifest), which an engine does not tell a frontend. A failure
 * is sorted into "the image is not there" (reported at its line) and "the registry cannot be
 * reached" (one line for the whole command).
 */
import { digestProblem } from "../llb/image-ref.ts";
import { parseImageRef, parsePlatform, platformId, platformProblem } from "../llb/index.ts";
import type { LockedImage } from "./format.ts";

/** Runs `docker ARGS…` and resolves to its stdout; rejects with an Error whose message has its stderr. */
export type Docker = (args: readonly string[]) => Promise<string>;

/** A reference resolved, or why not. */
export type Resolution =
  | { readonly ok: LockedImage }
  | { readonly missing: string }
  | { readonly unreachable: { readonly registry: string; readonly reason: string } };

const UNREACHABLE = /dial tcp|connection refused|no such host|i\/o timeout|TLS handshake|server gave HTTP response|network is unreachable|context deadline exceeded|Client\.Timeout/i;

/** The registry host a reference names (`docker.io` when it names none). */
export function registryOf(ref: string): string {
  return parseImageRef(ref)?.domain ?? "docker.io";
}

interface Inspect {
  manifest?: { digest?: string; manifests?: { digest?: string; platform?: { os?: string; architecture?: string; variant?: string } }[] };
  image?: { os?: string; architecture?: string; variant?: string };
}

/** Resolves `ref` through `docker buildx imagetools inspect`. */
export async function resolveWithImagetools(docker: Docker, ref: string): Promise<Resolution> {
  let out: string;
  try {
    out = await docker(["buildx", "imagetools", "inspect", ref, "--format", "{{json .}}"]);
  } catch (e) {
    const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").trim();
    const reason = /ERROR: (.*)$/.exec(text)?.[1] ?? text;
    if (UNREACHABLE.test(reason)) return { unreachable: { registry: registryOf(ref), reason: reason.replace(/^.*?: (?=dial tcp)/, "") } };
    return { missing: reason };
  }
  let parsed: Inspect;
  try {
    parsed = JSON.parse(out) as Inspect;
  } catch {
    return { missing: `docker buildx imagetools inspect printed no JSON: ${out.slice(0, 200)}` };
  }
  const digest = parsed.manifest?.digest ?? "";
  if (digestProblem(digest) !== undefined) return { missing: "the registry answered without a manifest digest" };
  const platforms: Record<string, string> = {};
  const add = (p: { os?: string; architecture?: string; variant?: string } | undefined, d: string | undefined): void => {
    if (!p?.os || !p.architecture || d === undefined || digestProblem(d) !== undefined) return;
    const text = [p.os, p.architecture, p.variant].filter(Boolean).join("/");
    // Attestation manifests say unknown/unknown: they are no platform.
    if (platformProblem(text) !== undefined) return;
    const id = platformId(parsePlatform(text));
    platforms[id] ??= d;
  };
  if (parsed.manifest?.manifests) for (const m of parsed.manifest.manifests) add(m.platform, m.digest);
  else add(parsed.image, digest);
  return { ok: { digest, platforms } };
}
