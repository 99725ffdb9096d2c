/**
 * The build context as one `local://context` source that sends only what the stages name:
 * `local.followpaths` is the sorted union of every context path a copy or bind mount uses, and
 * `.dockerignore` patterns are always excluded. Each copy then selects its own paths from it,
 * and BuildKit keys each copy on the content of those paths alone, so editing a file no step
 * names rebuilds nothing. A remote context or a `context` input (reads.ts) stands in for the
 * local, unfiltered.
 */
import type { Stage } from "../graph/model.ts";
import { local, type State } from "../llb/index.ts";
import type { CompileHost } from "./index.ts";

/** Context paths a stage's steps read (copy sources and bind mounts without `from`). */
export function contextPaths(stage: Stage): string[] {
  const out: string[] = [];
  for (const step of stage.steps) {
    if (step.kind === "copy" && step.from.kind === "context" && step.from.name === undefined) out.push(...step.src);
    if (step.kind === "run") {
      for (const m of step.mounts) if (m.kind === "bind" && m.from === undefined) out.push(m.source);
    }
  }
  return out.map((p) => p.replace(/^(\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, ""));
}

/** Lazily builds the context source the first time a step needs it. */
export class ContextSource {
  #state: Promise<State> | undefined;

  constructor(
    private readonly stages: readonly Stage[],
    private readonly host: CompileHost,
  ) {}

  /** The `local://context` state (built once). */
  state(): Promise<State> {
    this.#state ??= this.#build();
    return this.#state;
  }

  async #build(): Promise<State> {
    // A context the engine has (a URL, an uploaded archive, a `context` input) is used as it is.
    const remote = await this.host.remoteContext?.();
    if (remote) return remote;
    const paths = [...new Set(this.stages.flatMap(contextPaths))].sort();
    // A path of "" or "." means the whole context: then nothing is filtered but .dockerignore.
    const whole = paths.some((p) => p === "" || p === ".");
    const exclude = await this.host.dockerignore();
    const opts = this.host.options;
    const sid = opts.localSessionIds["context"] ?? opts.sessionId;
    return local("context", {
      ...(sid ? { sessionId: sid } : {}),
      sharedKeyHint: "context",
      ...(whole || paths.length === 0 ? {} : { followPaths: paths }),
      ...(exclude.length > 0 ? { excludePatterns: exclude } : {}),
      customName: "[internal] load build context",
    });
  }
}
