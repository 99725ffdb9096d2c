/**
 * The keys each kind of mapping accepts. The parser rejects any other key (except `x-*`
 * extension keys) and the JSON Schema test checks that `schema/hier.schema.json` lists exactly
 * these properties, so the two cannot drift.
 */
export const KEYS = {
  document: ["name", "namespace", "version", "description", "args", "caches", "platforms", "target", "stages"],
  arg: ["default", "description"],
  cache: ["preset", "target", "sharing", "uid", "gid", "mode"],
  stage: [
    "role", "description", "from", "platforms", "packages", "env", "workdir", "user", "run", "copy",
    "steps", "caches", "artifacts", "entrypoint", "cmd", "expose", "volumes", "labels", "healthcheck",
    "stop_signal", "test", "wrapper",
  ],
  wrapper: ["source"],
  packages: ["manager", "names"],
  run: ["sh", "exec", "env", "workdir", "user", "network", "mounts"],
  copy: ["src", "dst", "from", "exclude", "owner", "mode", "checksum"],
  step: ["run", "copy", "packages"],
  healthcheck: ["test", "interval", "timeout", "start_period", "retries", "disable"],
  mountCache: ["cache"],
  mountSecret: ["secret", "target", "env", "required", "mode", "uid", "gid"],
  mountSsh: ["ssh", "target", "required"],
  mountArtifact: ["artifact", "target"],
  mountTmpfs: ["tmpfs", "size"],
  mountBind: ["bind", "target", "from"],
} as const satisfies Record<string, readonly string[]>;

/** The kinds of mapping the language has. */
export type KeyKind = keyof typeof KEYS;

/** The mount kinds, by the key that names them (a mount mapping has exactly one of these). */
export const MOUNT_KINDS = {
  cache: "mountCache",
  secret: "mountSecret",
  ssh: "mountSsh",
  artifact: "mountArtifact",
  tmpfs: "mountTmpfs",
  bind: "mountBind",
} as const satisfies Record<string, KeyKind>;

/** True for extension keys (`x-…`), which are ignored everywhere so YAML anchors can live there. */
export function isExtensionKey(key: string): boolean {
  return key.startsWith("x-");
}
