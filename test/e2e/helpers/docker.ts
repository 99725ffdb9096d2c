/**
 * The docker CLI, for e2e tests against the real dockerd: builds (buildx build / bake with plain
 * progress), image inspection, running images, cleanup. Every helper resolves with the command's
 * result rather than throwing on a non-zero exit, except where noted; wrap a call in
 * `mustSucceed(…)` to throw with the log instead.
 */
import { appendFileSync } from "node:fs";
import { inject } from "vitest";
import { runCommand, type CommandOptions, type CommandResult } from "./command.ts";
import { countSteps, type StepSummary } from "./progress.ts";

/** The frontend image that `# syntax=org/hier-frontend` resolves to (built by `docker buildx bake frontend`). */
export const FRONTEND_IMAGE = "org/hier-frontend:latest";
/** The local stand-in for the official Debian image (made by .ci/base-images.sh). */
export const DEBIAN_IMAGE = "debian:bookworm-slim";

/** A build's result: the command's output plus its parsed progress. */
export interface BuildResult extends CommandResult {
  /** `countSteps(log)`: the vertices, which were CACHED, which ran. */
  steps: StepSummary;
}

// Plain progress, no attestations (the docker driver adds none anyway), no colours.
const BUILD_ENV = { BUILDKIT_PROGRESS: "plain", BUILDX_NO_DEFAULT_ATTESTATIONS: "1", NO_COLOR: "1" };

/** Runs `docker args…`. */
export function docker(args: readonly string[], opts: CommandOptions = {}): Promise<CommandResult> {
  return runCommand("docker", args, opts);
}

/**
 * Runs `docker buildx build --progress=plain args…`, e.g.
 * `buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx })`. The docker driver loads a tagged
 * result into the local image store.
 */
export async function buildx(args: readonly string[], opts: CommandOptions = {}): Promise<BuildResult> {
  const result = await retryingUnpackRace(["buildx", "build", "--progress=plain", ...(await loadFlag(args)), ...args], withBuildEnv(opts));
  return { ...result, steps: countSteps(result.log) };
}

/** Runs `docker buildx bake --progress=plain args…` (targets and flags), in `opts.cwd`. */
export async function bake(args: readonly string[], opts: CommandOptions = {}): Promise<BuildResult> {
  const result = await retryingUnpackRace(["buildx", "bake", "--progress=plain", ...(await loadFlag(args)), ...args], withBuildEnv(opts));
  return { ...result, steps: countSteps(result.log) };
}

/** A build warning as the progress stream carried it: its text and the step it is at. */
export interface BuildWarning {
  /** The warning's line (WarnRequest.short). */
  text: string;
  /** The name of the vertex it names, e.g. `[internal] load build definition from hier.yaml`; undefined when none. */
  step?: string;
}

/**
 * Runs `docker buildx build --progress=rawjson args…` and reads the build's warnings from its
 * status stream, each with the step it is attached to. The stream, not the list buildx prints
 * after a plain build: buildx 0.13 prints that list from a goroutine it does not wait for
 * (util/progress/printer.go closes `done` before calling `onclose`), so the list, whole or in
 * part, is lost when the process exits first. Fixed in later buildx; Debian's is 0.13.1.
 */
export async function buildxWarnings(args: readonly string[], opts: CommandOptions = {}): Promise<CommandResult & { warnings: BuildWarning[] }> {
  const result = await retryingUnpackRace(["buildx", "build", "--progress=rawjson", ...(await loadFlag(args)), ...args], withBuildEnv(opts));
  return { ...result, warnings: streamWarnings(result.stderr) };
}

/** The warnings of a rawjson progress stream: pretty-printed SolveStatus objects, `{` and `}` alone at column 0. */
export function streamWarnings(stream: string): BuildWarning[] {
  interface Status {
    vertexes?: { digest: string; name?: string }[];
    warnings?: { vertex?: string; short?: string }[];
  }
  const names = new Map<string, string>();
  const warnings: BuildWarning[] = [];
  for (const [json] of stream.matchAll(/^\{\n[\s\S]*?^\}$/gm)) {
    const status = JSON.parse(json) as Status;
    for (const v of status.vertexes ?? []) if (v.name) names.set(v.digest, v.name);
    for (const w of status.warnings ?? []) {
      const step = w.vertex ? names.get(w.vertex) : undefined;
      warnings.push({ text: Buffer.from(w.short ?? "", "base64").toString("utf8"), ...(step ? { step } : {}) });
    }
  }
  return warnings;
}

let dockerDriver: Promise<boolean> | undefined;

/**
 * `--load` when the builder is not the docker driver's and the build names no output of its own:
 * the docker driver puts a tagged result in the image store by itself, another builder (a
 * standalone BuildKit through `BUILDX_BUILDER`, to run the tier against another engine by hand)
 * keeps it in its cache unless asked.
 */
async function loadFlag(args: readonly string[]): Promise<string[]> {
  dockerDriver ??= docker(["buildx", "inspect"]).then((r) => r.code !== 0 || /^Driver:\s+docker$/m.test(r.stdout));
  if (await dockerDriver) return [];
  const own = (a: string): boolean => ["--load", "--push", "--output", "-o", "--call", "--check", "--print"].some((f) => a === f || a.startsWith(`${f}=`));
  return args.some(own) ? [] : ["--load"];
}

/**
 * The containerd image store's unpack race (moby/buildkit#6521, containerd/containerd#10835):
 * unpacking an exported image onto a snapshot that containerd's GC deleted meanwhile. An engine
 * error, never hier's (the frontend has returned by then; the exporter fails).
 */
