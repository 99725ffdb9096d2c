import { defineConfig } from "vitest/config";
import E2eSequencer from "./test/e2e/sequencer.ts";

// Two tiers: `unit` runs anywhere (fakes allowed); `e2e` builds through a real dockerd + BuildKit.
export default defineConfig({
  test: {
    // e2e files that prune the build cache run last (test/e2e/sequencer.ts); no effect on unit.
    sequence: { sequencer: E2eSequencer },
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          // Removes the images tests tagged, after the last file (see the file for why).
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 600_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
