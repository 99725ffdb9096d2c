// docs/renovate.json5: its regex finds every entry `hier lock` writes (name, tag, locked digest).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { formatLock } from "../../../frontend/lock/format.ts";

const config = readFileSync(join(import.meta.dirname, "../../../docs/renovate.json5"), "utf8");

test("the Renovate regex captures depName, currentValue and currentDigest of each entry", () => {
  const literal = /matchStrings: \[\s*("(?:[^"\\]|\\.)*")/.exec(config)?.[1];
  expect(literal).toBeDefined();
  const re = new RegExp(JSON.parse(literal ?? '""') as string, "g");
  const A = `sha256:${"a".repeat(64)}`;
  const B = `sha256:${"b".repeat(64)}`;
  const text = formatLock({
    "debian:bookworm-slim": { digest: A, platforms: { "linux/amd64": B } },
    "127.0.0.1:5000/acme/base:1.2": { digest: B, platforms: {} },
  });
  const found = [...text.matchAll(re)].map((m) => [m.groups?.["depName"], m.groups?.["currentValue"], m.groups?.["currentDigest"]]);
  expect(found).toEqual([["127.0.0.1:5000/acme/base", "1.2", B], ["debian", "bookworm-slim", A]]);
});
