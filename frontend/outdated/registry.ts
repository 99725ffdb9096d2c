/**
 * What `hier outdated` asks a registry, through `docker buildx imagetools inspect` (as `hier lock`
 * resolves): it needs no daemon, uses the Docker credentials and buildx's registry settings, and
 * speaks plain HTTP to a registry on a loopback address. A reference's digest is that of what the
 * tag names now (the image index, or the single manifest); an image's labels come from its config.
 */
import { normalizeImageRef } from "../llb/image-ref.ts";
import { resolveWithImagetools } from "../lock/imagetools.ts";

/** The registry questions outdated.ts asks; tests pass a fake. */
export interface Registry {
  /** The digest `ref` names now (index or single manifest). */
  digest(ref: string): Promise<string>;
  /** The labels of the image `ref` names (of its first platform, for an index). */
  labels(ref: string): Promise<Record<string, string>>;
}

/** A registry question that failed: `unreachable` (network, TLS, auth) or `missing` (no such image). */
export class RegistryError extends Error {
  constructor(
    readonly kind: "unreachable" | "missing",
    readonly ref: string,
    readonly host: string,
    detail: string,
  ) {
    super(detail);
  }
}

/** Runs a program and resolves with its stdout; rejects with its stderr in the message. */
export type Run = (program: string, args: readonly string[], input: string) => Promise<string>;

/** The registry host of a reference (`docker.io` for `debian:bookworm-slim`). */
export function registryHost(ref: string): string {
  const full = normalizeImageRef(ref) ?? ref;
  return full.split("/", 1)[0] ?? full;
}

const UNREACHABLE = /dial tcp|connection refused|no such host|i\/o timeout|deadline exceeded|TLS|certificate|HTTP response to HTTPS|unauthorized|denied|EOF|network is unreachable/i;

/** A registry that asks `docker buildx imagetools inspect` through `run`. */
export function imagetoolsRegistry(run: Run): Registry {
  const inspect = async (ref: string, what: string): Promise<unknown> => {
    let out: string;
    try {
      out = await run("docker", ["buildx", "imagetools", "inspect", "--format", `{{json .${what}}}`, ref], "");
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const detail = message.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? message;
      const kind = /not found|manifest unknown|name unknown/i.test(detail) && !UNREACHABLE.test(detail) ? "missing" : "unreachable";
      throw new RegistryError(kind, ref, registryHost(ref), detail.replace(/^ERROR:\s*/, ""));
    }
    try {
      return JSON.parse(out) as unknown;
    } catch {
      throw new RegistryError("unreachable", ref, registryHost(ref), `docker buildx imagetools inspect printed no JSON for ${ref}`);
    }
  };
  return {
    async digest(ref) {
      // The same resolution `hier lock` records (lock/imagetools.ts), so the two always agree.
      const r = await resolveWithImagetools((args) => run("docker", args, ""), ref);
      if ("ok" in r) return r.ok.digest;
      if ("missing" in r) throw new RegistryError("missing", ref, registryHost(ref), r.missing);
      throw new RegistryError("unreachable", ref, r.unreachable.registry, r.unreachable.reason);
    },
    async labels(ref) {
      const image = (await inspect(ref, "Image")) as Record<string, unknown> | null;
      // One platform: the config itself; an index: the config of each platform, by platform.
      const config = image && "rootfs" in image ? image : (Object.values(image ?? {})[0] as Record<string, unknown> | undefined);
      const labels = (config?.config as { Labels?: Record<string, string> | null } | undefined)?.Labels;
      return labels ?? {};
    },
  };
}
