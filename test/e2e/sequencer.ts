/**
 * The order of the e2e files: vitest's own, except that the files which empty the engine's build
 * cache (`docker builder prune -af`, to measure a cold build) run last. Run earlier, they made
 * every file after them rebuild its base layers and download its packages again (the classic
 * tier went from about 6 to 15 minutes). test/unit/structure/e2e-order.test.ts keeps the list
 * complete.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** e2e files (names under test/e2e/) that prune the build cache. */
export const PRUNING_FILES: readonly string[] = ["caches.test.ts", "cache-recipes.test.ts"];

function prunes(spec: TestSpecification): boolean {
  return PRUNING_FILES.some((name) => spec.moduleId.replaceAll("\\", "/").endsWith(`/test/e2e/${name}`));
}

/** vitest's sequencer, with the pruning files moved to the end (in vitest's order among them). */
export default class E2eSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((f) => !prunes(f)), ...sorted.filter(prunes)];
  }
}
