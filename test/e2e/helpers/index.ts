/**
 * Helpers for end-to-end tests against the real dockerd and its BuildKit. Typical use:
 *
 *   beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
 *   const ctx = tempContext({ "hier.yaml": "# syntax=org/hier-frontend\n…" });
 *   const tag = uniqueTag("two-stage");
 *   const first = mustSucceed(await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx }));
 *   const again = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
 *   expect(again.steps.fullyCached).toBe(true);
 *   expect((await runImage(tag)).stdout).toBe("hello\n");
 *   expect(await imageFiles(tag)).toContain("/out/hello.txt");
 */
export { runCommand, mustSucceed, type CommandOptions, type CommandResult } from "./command.ts";
export { tempContext, type ContextFile } from "./context.ts";
export {
  FRONTEND_IMAGE,
  DEBIAN_IMAGE,
  docker,
  buildx,
  buildxWarnings,
  bake,
  inspectImage,
  imageExists,
  runImage,
  removeImages,
  tagTracker,
  uniqueTag,
  imageStore,
  requireEngine,
  type BuildResult,
  type BuildWarning,
  type ImageInspect,
  type RunImageOptions,
} from "./docker.ts";
export { countSteps, isBuildStep, type Step, type StepStatus, type StepSummary } from "./progress.ts";
export { REGISTRY, registryAvailable, REGISTRY_SKIP_REASON, repo } from "./registry.ts";
export { imageFiles, imageTree, archiveTree, type FileEntry, type TreeOptions } from "./image-files.ts";
