/**
 * A compile host that needs no daemon, for `hier llb`: images are not resolved (no digest pin, an
 * empty base config), the ignore file is read as the frontend reads it (the build file's own
 * beside it, else the context directory's `.dockerignore`), and named contexts come from
 * `--build-context NAME=VALUE` (docker-image:// refs and directories).
 */
import { join } from "node:path";
import type { CompileHost, CompileOptions, NamedContext } from "../compile/index.ts";
import { CONTEXT_IGNORE_FILE, ownIgnoreFile, parseDockerignore } from "../compile/dockerignore.ts";
import { CliError, readOptional, type Io } from "./io.ts";
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
  /** Where the ignore files are read (relative paths from its cwd); default the process's. */
  readonly io?: Io;
  /** The build file's path; undefined when it came on stdin. */
  readonly buildFile?: string;
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
    dockerignore: () => ignorePatterns(o),
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

/** The build file's own ignore file if it is there, else the context's `.dockerignore`, parsed; a bad line is a CliError. */
async function ignorePatterns(o: OfflineHostOptions): Promise<string[]> {
  for (const path of [...(o.buildFile === undefined ? [] : [ownIgnoreFile(o.buildFile)]), join(o.contextDir, CONTEXT_IGNORE_FILE)]) {
    const text = await readOptional(o.io ?? { stdout: process.stdout, stderr: process.stderr }, path);
    if (text === undefined) continue;
    const parsed = parseDockerignore(text, path);
    if ("problem" in parsed) throw new CliError(parsed.problem);
    return parsed.patterns;
  }
  return [];
}
