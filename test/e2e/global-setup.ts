/**
 * The e2e tier's global setup: images tests are done with are removed here, once, after every
 * test file has finished, not while other builds run.
 *
 * Why: in the containerd image store, removing an image lets containerd's garbage collector
 * delete snapshots that a concurrent or following build is unpacking onto, and the build fails
 * with `failed to prepare extraction snapshot … parent snapshot … does not exist: not found`
 * (moby/buildkit#6521, containerd/containerd#10835; seen in `.ci/run` in caching.test.ts).
 * `removeImages` (helpers/docker.ts) only appends to the list this setup provides.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { docker } from "./helpers/docker.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** File listing, one a line, the images to remove when the tier ends. */
    imagesToRemove: string;
  }
}

export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "hier-e2e-cleanup-"));
  const list = join(dir, "images");
  writeFileSync(list, "");
  project.provide("imagesToRemove", list);
  return async () => {
    const refs = [...new Set(readFileSync(list, "utf8").split("\n").filter(Boolean))];
    for (let i = 0; i < refs.length; i += 50) await docker(["image", "rm", "--force", ...refs.slice(i, i + 50)]);
    rmSync(dir, { recursive: true, force: true });
  };
}
