/** The compile host unit tests use: `hier llb`'s offline host with test defaults. */
import type { CompileOptions } from "../../../frontend/compile/index.ts";
import { offlineHost } from "../../../frontend/cli/offline-host.ts";
import type { CompileHost } from "../../../frontend/compile/index.ts";
import type { Platform } from "../../../frontend/llb/index.ts";

export interface TestHostOptions {
  readonly platform?: Platform;
  /** Merged over empty labels and build args, session `sess`. */
  readonly options?: Partial<CompileOptions>;
  readonly contexts?: Readonly<Record<string, string>>;
  readonly mergeop?: boolean;
}

/** An offline host for linux/amd64 with mergeop, no context directory and no named contexts. */
export function testHost(o: TestHostOptions = {}): CompileHost {
  return offlineHost({
    contextDir: "/nonexistent",
    platform: o.platform ?? { os: "linux", architecture: "amd64" },
    options: { labels: {}, buildArgs: {}, sessionId: "sess", localSessionIds: {}, ...o.options },
    contexts: o.contexts ?? {},
    mergeop: o.mergeop ?? true,
  });
}
