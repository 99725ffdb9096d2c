/**
 * Resolving names that point at stages, artifacts, caches and images. A bare name that is not a
 * stage is an image reference (as in a Dockerfile's FROM), except when it is one typo away from a
 * stage name: then it is reported as an unknown stage, because that is almost always what it is.
 */
import type { Str } from "../config/index.ts";
import { closest, didYouMean } from "../config/index.ts";
import type { Range } from "../diagnostics/index.ts";
import type { Interpolator } from "./interpolate.ts";
import type { CacheDecl, CopySource, From } from "./model.ts";
import type { Reporter } from "./report.ts";
import { explainImageRef, parseImageRef, type ImageRef } from "./values.ts";

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

  hasStage(name: string): boolean {
    return this.artifacts.has(name);
  }

  /** A stage's `from`. */
  from(s: Str, deps: Dep[]): { from: From; image?: ImageRef } | undefined {
    const v = this.ip.tryExpand(s);
    if (v === undefined) return undefined;
    const range = s.range;
    if (v === "scratch") return { from: { kind: "scratch", range } };
    if (v.startsWith("context:")) {
      const name = v.slice("context:".length);
      if (name === "") {
        this.rep.error("InvalidValue", "`context:` needs a name", range, "write `context:NAME` for `--build-context NAME=…`");
        return undefined;
      }
      return { from: { kind: "context", name, range } };
    }
    if (this.hasStage(v)) {
      deps.push({ stage: v, range, kind: "from" });
      return { from: { kind: "stage", stage: v, range } };
    }
    const image = this.image(v, range);
    return image ? { from: { kind: "image", ref: v, range }, image } : undefined;
  }

  /** An image reference, or a near-miss of a stage name; reports what is wrong. */
  image(v: string, range: Range): ImageRef | undefined {
    const bare = !/[/:@]/.test(v);
    const stem = v.split(".")[0] ?? v;
    const near = bare ? closest(stem, this.artifacts.keys()) : undefined;
    if (near !== undefined) {
      this.rep.error("UnknownStage", `unknown stage \`${stem}\``, range,
        `did you mean \`${near}\`? (to use an image called \`${v}\`, write \`${v}:latest\`)`);
      return undefined;
    }
    const ref = parseImageRef(v);
    if (!ref) this.rep.error("InvalidImageRef", `\`${v}\` is not a valid image reference`, range, explainImageRef(v));
    return ref;
  }

  /** A copy's `from`: `STAGE.ARTIFACT`, `STAGE`, `context:NAME` or an image. */
  copyFrom(s: Str | undefined, deps: Dep[]): CopySource | undefined {
    if (s === undefined) return { kind: "context" };
    const v = this.ip.tryExpand(s);
    if (v === undefined) return undefined;
    if (v.startsWith("context:") && v.length > "context:".length) return { kind: "context", name: v.slice("context:".length) };
    const art = this.artifact(v, s.range, deps, "copy", false);
    if (art !== null) return art;
    if (this.hasStage(v)) {
      deps.push({ stage: v, range: s.range, kind: "copy" });
      return { kind: "stage", stage: v };
    }
    return this.image(v, s.range) ? { kind: "image", ref: v } : undefined;
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
        this.rep.error("UnknownStage", `unknown stage \`${stage}\``, range, didYouMean(stage, this.artifacts.keys()) ?? "artifacts are named STAGE.ARTIFACT");
      } else {
        this.rep.error("InvalidValue", `\`${v}\` does not name an artifact`, range, `write \`${stage}.NAME\` with one of: ${[...names].join(", ") || "(the stage declares no artifacts)"}`);
      }
      return undefined;
    }
    deps.push({ stage, range, kind });
    if (!names.has(artifact)) {
      const hint = didYouMean(artifact, names) ?? (names.size ? `stage \`${stage}\` declares: ${[...names].join(", ")}` : `declare it in stage \`${stage}\` under \`artifacts:\``);
      this.rep.error("UnknownArtifact", `stage \`${stage}\` has no artifact \`${artifact}\``, range, hint);
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