export const UNPACK_RACE = /failed to prepare extraction snapshot "[^"]*": parent snapshot \S+ does not exist: not found/;

/**
 * Runs a build; if it failed with exactly the unpack race, logs it and runs it once more (the
 * second result stands, whatever it is). Removing images only at the end of the tier
 * (global-setup.ts) takes away most of the race; concurrent builds that export the same layers
 * (examples.test.ts) can still meet it.
 */
async function retryingUnpackRace(args: readonly string[], opts: CommandOptions): Promise<CommandResult> {
  const first = await docker(args, opts);
  const race = first.code !== 0 ? UNPACK_RACE.exec(first.log) : null;
  if (!race) return first;
  console.warn(`e2e: engine unpack race (moby/buildkit#6521), retrying once: ${race[0]}\n  in: ${first.command}`);
  return docker(args, opts);
}

function withBuildEnv(opts: CommandOptions): CommandOptions {
  return { ...opts, env: { ...BUILD_ENV, ...opts.env } };
}

/** The parts of `docker image inspect` tests look at (the rest is there too, untyped). */
export interface ImageInspect {
  Id: string;
  RepoTags: string[];
  Created: string;
  Architecture: string;
  Os: string;
  Config: {
    Env?: string[] | null;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    WorkingDir?: string;
    User?: string;
    Labels?: Record<string, string> | null;
    ExposedPorts?: Record<string, object> | null;
    Volumes?: Record<string, object> | null;
    StopSignal?: string;
    Healthcheck?: { Test?: string[] };
  };
  RootFS: { Type: string; Layers?: string[] };
  [key: string]: unknown;
}

/** `docker image inspect ref`; throws when the image does not exist. */
export async function inspectImage(ref: string): Promise<ImageInspect> {
  const result = await docker(["image", "inspect", ref]);
  if (result.code !== 0) throw new Error(`docker image inspect ${ref}: ${result.stderr.trim()}`);
  const [image] = JSON.parse(result.stdout) as ImageInspect[];
  if (!image) throw new Error(`docker image inspect ${ref}: no image`);
  return image;
}

/** Whether `ref` is in the local image store. */
export async function imageExists(ref: string): Promise<boolean> {
  return (await docker(["image", "inspect", ref])).code === 0;
}

/** Options for {@link runImage}. */
export interface RunImageOptions extends CommandOptions {
  /** Replaces the image's entrypoint (`--entrypoint`); "" clears it. */
  entrypoint?: string;
  /** `--user`. */
  user?: string;
  /** `--network` (default `none`: tests need no network, and it keeps them fast). */
  network?: string;
  /** More `docker run` flags, before the image. */
  flags?: string[];
}

/** `docker run --rm ref args…` (args replace the image's Cmd); resolves with its output and exit code. */
export function runImage(ref: string, args: readonly string[] = [], opts: RunImageOptions = {}): Promise<CommandResult> {
  const flags = ["--rm", `--network=${opts.network ?? "none"}`];
  if (opts.entrypoint !== undefined) flags.push(`--entrypoint=${opts.entrypoint}`);
  if (opts.user !== undefined) flags.push(`--user=${opts.user}`);
  return docker(["run", ...flags, ...(opts.flags ?? []), ref, ...args], opts);
}

/**
 * Removes images by reference, ignoring ones that do not exist, when the e2e tier ends
 * (global-setup.ts): removing them now could race a build that is unpacking in the containerd
 * store. Outside the tier's setup (no list provided), at once.
 */
export async function removeImages(refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  let list: string | undefined;
  try {
    list = inject("imagesToRemove");
  } catch {
    list = undefined;
  }
  if (list) appendFileSync(list, refs.map((r) => `${r}\n`).join(""));
  else await docker(["image", "rm", "--force", ...refs]);
}

/** A tag no other test uses: `hier-e2e/<name>:<random>`. */
export function uniqueTag(name: string): string {
  return `hier-e2e/${name}:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Unique tags for one test file: `tagFor(name)` makes one and remembers it; `removeAll()`
 * (in `afterAll`) removes every image tagged so.
 */
export function tagTracker(): { tagFor(name: string): string; removeAll(): Promise<void> } {
  const tags: string[] = [];
  return {
    tagFor(name: string): string {
      const t = uniqueTag(name);
      tags.push(t);
      return t;
    },
    removeAll: () => removeImages(tags),
  };
}

/** Which image store dockerd uses: `containerd` (BuildKit reports the mergeop cap) or `classic`. */
export async function imageStore(): Promise<"classic" | "containerd"> {
  const result = await docker(["info", "--format", "{{json .DriverStatus}}"]);
  if (result.code !== 0) throw new Error(`docker info: ${result.stderr.trim()}`);
  return result.stdout.includes("io.containerd.snapshotter") ? "containerd" : "classic";
}

/**
 * Throws a clear error unless a Docker engine answers and the images e2e tests build on exist.
 * Call it in `beforeAll`.
 */
export async function requireEngine(images: readonly string[] = [DEBIAN_IMAGE]): Promise<void> {
  const info = await docker(["info", "--format", "{{.ServerVersion}}"]).catch(() => undefined);
  if (!info || info.code !== 0) {
    throw new Error("e2e: no Docker engine answers. Run `.ci/install-docker.sh && .ci/start-docker.sh` (as root), or start your own Docker with BuildKit.");
  }
  for (const ref of images) {
    if (!(await imageExists(ref))) {
      const hint = ref === FRONTEND_IMAGE ? "`npm run build && docker buildx bake frontend`" : "`.ci/base-images.sh`";
      throw new Error(`e2e: image ${ref} is missing; make it with ${hint} (npm test does both).`);
    }
  }
}
