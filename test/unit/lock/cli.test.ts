// `hier lock` with a fake docker (what imagetools prints), and `hier llb` honouring the lock.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../../../frontend/cli/main.ts";
import { formatLock } from "../../../frontend/lock/format.ts";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;
const C = `sha256:${"c".repeat(64)}`;
const D = `sha256:${"d".repeat(64)}`;
const YAML = "stages:\n  base:\n    from: debian:bookworm-slim\n  app:\n    from: base\n    copy: [{ from: \"registry.example/tools:2\", src: /t, dst: /t }]\n";

/** imagetools' `{{json .}}` for an index with an attestation manifest, or for a single manifest. */
const index = (digest: string, amd64: string) => JSON.stringify({
  name: "x", manifest: { digest, manifests: [{ digest: amd64, platform: { os: "linux", architecture: "amd64" } }, { digest: D, platform: { os: "unknown", architecture: "unknown" } }] },
});
const single = (digest: string) => JSON.stringify({ name: "x", manifest: { digest }, image: { os: "linux", architecture: "arm64", variant: "v8" } });

function setup(answers: Record<string, string | Error>, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "hier-lock-"));
  writeFileSync(join(dir, "hier.yaml"), YAML);
  for (const [n, t] of Object.entries(files)) writeFileSync(join(dir, n), t);
  const asked: string[] = [];
  let out = "";
  let err = "";
  const io = {
    cwd: dir,
    stdout: { write: (s: string | Uint8Array) => (out += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (err += String(s)) },
    run: async (_p: string, args: readonly string[]) => {
      const ref = args[3] ?? "";
      asked.push(ref);
      const a = answers[ref];
      if (a === undefined || a instanceof Error) throw a ?? new Error(`docker exited with 1: ERROR: ${ref}: not found`);
      return a;
    },
  };
  const lock = () => readFileSync(join(dir, "hier.lock"), "utf8");
  return { dir, io, asked, lock, out: () => out, err: () => err };
}

describe("hier lock", () => {
  test("resolves every reference, with its platforms, and writes hier.lock sorted", async () => {
    const s = setup({ "debian:bookworm-slim": index(A, B), "registry.example/tools:2": single(C) });
    expect(await main(["lock", "hier.yaml"], s.io)).toBe(0);
    expect(s.lock()).toBe(formatLock({ "debian:bookworm-slim": { digest: A, platforms: { "linux/amd64": B } }, "registry.example/tools:2": { digest: C, platforms: { "linux/arm64": C } } }));
    expect(s.out()).toContain(`debian:bookworm-slim  ${A}  (new)`);
  });

  test("keeps locked entries and drops unused ones; --update re-resolves", async () => {
    const old = formatLock({ "debian:bookworm-slim": { digest: D, platforms: {} }, "alpine:3": { digest: D, platforms: {} } });
    const s = setup({ "debian:bookworm-slim": index(A, B), "registry.example/tools:2": single(C) }, { "hier.lock": old });
    expect(await main(["lock", "hier.yaml"], s.io)).toBe(0);
    expect(s.asked).toEqual(["registry.example/tools:2"]);
    expect(s.lock()).toContain(`  debian:bookworm-slim:\n    digest: ${D}\n  registry.example/tools:2:`);
    expect(s.lock()).not.toContain("alpine");
    expect(s.out()).toContain("alpine:3  (removed: no reference uses it)");
    expect(await main(["lock", "--update", "hier.yaml"], s.io)).toBe(0);
    expect(s.lock()).toContain(`  debian:bookworm-slim:\n    digest: ${A}\n`);
  });

  test("an image that cannot be resolved fails at its line and leaves hier.lock as it was", async () => {
    const s = setup({ "debian:bookworm-slim": index(A, B) }, { "hier.lock": formatLock({}) });
    expect(await main(["lock", "hier.yaml"], s.io)).toBe(1);
    expect(s.err()).toMatch(/^hier\.yaml:6:\d+: error ImageNotResolved: cannot lock registry\.example\/tools:2: registry\.example\/tools:2: not found/);
    expect(s.lock()).toBe(formatLock({}));
  });

  test("a registry that cannot be reached is one line saying which and what to do", async () => {
    const refused = new Error('docker exited with 1: ERROR: failed to do request: Head "https://registry.example/v2/tools/manifests/2": dial tcp 10.0.0.1:443: connect: connection refused');
    const s = setup({ "debian:bookworm-slim": index(A, B), "registry.example/tools:2": refused });
    expect(await main(["lock", "hier.yaml"], s.io)).toBe(1);
    expect(s.err()).toBe("hier: cannot reach the registry registry.example (dial tcp 10.0.0.1:443: connect: connection refused): check that it is up and that this machine reaches it (network, proxy, DNS); hier.lock was not changed\n");
  });

  test("an invalid lock stops `hier lock` at its line; --update rewrites it", async () => {
    const s = setup({ "debian:bookworm-slim": index(A, B), "registry.example/tools:2": single(C) }, { "hier.lock": "version: 3\nimages: {}\n" });
    expect(await main(["lock", "hier.yaml"], s.io)).toBe(1);
    expect(s.err()).toMatch(/hier\.lock:1:10: error InvalidLock: hier\.lock is version 3/);
    expect(await main(["lock", "--update", "hier.yaml"], s.io)).toBe(0);
    expect(s.lock()).toContain("version: 1\n");
  });
});

describe("hier llb with hier.lock", () => {
  test("pins locked images; HIER_LOCK=strict fails an unlocked one at its line", async () => {
    const s = setup({}, { "hier.lock": formatLock({ "debian:bookworm-slim": { digest: A, platforms: {} } }) });
    expect(await main(["llb", "hier.yaml", "--target", "base"], s.io)).toBe(0);
    expect(s.out()).toContain(`docker-image://docker.io/library/debian:bookworm-slim@${A}`);
    expect(await main(["llb", "hier.yaml", "--build-arg", "HIER_LOCK=strict"], s.io)).toBe(1);
    expect(s.err()).toMatch(/hier\.yaml:6:\d+: error UnlockedImage: registry\.example\/tools:2 is not in hier\.lock/);
  });
});
