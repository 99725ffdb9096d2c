/**
 * Resolving names that point at stages, artifacts, caches, named contexts and images. A bare name
 * that is not a stage is an image reference (as in a Dockerfile's FROM), except when it is one typo
 * away from a stage name, or has the shape `NAME.NAME` of `STAGE.ARTIFACT`: then it is reported as
 * the stage or artifact reference it almost always is. Reserved words (`scratch`, `context`) mean
 * what the language says, never an image called so.
 */
import type { Str } from "../config/index.ts";
import { Candidates, closest, didYouMean } from "../config/index.ts";
import type { Range } from "../diagnostics/index.ts";
import type { Interpolator } from "./interpolate.ts";
import type { CacheDecl, CopySource, From } from "./model.ts";
import type { Reporter } from "./report.ts";
import { ITEM_NAME, STAGE_NAME, explainImageRef, parseImageRef, type ImageRef } from "./values.ts";

/** A value cut to a width a message can show. */
export function short(v: string, max = 80): string {
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

/** `context` or `context:NAME`. */
function isContextRef(v: string): boolean {
  return v === "context" || v.startsWith("context:");
}

/** An edge of the stage graph: this stage needs `stage` to be built first. */
export interface Dep {
  readonly stage: string;
  readonly range: Range;
  readonly kind: "from" | "copy" | "mount";
}

export class Refs {
  constructor(
    readonly rep: Reporter,
    readonly ip: Interpolator,
    /** Stage name → the names of its artifacts. */
    readonly artifacts: ReadonlyMap<string, ReadonlySet<string>>,
    readonly caches: ReadonlyMap<string, CacheDecl>,
  ) {}

  /** The stage names as a suggestion index, built once (an image ref per stage asks it). */
  #stageNames: Candidates | undefined;
  stageNames(): Candidates {
    this.#stageNames ??= new Candidates(this.artifacts.keys());
    return this.#stageNames;
  }

  hasStage(name: string): boolean {
    return this.artifacts.has(name);
  }

  /** A stage's `from`. */
  from(s: Str, deps: Dep[]): { from: From; image?: ImageRef } | undefined {
    const v = this.ip.tryExpand(s);
    if (v === undefined) return undefined;
    const range = s.range;
    if (v === "scratch") return { from: { kind: "scratch", range } };
    if (isContextRef(v)) {
      const name = this.contextName(v, range);
      return name === undefined ? undefined : { from: { kind: "context", name, range } };
    }
    if (this.hasStage(v)) {
      deps.push({ stage: v, range, kind: "from" });
      return { from: { kind: "stage", stage: v, range } };
    }
    const image = this.image(v, range, "from");
    return image ? { from: { kind: "image", ref: v, range }, image } : undefined;
  }

  /**
   * The name in `context:NAME` (reported and undefined when it is missing or invalid). Named
   * context names follow the image-name grammar: buildx and bake reject any other.
   */
  contextName(v: string, range: Range): string | undefined {
    const name = v.slice("context:".length);
    if (v === "context" || name === "") {
      this.rep.error("InvalidValue", `\`${v}\` needs a name`, range, "write `context:NAME` for `--build-context NAME=…` (the main build context needs no `from`)");
      return undefined;
    }
    if (!parseImageRef(name)) {
      this.rep.error("InvalidName", `\`${name}\` is not a valid named-context name`, range,
        `named contexts are named like images (lowercase letters, digits, . _ - and /): ${explainImageRef(name) ?? ""}`);
      return undefined;
    }
    return name;
  }

  /**
   * An image reference; reports what is wrong. A bare name one typo away from a stage, or a bare
   * `NAME.NAME` (the shape of `STAGE.ARTIFACT`), is reported as a stage or artifact reference,
   * because that is what it almost always is; `NAME:latest` still names such an image.
   */
  image(v: string, range: Range, where: "from" | "copy" | "bind"): ImageRef | undefined {
    if (/^[^/:@]+$/.test(v) && this.misread(v, range, where)) return undefined;
    const ref = parseImageRef(v);
    if (!ref) this.rep.error("InvalidImageRef", `\`${short(v)}\` is not a valid image reference`, range, explainImageRef(v));
    return ref;
  }

  /** Reports a bare name that means a stage or an artifact, not an image; true when it did. */
  private misread(v: string, range: Range, where: "from" | "copy" | "bind"): boolean {
    const asImage = `(to use an image called \`${v}\`, write \`${v}:latest\`)`;
    const dot = v.indexOf(".");
    if (dot < 0) {
      const near = closest(v, this.stageNames());
      if (near === undefined) return false;
      this.rep.error("UnknownStage", `unknown stage \`${v}\``, range, `did you mean \`${near}\`? ${asImage}`);
      return true;
    }
    const stage = v.slice(0, dot);
    const artifact = v.slice(dot + 1);
    const names = this.artifacts.get(stage);
    if (names === undefined) {
      if (artifact.includes(".") || !STAGE_NAME.test(stage) || !ITEM_NAME.test(artifact)) return false;
      const near = didYouMean(stage, this.stageNames()) ?? "no stage has that name";
      this.rep.error("UnknownStage", `unknown stage \`${stage}\` in \`${v}\``, range,
        `${near} (for an image called \`${v}\`, write \`${v}:latest\`; for a named context, \`context:${v}\`)`);
      return true;
    }
    if (!names.has(artifact)) {
      this.unknownArtifact(stage, artifact, names, range);
    } else if (where === "from") {
      this.rep.error("InvalidValue", `\`${v}\` is an artifact; a stage's \`from\` takes a stage, not an artifact`, range,
        `start from \`${stage}\`, or copy the artifact instead: \`copy: [{ from: ${v}, dst: /PATH/ }]\``);
    } else {
      this.rep.error("InvalidValue", `\`${v}\` is an artifact; a bind mount's \`from\` takes a stage or an image`, range,
        `mount the artifact instead: \`{ artifact: ${v}, target: /PATH }\``);
    }
    return true;
  }

  private unknownArtifact(stage: string, artifact: string, names: ReadonlySet<string>, range: Range): void {
    const hint = didYouMean(artifact, names) ?? (names.size ? `stage \`${stage}\` declares: ${[...names].join(", ")}` : `declare it in stage \`${stage}\` under \`artifacts:\``);
    this.rep.error("UnknownArtifact", `stage \`${stage}\` has no artifact \`${artifact}\``, range, hint);
  }

  /** A copy's `from`: `STAGE.ARTIFACT`, `STAGE`, `context:NAME` or an image. */
  copyFrom(s: Str | undefined, deps: Dep[]): CopySource | undefined {
    if (s === undefined) return { kind: "context" };
    const v = this.ip.tryExpand(s);
    if (v === undefined) return undefined;
    if (this.reserved(v, s.range, "copy")) return undefined;
    if (isContextRef(v)) {
      const name = this.contextName(v, s.range);
      return name === undefined ? undefined : { kind: "context", name };
    }
    const art = this.artifact(v, s.range, deps, "copy", false);
    if (art !== null) return art;
    if (this.hasStage(v)) {
      deps.push({ stage: v, range: s.range, kind: "copy" });
      return { kind: "stage", stage: v };
    }
    return this.image(v, s.range, "copy") ? { kind: "image", ref: v } : undefined;
  }

  /** `scratch` or `context` where a copy or bind reads files: there is nothing to read (reported). */
  reserved(v: string, range: Range, what: "copy" | "bind"): boolean {
    if (v === "scratch") {
      this.rep.error("InvalidValue", `a ${what} from \`scratch\` has nothing to read`, range, "scratch is the empty filesystem: name a stage, an artifact, `context:NAME` or an image");
      return true;
    }
    if (v === "context") {
      this.rep.error("InvalidValue", "`context` needs a name", range, `the build context is the default: drop \`from\`; a named context is \`context:NAME\``);
      return true;
    }
    return false;
  }

  /**
   * `STAGE.ARTIFACT`: null when `v` does not start with a stage name (unless `required`),
   * undefined when it does but the artifact is unknown (reported).
   */
  artifact(v: string, range: Range, deps: Dep[], kind: Dep["kind"], required: boolean):
    { kind: "artifact"; stage: string; artifact: string } | undefined | null {
    const dot = v.indexOf(".");
    const stage = dot < 0 ? v : v.slice(0, dot);
    const artifact = dot < 0 ? "" : v.slice(dot + 1);
    const names = this.artifacts.get(stage);
    if (names === undefined || dot < 0) {
      if (!required) return null;
      if (names === undefined) {
        this.rep.error("UnknownStage", `unknown stage \`${stage}\``, range, didYouMean(stage, this.stageNames()) ?? "artifacts are named STAGE.ARTIFACT");
      } else {
        this.rep.error("InvalidValue", `\`${v}\` does not name an artifact`, range, `write \`${stage}.NAME\` with one of: ${[...names].join(", ") || "(the stage declares no artifacts)"}`);
      }
      return undefined;
    }
    deps.push({ stage, range, kind });
    if (!names.has(artifact)) {
      this.unknownArtifact(stage, artifact, names, range);
      return undefined;
    }
    return { kind: "artifact", stage, artifact };
  }

  /** A name from the cache catalogue. */
  cache(s: Str): string | undefined {
    const v = this.ip.expand(s);
    if (this.caches.has(v)) return v;
    const hint = didYouMean(v, this.caches.keys()) ?? (this.caches.size ? `declared caches: ${[...this.caches.keys()].join(", ")}` : `declare it at the top level: caches: { ${v}: { preset: ${v} } }`);
    this.rep.error("UnknownCache", `unknown cache \`${v}\``, s.range, hint);
    return undefined;
  }
}
