// The hostile-input suite, for the files tools write and people edit: hier.lock (`hier lock`,
// Renovate), a cache seed's hier-caches.json (`hier cache export`) each mutated at one to three lines
// from a fixed seed, and random ignore files. A lock goes through prepareLock in every HIER_LOCK mode and, when it is
// taken, a compile of stages/ on it; a manifest through parseManifest; an ignore file through
// parseDockerignore. Allowed outcomes: diagnostics
// at real positions, a LockMismatch for the compile to place at the YAML key, a one-line problem.
// Never an exception of another kind, and never `undefined` or `NaN` in what the user reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { FORMAT, dirForId, formatManifest, parseManifest } from "../../../frontend/caches/tree.ts";
import { parseDockerignore } from "../../../frontend/compile/dockerignore.ts";
import { compileTarget } from "../../../frontend/compile/index.ts";
import { EngineFailure } from "../../../frontend/gateway/attribute.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { formatLock } from "../../../frontend/lock/format.ts";
import { prepareLock } from "../../../frontend/lock/run.ts";
import { testHost } from "../helpers/offline.ts";
import { generator, mutate } from "./mutate.ts";

const CASES = 800;
const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const graph = loadGraph(readFileSync(join(import.meta.dirname, "../../../stages/hier.yaml"), "utf8"), "hier.yaml").graph!;
const LOCK = formatLock({
  "debian:bookworm-slim": { digest: A, platforms: { "linux/amd64": A, "linux/arm64": B } },
  "127.0.0.1:5000/acme/base:1": { digest: B, platforms: {} },
});
const APT = "hier/apt/archives/debian-bookworm/linux-amd64";
const MANIFEST = formatManifest({
  format: FORMAT, target: "runtime-python", platform: "linux/amd64",
  caches: [{ name: "apt", id: APT, preset: "apt", path: "/var/cache/apt", sharing: "locked", dir: dirForId(APT), stages: ["root"], bytes: 10 }],
});
const unreadable = /undefined|NaN|\[object/;

it(`${CASES} mutated hier.lock files: diagnostics at real positions or a LockMismatch, in every HIER_LOCK mode`, { timeout: 60_000 }, async () => {
  const pick = generator(20261204);
  const host = testHost();
  const found: string[] = [];
  for (let n = 0; n < CASES; n++) {
    const text = mutate(LOCK, pick);
    for (const mode of [undefined, "strict", "ignore", "sometimes"]) {
      const what = `case ${n} (HIER_LOCK=${mode ?? ""})`;
      try {
        const run = prepareLock(graph, { name: "hier.lock", text }, mode === undefined ? {} : { HIER_LOCK: mode });
        if (run.problem !== undefined && unreadable.test(run.problem)) found.push(`${what}: ${run.problem}`);
        for (const { file, diagnostics } of [...(run.errors ? [run.errors] : []), ...run.warnings]) {
          for (const d of diagnostics) {
            if (d.code === "InternalError" || unreadable.test(d.message)) found.push(`${what}: ${d.code} ${d.message}`);
            if (!(0 <= d.range.start && d.range.start <= d.range.end && d.range.end <= file.text.length)) found.push(`${what}: ${d.code} outside ${file.name}`);
          }
        }
        if (!run.errors && run.problem === undefined) await compileTarget(graph, graph.defaultTarget, run.wrap(host));
      } catch (e) {
        if (!(e instanceof EngineFailure) || unreadable.test(e.message)) found.push(`${what}: threw ${String(e)}\n--- text ---\n${text}`);
      }
    }
  }
  expect(found).toEqual([]);
});

it(`${CASES} mutated hier-caches.json files: the manifest, or one line that says what is wrong`, () => {
  const pick = generator(20261205);
  const found: string[] = [];
  for (let n = 0; n < CASES; n++) {
    const text = mutate(MANIFEST, pick);
    try {
      const m = parseManifest(text);
      if (typeof m === "string" && (unreadable.test(m) || m.includes("\n"))) found.push(`case ${n}: ${m}`);
    } catch (e) {
      found.push(`case ${n}: threw ${String(e)}\n--- text ---\n${text}`);
    }
  }
  expect(found).toEqual([]);
});

/** Characters that mean something in an ignore file, and a few that do not. */
const IGNORE_CHARS = ["[", "]", "^", "-", "\\", "!", "#", "*", "?", "/", ".", " ", "\t", "a", "é", "\uFEFF", "\r"];

it(`${CASES} random ignore files: the patterns, or the file, line and pattern of the bad one`, () => {
  const pick = generator(20261206);
  const found: string[] = [];
  let bad = 0;
  for (let n = 0; n < CASES; n++) {
    const lines = Array.from({ length: 1 + pick(6) }, () => Array.from({ length: pick(12) }, () => IGNORE_CHARS[pick(IGNORE_CHARS.length)]).join(""));
    const text = lines.join("\n");
    try {
      const r = parseDockerignore(text, "hier.yaml.dockerignore");
      if ("diagnostic" in r) {
        bad++;
        const d = r.diagnostic;
        const line = text.slice(d.range.start, d.range.end);
        // At a real line, whole and trimmed, named in a one-line message.
        const edge = /^[ \t\r\v\f]|[ \t\r\v\f]$/;
        if (d.code !== "InvalidIgnorePattern" || d.file !== "hier.yaml.dockerignore" || line === "" || line.includes("\n") || edge.test(line) || !d.message.includes(" is not a pattern: ") || /[\r\n]/.test(d.message)) {
          found.push(`case ${n}: ${JSON.stringify(d)}`);
        }
      } else if (r.patterns.some((p) => p === "" || p === "!")) found.push(`case ${n}: an empty pattern in ${JSON.stringify(r.patterns)}`);
    } catch (e) {
      found.push(`case ${n}: threw ${String(e)}\n--- text ---\n${text}`);
    }
  }
  expect(found).toEqual([]);
  // Both outcomes are drawn.
  expect(bad).toBeGreaterThan(CASES / 10);
  expect(bad).toBeLessThan(CASES - CASES / 10);
});
