/**
 * Frontend options: BuildKit passes each as `BUILDKIT_FRONTEND_OPT_<i>=<key>=<value>` in the
 * environment (i = 0, 1, 2… in no particular order). Keys cannot contain `=`; values can, so the
 * pair is split at the first `=` after the env var's own.
 */
import type { ExecDefaults } from "../compile/stage.ts";
import type { ProxyEnv } from "../llb/index.ts";

/** The options hier understands, parsed once. Raw options stay available for forwarding. */
export interface FrontendOptions {
  readonly raw: ReadonlyMap<string, string>;
  /** Build file name inside the `dockerfile` local (buildx `-f`), default `Dockerfile`. */
  readonly filename: string;
  /** Name of the local holding the build file (default `dockerfile`). */
  readonly dockerfileKey: string;
  /** Whether `dockerfilekey` was given (then the local wins over a `dockerfile` input). */
  readonly dockerfileKeySet: boolean;
  readonly target?: string;
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
  /** `context:<name>` named contexts (bake `contexts`, `--build-context`). */
  readonly contexts: Readonly<Record<string, string>>;
  readonly platforms: readonly string[];
  /** `no-cache`: undefined = off; empty set = every stage; else stage names (lower-case). */
  readonly noCache?: ReadonlySet<string>;
  readonly imageResolveMode?: string;
  readonly requestId?: string;
  readonly sessionId: string;
  /** Per-local session id overrides (`local-sessionid:<name>`). */
  readonly localSessionIds: Readonly<Record<string, string>>;
  readonly cacheImports: readonly { Type: string; Attrs: Record<string, string> }[];
  /**
   * Process settings every RUN gets (`add-hosts`, `force-network-mode`, `shm-size`, `ulimit`, and
   * the proxy build args).
   */
  readonly exec: ExecDefaults;
  /**
   * A remote main context (option `context`, or the option `contextkey` names): a git or http
   * URL. buildx sends a git URL with its query (`?ref=…&subdir=…`) as it is when the frontend
   * declares `moby.buildkit.frontend.gitquerystring`. hier builds local contexts only.
   */
  readonly remoteContext?: string;
  /** `vcs:source` / `vcs:revision`, which buildx sends when building from a git checkout. */
  readonly vcs: { readonly source?: string; readonly revision?: string };
}

/** The proxy build args every RUN gets without an `args:` entry, as Dockerfile's do. */
const PROXY_ARGS = {
  http_proxy: "httpProxy",
  https_proxy: "httpsProxy",
  ftp_proxy: "ftpProxy",
  no_proxy: "noProxy",
  all_proxy: "allProxy",
} as const satisfies Record<string, keyof ProxyEnv>;

/**
 * The predefined proxy build args (`HTTP_PROXY`, `https_proxy`, … in any case; docker's client
 * sends them from the `proxies` of ~/.docker/config.json too). BuildKit gives each to the process
 * in both cases and leaves it out of the cache key, so a build behind a proxy shares its cache
 * with one that is not. The lower-case spelling wins when both are given, as curl's reading does;
 * an empty value sets no proxy.
 */
function proxyEnv(buildArgs: Readonly<Record<string, string>>): ProxyEnv | undefined {
  const names = Object.keys(buildArgs);
  const entries = Object.entries(PROXY_ARGS).flatMap(([arg, field]) => {
    const name = Object.hasOwn(buildArgs, arg) ? arg : names.find((n) => n.toLowerCase() === arg);
    const value = name === undefined ? "" : (buildArgs[name] ?? "");
    return value === "" ? [] : [[field, value] as const];
  });
  return entries.length > 0 ? (Object.fromEntries(entries) as ProxyEnv) : undefined;
}

/** `host=ip,host2=ip2` (buildx `--add-host host:ip` arrives as `host=ip`). */
function parseHosts(raw: string | undefined): ExecDefaults["extraHosts"] {
  if (!raw) return undefined;
  return raw.split(",").map((e) => e.trim()).filter(Boolean).map((e) => {
    const i = e.search(/[=:]/);
    return { host: e.slice(0, i).toLowerCase(), ip: e.slice(i + 1) };
  });
}

