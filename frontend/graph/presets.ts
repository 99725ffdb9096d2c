/**
 * The cache catalogue's presets: where each tool keeps its downloads, and how the cache may be
 * shared between concurrent builds. apk and dnf hold their caches for a whole install, so they are
 * `locked`. apt is `shared`: hier's apt steps lock it themselves (flock, frontend/compile/packages.ts)
 * for the update and the downloads only, so the installs of a family's branches run side by side.
 * Language caches are content-addressed and safe to `share`.
 */
import type { CacheTarget } from "./model.ts";

export interface Preset {
  readonly targets: readonly CacheTarget[];
  /** Env that points the tool at the cache path regardless of the user's home. */
  readonly env: readonly (readonly [string, string])[];
}

const t = (path: string, key: string, sharing: CacheTarget["sharing"] = "shared"): CacheTarget => ({ path, key, sharing });

export const PRESETS: Readonly<Record<string, Preset>> = {
  apt: { targets: [t("/var/cache/apt", "archives"), t("/var/lib/apt/lists", "lists")], env: [] },
  apk: { targets: [t("/var/cache/apk", "cache", "locked")], env: [] },
  dnf: { targets: [t("/var/cache/dnf", "cache", "locked")], env: [] },
  pip: { targets: [t("/root/.cache/pip", "cache")], env: [["PIP_CACHE_DIR", "/root/.cache/pip"]] },
  npm: { targets: [t("/root/.npm", "cache")], env: [["npm_config_cache", "/root/.npm"]] },
  yarn: { targets: [t("/usr/local/share/.cache/yarn", "cache")], env: [["YARN_CACHE_FOLDER", "/usr/local/share/.cache/yarn"]] },
  pnpm: { targets: [t("/root/.local/share/pnpm/store", "store")], env: [["npm_config_store_dir", "/root/.local/share/pnpm/store"]] },
  go: {
    targets: [t("/go/pkg/mod", "mod"), t("/root/.cache/go-build", "build")],
    env: [["GOMODCACHE", "/go/pkg/mod"], ["GOCACHE", "/root/.cache/go-build"]],
  },
  cargo: { targets: [t("/usr/local/cargo/registry", "registry"), t("/usr/local/cargo/git", "git")], env: [] },
  maven: { targets: [t("/root/.m2/repository", "repository")], env: [] },
  gradle: { targets: [t("/root/.gradle/caches", "caches")], env: [] },
  ccache: { targets: [t("/root/.ccache", "cache")], env: [["CCACHE_DIR", "/root/.ccache"]] },
};

export const SHARING_MODES = ["shared", "private", "locked"] as const;
export const PACKAGE_MANAGERS = ["apt", "apk", "dnf"] as const;
