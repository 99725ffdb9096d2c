// Every e2e file that empties the build cache is one the sequencer runs last (test/e2e/sequencer.ts),
// so no later file pays for a cold cache it did not ask for.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { PRUNING_FILES } from "../../e2e/sequencer.ts";

const dir = join(import.meta.dirname, "../../e2e");

test("the e2e files that run `builder prune` are exactly the ones the sequencer runs last", () => {
  const pruning = readdirSync(dir)
    .filter((f) => f.endsWith(".test.ts"))
    .filter((f) => /builder["',\s]+\s*"?prune|builder prune/.test(readFileSync(join(dir, f), "utf8")))
    .sort();
  expect(pruning).toEqual([...PRUNING_FILES].sort());
});
