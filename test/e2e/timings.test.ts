// `--build-arg HIER_DEBUG=timings` through the real engine: the frontend's phases reach the user
// as a build warning at the step that read the build file, in the progress stream, never on stdout.
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildxWarnings, mustSucceed, requireEngine, tagTracker, tempContext } from "./helpers/index.ts";

const yaml = `# syntax=org/hier-frontend
stages:
  base:
    from: ${DEBIAN_IMAGE}
    run: echo base > /base.txt
  app:
    from: base
    run: echo app > /app.txt
    test: ["test -f /base.txt"]
`;

const tags = tagTracker();
beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => tags.removeAll());

test("HIER_DEBUG=timings: every phase, in order, in one warning at the build file's step", async () => {
  const ctx = tempContext({ "hier.yaml": yaml });
  const res = mustSucceed(await buildxWarnings(["-f", "hier.yaml", "--build-arg", "HIER_DEBUG=timings", "-t", tags.tagFor("timings"), "."], { cwd: ctx }));
  // The header names the Node that ran: the frontend image's, Node 24 on the engine's platform,
  // started from the image's V8 startup snapshot (frontend/Dockerfile).
  const header = /hier timings \(ms since process start, node v24\.\d+\.\d+ (x64|arm64), snapshot\): /;
  const timings = res.warnings.filter((w) => header.test(w.text));
  expect(timings, JSON.stringify(res.warnings)).toHaveLength(1);
  expect(timings[0]?.step).toBe("[internal] load build definition from hier.yaml");
  const lines = timings.map((w) => w.text);
  // The end: the CPU the process used by then, every thread (` — cpu N ms`).
  const cpu = / — cpu (\d+) ms$/.exec(lines[0] ?? "");
  expect(Number(cpu?.[1]), lines[0]).toBeGreaterThan(0);
  const marks = (lines[0] ?? "").slice(0, cpu?.index).replace(new RegExp(`^.*${header.source}`), "").split(" · ").map((p) => /^(.*) (\d+)$/.exec(p));
  const names = marks.map((m) => m?.[1]);
  // `node`: Node's bootstrap, which deserialized the snapshot; `main`: its main function began (no
  // `bundle`: nothing is compiled or evaluated at start).
  expect(names.slice(0, 10)).toEqual(["node", "main", "loaded", "channel", "ping", "read", "parsed", "checked", "images", "compiled"]);
  // The target's solve and its tests' (one request for all) run at once; either may end first.
  expect(names.slice(10, 12).sort()).toEqual(["solve", "solve tests"]);
  expect(names.slice(12)).toEqual(["return"]);
  const ms = marks.map((m) => Number(m?.[2]));
  expect(ms).toEqual([...ms].sort((a, b) => a - b));
  expect(res.stdout).not.toMatch(/timings/);
});
