// The entrypoint wrapper in a real container: the app is PID 1 and stops at once on `docker stop`,
// maintenance mode starts without the app, `hier-entrypoint check` runs the stage's tests, and all
// of it works on a read-only root filesystem.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, docker, removeImages, requireEngine, tempContext, uniqueTag } from "./helpers/index.ts";

const app = `trap 'echo app-stopping; exit 0' TERM; echo "app-started as $APP_MODE"; while :; do sleep 1 & wait $!; done`;
const yaml = `# syntax=org/hier-frontend
stages:
  app:
    role: runtime
    from: ${DEBIAN_IMAGE}
    run: printf 'export APP_MODE=hooked\\n' > /etc/app-env.sh
    wrapper: { source: [/etc/app-env.sh] }
    cmd: [/bin/sh, -c, "${app.replace(/"/g, '\\"')}"]
    test:
      - test "$APP_MODE" = hooked
      - test ! -e /tmp/unhealthy
`;

const tag = uniqueTag("wrapper");
const containers: string[] = [];

async function start(...args: string[]): Promise<string> {
  const res = await docker(["run", "-d", "--read-only", "--tmpfs", "/tmp", ...args, tag]);
  expect(res.code, res.log).toBe(0);
  const id = res.stdout.trim();
  containers.push(id);
  return id;
}

async function logsUntil(id: string, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  let out = "";
  while (Date.now() < end) {
    const res = await docker(["logs", id]);
    out = res.stdout + res.stderr;
    if (pattern.test(out)) return out;
    await new Promise((r) => setTimeout(r, 200));
  }
  return out;
}

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  // A failing test fails the build at that test (run through the wrapper, hooks sourced).
  const broken = tempContext({ "hier.yaml": yaml.replace("test ! -e /tmp/unhealthy", "test -e /nonexistent") });
  const failing = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: broken });
  expect(failing.code).not.toBe(0);
  expect(failing.steps.failed).toEqual(["[app test 2/2] TEST test -e /nonexistent"]);
  const built = await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: tempContext({ "hier.yaml": yaml }) });
  expect(built.code, built.log).toBe(0);
});

afterAll(async () => {
  if (containers.length > 0) await docker(["rm", "-f", ...containers]);
  await removeImages([tag]);
});

describe("hier-entrypoint", () => {
  test("runs the app as PID 1 after the hooks, and docker stop ends it within a second", async () => {
    const id = await start();
    expect(await logsUntil(id, /app-started/)).toMatch(/app-started as hooked/);
    const pid1 = await docker(["exec", id, "cat", "/proc/1/cmdline"]);
    expect(pid1.stdout.split("\0")[0]).toBe("/bin/sh");
    expect(pid1.stdout).toContain("app-started");
    const t0 = Date.now();
    const stop = await docker(["stop", "-t", "10", id]);
    expect(stop.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(await logsUntil(id, /app-stopping/)).toMatch(/app-stopping/);
  });

  test("maintenance mode starts without the app and still stops at once", async () => {
    const id = await start("-e", "HIER_MAINTENANCE=1");
    const logs = await logsUntil(id, /maintenance mode/);
    expect(logs).toMatch(/maintenance mode/);
    expect(logs).not.toMatch(/app-started/);
    const t0 = Date.now();
    expect((await docker(["stop", "-t", "10", id])).code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  test("check mode runs the stage's tests in the running container", async () => {
    const id = await start();
    await logsUntil(id, /app-started/);
    const healthy = await docker(["exec", id, "hier-entrypoint", "check"]);
    expect(healthy.code, healthy.log).toBe(0);
    await docker(["exec", id, "touch", "/tmp/unhealthy"]);
    const unhealthy = await docker(["exec", id, "hier-entrypoint", "check"]);
    expect(unhealthy.code).not.toBe(0);
    expect(unhealthy.stderr).toMatch(/test 2\/2: test ! -e \/tmp\/unhealthy/);
  });
});
