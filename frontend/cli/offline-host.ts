/**
 * A compile host that needs no daemon, for `hier llb` and `hier bake`: images are not resolved
 * (no digest pin, an empty base config), `.dockerignore` is read from the context directory, and
 * named contexts come from `--build-context NAME=VALUE` (docker-image:// refs and directories).
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CompileHost, CompileOptions, NamedContext } from "../compile/index.ts";
import { parseDockerignore } from "../compile/dockerignore.ts";
import { image, local, type Platform } from "../llb/index.ts";

/**
 * LLB caps a current BuildKit advertises; `hier llb --no-mergeop` drops `mergeop`. With
 * `exec.validexitcode` (0.17 on) ops are written in Go's field order, so the digests `hier llb`
 * prints are the ones such an engine names the vertices by (llb/marshal.ts `oneofLast`).
 */
export const ENGINE_CAPS: readonly string[] = [
  "constraints", "exec.meta.base", "exec.meta.network", "exec.meta.proxyenv", "exec.meta.security", "exec.meta.ulimit",
  "exec.mount.bind", "exec.mount.cache", "exec.mount.cache.sharing", "exec.mount.secret", "exec.mount.selector",
  "exec.mount.ssh", "exec.mount.tmpfs", "exec.mount.tmpfs.size", "exec.secretenv", "exec.validexitcode", "file.base", "file.copy.includeexcludepatterns",
  "file.rm.wildcard", "mergeop", "diffop", "meta.description", "meta.ignorecache", "meta.exportcache", "platform",
  "source.image", "source.image.resolvemode", "source.local", "source.local.differ", "source.local.excludepatterns",
  "source.local.followpaths", "source.local.includepatterns", "source.local.sessionid", "source.local.sharedkeyhint",
  "source.local.unique",
];

export interface OfflineHostOptions {
  readonly contextDir: string;
  readonly platform: Platform;
  readonly options: CompileOptions;
  readonly contexts: Readonly<Record<string, string>>;
  readonly mergeop: boolean;
}

/** The host `hier llb` compiles with. */
export function offlineHost(o: OfflineHostOptions): CompileHost {
  return {
    options: o.options,
    llbCaps: new Set(ENGINE_CAPS.filter((c) => o.mergeop || c !== "mergeop")),
    defaultPlatform: o.platform,
    async resolveImage(ref: string) {
      return { ref };
    },
    async dockerignore(): Promise<string[]> {
      try {
        return parseDockerignore(await readFile(resolve(o.contextDir, ".dockerignore"), "utf8"));
      } catch {
        return [];
      }
    },
    async namedContext(name: string, platform: Platform): Promise<NamedContext | undefined> {
      const value = o.contexts[name];
      if (value === undefined) return undefined;
      if (value.startsWith("docker-image://")) {
        return { state: image(value.slice("docker-image://".length), { platform }), description: value };
      }
      return { state: local(`context:${name}`, { sharedKeyHint: `context:${name}` }), description: value };
    },
  };
}
