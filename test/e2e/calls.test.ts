// Subrequests through the real buildx: `--print=targets|outline|lint` (buildx 0.13 spells
// `--call` as `--print`, behind BUILDX_EXPERIMENTAL=1). The frontend answers from the YAML alone.
import { beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, requireEngine, tempContext } from "./helpers/index.ts";

const yaml = `# syntax=org/hier-frontend
args:
  GREETING: { default: hello, description: what the builder writes }
stages:
  builder:
    role: build
    description: writes the greeting
    from: ${DEBIAN_IMAGE}
    run:
      - sh: echo "\${GREETING}" > /greeting.txt
        mounts: [{ secret: token, env: TOKEN }]
    artifacts: { greeting: /greeting.txt }
  final:
    role: runtime
    from: ${DEBIAN_IMAGE}
    packages: [gcc]
    copy: [{ from: builder.greeting, dst: /srv/ }]
`;
const env = { BUILDX_EXPERIMENTAL: "1" };

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));

describe("buildx subrequests", () => {
  const ctx = tempContext({ "hier.yaml": yaml });
  const call = async (what: string) => {
    const res = await buildx([`--print=${what}`, "-f", "hier.yaml", "."], { cwd: ctx, env });
    expect(res.code, res.log).toBe(0);
    return res.stdout;
  };

  test("targets lists every stage with its role, the default marked", async () => {
    const out = await call("targets");
    expect(out).toMatch(/^builder\s+build: writes the greeting$/m);
    expect(out).toMatch(/^final \(default\)\s+runtime$/m);
  });

  test("outline lists the args with defaults and the secrets the target reads", async () => {
    const out = await call("outline");
    expect(out).toMatch(/^TARGET:\s+final$/m);
    expect(out).toMatch(/^GREETING\s+hello\s+what the builder writes$/m);
    expect(out).toMatch(/^token\b/m);
  });

  test("lint prints a warning at its YAML line", async () => {
    const out = await call("lint");
    expect(out).toMatch(/RuntimeInstallsCompiler/);
    expect(out).toMatch(/^hier\.yaml:16$/m);
  });

  test("an unknown subrequest is refused by name, in one line that says what hier answers", async () => {
    const res = await buildx(["--print=nonsense", "-f", "hier.yaml", "."], { cwd: ctx, env });
    expect(res.code).not.toBe(0);
    const errors = res.log.split("\n").filter((l) => l.startsWith("ERROR: "));
    // buildx 0.13 printed it three times ("…: Unimplemented: unsupported request …") before.
    expect(errors).toEqual([
      "ERROR: unsupported request frontend.nonsense: hier answers frontend.outline, frontend.targets, frontend.lock, frontend.lint, frontend.subrequests.describe",
    ]);
  });
});
