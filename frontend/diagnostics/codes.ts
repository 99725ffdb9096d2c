/**
 * The one catalogue of diagnostic codes: every code config/, graph/, compile/ and gateway/ emit,
 * with its default severity and a one-line description. Lint rules as data: the language
 * reference lists them from here, and a unit test checks that each one has a golden fixture.
 */
export const CODES = {
  YamlSyntax: ["error", "The file is not valid YAML, an alias names no anchor, or an alias sits inside its own anchor."],
  YamlWarning: ["warning", "The YAML parser warns about something (e.g. an unknown tag)."],
  TooLarge: ["error", "The file is over 1 MiB, or its aliases expand to more than 100,000 extra nodes."],
  NotText: ["error", "The file is not UTF-8 text: it holds a NUL byte or bytes that are not UTF-8 (read as U+FFFD)."],
  NoStages: ["error", "The file defines no stages."],
  UnknownKey: ["error", "A key the language does not know; the hint suggests the closest one."],
  WrongType: ["error", "A value has the wrong type (a list where a string is expected, …)."],
  MissingKey: ["error", "A required key is missing (`from`, copy `dst`, run `sh`/`exec`, …)."],
  ConflictingKeys: ["error", "Two keys that exclude each other (`sh` and `exec`; two kinds in one step)."],
  DuplicateKey: ["error", "A key written twice in one mapping."],
  DuplicateName: ["error", "A stage, cache, arg or artifact name written twice."],
  StepsConflict: ["error", "`steps` is used together with the short keys `packages`, `copy` or `run`."],
  InvalidName: ["error", "A stage, artifact, cache, arg, env, label or named-context name with characters it cannot have, a reserved name, or a stage whose image tag is not a valid reference."],
  InvalidValue: ["error", "A value outside its set (role, network, manager, boolean, number, …), a NUL character, or a reference of the wrong kind (`from: STAGE.ARTIFACT`, `from: scratch` in a copy)."],
  EmptyValue: ["error", "An empty command, entrypoint, healthcheck test, secret id or artifact path (a warning for an empty package list)."],
  InvalidCopy: ["error", "A copy string without both a source and a destination."],
  InvalidMount: ["error", "A mount without exactly one of cache, secret, ssh, artifact, tmpfs, bind."],
  InvalidImageRef: ["error", "An image reference or namespace that does not follow the reference grammar."],
  InvalidUser: ["error", "A user that is not NAME, UID, NAME:GROUP or UID:GID."],
  InvalidPort: ["error", "An exposed port outside 1–65535 or with an unknown protocol."],
  InvalidMode: ["error", "A file mode that is not octal (\"0755\")."],
  InvalidSharing: ["error", "A cache sharing mode other than shared, private, locked."],
  InvalidDuration: ["error", "A healthcheck duration that is not like 30s or 1m30s, or too long for the image config."],
  InvalidSignal: ["error", "A stop signal that is not a signal name or number."],
  InvalidPlatform: ["error", "A platform that is not os/arch[/variant], or one listed twice."],
  InvalidPath: ["error", "A path that must be absolute (cache target, volume, mount target) is not, or a mount target is `/`."],
  InvalidPackageName: ["error", "A package name that is empty, has spaces or looks like an option."],
  InvalidCache: ["error", "A cache declaration that cannot work (`target` on a multi-target preset)."],
  InvalidInterpolation: ["error", "A `${…}` that is not `${NAME}` or `${NAME:-default}`."],
  UnknownPreset: ["error", "A cache preset that does not exist."],
  UndefinedArg: ["error", "`${NAME}` names an arg that is not declared."],
  UnknownStage: ["error", "A reference to a stage that does not exist."],
  UnknownArtifact: ["error", "`STAGE.ARTIFACT` names an artifact the stage does not declare."],
  UnknownCache: ["error", "A cache name that is not in the top-level catalogue."],
  UnknownTarget: ["error", "`target:` or `--target` names no stage."],
  StageCycle: ["error", "Stages that depend on each other in a cycle (the message names all of them)."],
  MissingPackageManager: ["error", "`packages` without a `manager` where none can be inferred."],
  ContextPathEscapes: ["error", "A context path that is absolute or climbs out with `..`."],
  ArtifactUnderCache: ["error", "An artifact or copy destination under a cache mount of the same stage."],
  RuntimeFromBuildStage: ["warning", "A runtime stage starts from a build or dev stage."],
  RuntimeCopyFromNonBuild: ["warning", "A runtime stage copies or mounts from a stage that is not a build stage."],
  RuntimeInstallsCompiler: ["warning", "A runtime stage installs a compiler or -dev package."],
  UnreachableStage: ["warning", "A build stage whose artifacts no target uses."],
  PlatformMismatch: ["error", "The target does not allow the requested platform, or a stage is built for a platform its `from` parent does not allow."],
  UnknownContext: ["error", "`context:NAME` names a build context that the build was not given (`--build-context NAME=…`)."],
  ImageNotResolved: ["error", "The engine could not resolve an image a stage, copy or mount names (not found, no access, no registry)."],
  CacheNeedsShell: ["error", "Exporting or seeding a cache (docs/caches.md) needs a stage that mounts it to start from an image with /bin/sh and cp."],
  UnsupportedContext: ["error", "A named context hier cannot use (git or http), or an `input:` BuildKit did not pass."],
  UnpinnedDownload: ["warning", "A download (`copy: [{ src: https://…, dst: … }]`) without a `checksum`, or a repository without a commit: nothing checks what the server sends, and the engine asks it again every build."],
  InvalidIgnorePattern: ["error", "A line of the ignore file (`.dockerignore`, or `hier.yaml.dockerignore` beside the build file) that the engine would refuse as a pattern."],
  InvalidLock: ["error", "`hier.lock` is not a valid lock file (not YAML, an unknown version or key, a reference or digest that is not one)."],
  LockMismatch: ["error", "A reference no longer matches `hier.lock`: the file pins another digest, changed a locked tag, or builds a platform the lock does not record."],
  UnlockedImage: ["warning", "An image reference `hier.lock` does not record (an error with `--build-arg HIER_LOCK=strict`)."],
  LockUnused: ["warning", "A `hier.lock` entry no reference of the file uses (`hier lock FILE` removes it)."],
  InternalError: ["error", "A bug in hier: the parser, checker or compiler failed. Please report it."],
} as const satisfies Record<string, readonly ["error" | "warning", string]>;

/** A diagnostic code: a key of the catalogue. */
export type Code = keyof typeof CODES;

/** The catalogue's severity for a code. */
export function severityOf(code: Code): "error" | "warning" {
  return CODES[code][0];
}