/** `nofile=1024:2048,nproc=512`. */
function parseUlimits(raw: string | undefined): ExecDefaults["ulimits"] {
  if (!raw) return undefined;
  return raw.split(",").map((e) => e.trim()).filter(Boolean).map((e) => {
    const [name = "", limits = ""] = e.split("=");
    const [soft = "0", hard] = limits.split(":");
    return { name, soft: Number(soft), hard: Number(hard ?? soft) };
  });
}

function execDefaults(raw: ReadonlyMap<string, string>, buildArgs: Readonly<Record<string, string>>): ExecDefaults {
  const extraHosts = parseHosts(raw.get("add-hosts"));
  const network = raw.get("force-network-mode");
  const shm = raw.get("shm-size");
  const ulimits = parseUlimits(raw.get("ulimit"));
  const proxy = proxyEnv(buildArgs);
  return {
    ...(extraHosts && extraHosts.length > 0 ? { extraHosts } : {}),
    ...(network === "host" || network === "none" || network === "sandbox" ? { network } : {}),
    ...(shm && Number(shm) > 0 ? { shmSize: Number(shm) } : {}),
    ...(ulimits && ulimits.length > 0 ? { ulimits } : {}),
    ...(proxy ? { proxyEnv: proxy } : {}),
  };
}

/** Reads the options from an environment (process.env in the frontend image). */
export function readOptions(env: NodeJS.ProcessEnv): FrontendOptions {
  const raw = new Map<string, string>();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith("BUILDKIT_FRONTEND_OPT_") || value === undefined) continue;
    const eq = value.indexOf("=");
    if (eq < 0) raw.set(value, "");
    else raw.set(value.slice(0, eq), value.slice(eq + 1));
  }
  return parseOptions(raw, env["BUILDKIT_SESSION_ID"] ?? "");
}

/** Interprets raw key/value options. */
export function parseOptions(raw: ReadonlyMap<string, string>, sessionId: string): FrontendOptions {
  const prefixed = (prefix: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of [...raw].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
    }
    return out;
  };
  const noCacheRaw = raw.get("no-cache");
  const platformRaw = raw.get("platform") ?? "";
  let cacheImports: FrontendOptions["cacheImports"] = [];
  const cacheImportsRaw = raw.get("cache-imports");
  if (cacheImportsRaw) {
    try {
      const parsed: unknown = JSON.parse(cacheImportsRaw);
      if (Array.isArray(parsed)) cacheImports = parsed as FrontendOptions["cacheImports"];
    } catch {
      // A malformed value is BuildKit's client's problem; importing no cache is a safe reading.
    }
  }
  const target = raw.get("target");
  const requestId = raw.get("requestid");
  const resolveMode = raw.get("image-resolve-mode");
  const remoteContext = raw.get(raw.get("contextkey") || "context");
  const buildArgs = prefixed("build-arg:");
  return {
    raw,
    filename: raw.get("filename") || "Dockerfile",
    dockerfileKey: raw.get("dockerfilekey") || "dockerfile",
    dockerfileKeySet: raw.has("dockerfilekey"),
    ...(target ? { target } : {}),
    buildArgs,
    labels: prefixed("label:"),
    contexts: prefixed("context:"),
    platforms: platformRaw.split(",").map((p) => p.trim()).filter(Boolean),
    ...(noCacheRaw === undefined
      ? {}
      : { noCache: new Set(noCacheRaw.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) }),
    ...(resolveMode ? { imageResolveMode: resolveMode } : {}),
    ...(requestId ? { requestId } : {}),
    sessionId,
    localSessionIds: prefixed("local-sessionid:"),
    cacheImports,
    exec: execDefaults(raw, buildArgs),
    ...(remoteContext ? { remoteContext } : {}),
    vcs: {
      ...(raw.get("vcs:source") ? { source: raw.get("vcs:source") as string } : {}),
      ...(raw.get("vcs:revision") ? { revision: raw.get("vcs:revision") as string } : {}),
    },
  };
}
