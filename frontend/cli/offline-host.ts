/**
 * A compile host that needs no daemon, for `hier llb`: images are not resolved (no digest pin, an
 * empty base config), the ignore file is read as the frontend reads it (the build file's own
 * beside it, else the context directory's `.dockerignore`), and named contexts come from
 * `--build-context NAME=VALUE` (docker-image:// refs and directories).
 */
import { join } from "node:path";
import type { CompileHost, CompileOptions, NamedContext } from "../compile/index.ts";
import { CONTEXT_IGNORE_FILE, ownIgnoreFile, parseDockerignore, type IgnoreParse } from "../compile/dockerignore.ts";
import { SourceFile, formatDiagnostic } from "../diagnostics/index.ts";
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
  "source.git", "source.git.checksum", "source.git.fullurl", "source.git.keepgitdir", "source.git.mountsshsock", "source.git.skipsubmodules",
  "source.git.subdir", "source.http", "source.http.checksum", "source.image", "source.image.resolvemode", "source.local", "source.local.differ", "source.local.excludepatterns",
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

/** The ignore file a build of `buildFile` from `contextDir` uses, read and parsed; undefined when there is none. */
export async function readIgnoreFile(io: Io, buildFile: string | undefined, contextDir: string): Promise<{ file: SourceFile; parsed: IgnoreParse } | undefined> {
  for (const path of [...(buildFile === undefined ? [] : [ownIgnoreFile(buildFile)]), join(contextDir, CONTEXT_IGNORE_FILE)]) {
    const text = await readOptional(io, path);
    if (text !== undefined) return { file: new SourceFile(path, text), parsed: parseDockerignore(text, path) };
  }
  return undefined;
}

/** The patterns of the ignore file; a bad line is a CliError showing it. */
async function ignorePatterns(o: OfflineHostOptions): Promise<string[]> {
  const read = await readIgnoreFile(o.io ?? { stdout: process.stdout, stderr: process.stderr }, o.buildFile, o.contextDir);
  if (read === undefined) return [];
  if ("diagnostic" in read.parsed) throw new CliError(formatDiagnostic(read.parsed.diagnostic, read.file), 1);
  return read.parsed.patterns;
}
