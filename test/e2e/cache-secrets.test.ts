// Secrets never travel (issue 10): a unique secret value goes through `--secret` as a file and
// as an env variable into steps that also mount a catalogue cache and write a hash of it into
// the cache and the layer. Its bytes are then in no layer of the image (every layer of
// `docker save`, gzip or not, with the configs and manifests there), not in the image config or
// history, and in no file of the exported cache tree; the hashes are found in both, so the search
// looks where the steps wrote.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { gunzipSync } from "node:zlib";
import * as tar from "tar-stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, docker, mustSucceed, requireEngine, tagTracker, tempContext } from "./helpers/index.ts";

const fileSecret = `hier-secret-file-${randomBytes(16).toString("hex")}`;
const envSecret = `hier-secret-env-${randomBytes(16).toString("hex")}`;
const sha = (s: string): string => createHash("sha256").update(s).digest("hex");
// A secret's value is not part of a step's cache key: without a per-run word in the commands, a
// second run on a warm builder would reuse the first run's layers (hashes of the first run's
// secrets) and find none of this run's.
const run = randomBytes(8).toString("hex");

const hierYaml = `# syntax=org/hier-frontend
caches:
  data: { target: /var/cache/data }
stages:
  app:
    role: build
    from: debian:bookworm-slim
    caches: [data]
    run:
      - sh: |
          : ${run} && h=$(sha256sum < /run/secrets/tok | cut -c1-64) && echo $h > /var/cache/data/file-hash && echo $h > /file-hash
        mounts: [{ secret: tok, required: true }]
      - sh: |
          : ${run} && h=$(printf %s "$TOKEN" | sha256sum | cut -c1-64) && echo $h > /var/cache/data/env-hash && echo $h > /env-hash
        mounts: [{ secret: tok2, env: TOKEN, required: true }]
`;

const { tagFor, removeAll } = tagTracker();
const tag = tagFor("cache-secrets");
const ctx = tempContext({ "hier.yaml": hierYaml });
const tree = join(tempContext({}), "tree");
// Outside the build context: the context never holds the secret either.
const secretFile = join(tempContext({ tok: fileSecret }), "tok");
const secrets = ["--secret", `id=tok,src=${secretFile}`, "--secret", "id=tok2,env=HIER_E2E_SECRET"];

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => removeAll());

/** Every entry of `docker save REF`, gzip members unpacked: layers, configs, manifests. */
async function savedBlobs(ref: string): Promise<Buffer[]> {
  const child = spawn("docker", ["save", ref], { stdio: ["ignore", "pipe", "inherit"] });
  const extract = tar.extract();
  const blobs: Buffer[] = [];
  extract.on("entry", (_header, stream, next) => {
    const parts: Buffer[] = [];
    stream.on("data", (b: unknown) => void parts.push(b as Buffer));
    stream.on("end", () => {
      const raw = Buffer.concat(parts);
      blobs.push(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
      next();
    });
  });
  child.stdout.pipe(extract);
  await new Promise<void>((resolve, reject) => {
    extract.on("finish", resolve);
    extract.on("error", reject);
  });
  return blobs;
}

/** The contents of every file under `dir`, recursively. */
function filesUnder(dir: string): Buffer[] {
  const out: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) out.push(...filesUnder(p));
    else if (st?.isFile()) out.push(readFileSync(p), Buffer.from(name));
  }
  return out;
}

const holds = (blobs: readonly Buffer[], text: string): boolean => blobs.some((b) => b.includes(text));

describe("secrets never travel", () => {
  test("a --secret (file and env) used next to a cache mount is in no layer, config, history or exported cache", async () => {
    const env = { HIER_E2E_SECRET: envSecret };
    mustSucceed(await buildx(["-f", "hier.yaml", ...secrets, "-t", tag, "."], { cwd: ctx, env }));
    mustSucceed(await buildx(["-f", "hier.yaml", ...secrets, "--build-arg", "HIER_CACHES=export", "--output", `type=local,dest=${tree}`, "."], { cwd: ctx, env }));

    const saved = await savedBlobs(tag);
    const inspect = mustSucceed(await docker(["image", "inspect", tag])).stdout;
    const history = mustSucceed(await docker(["history", "--no-trunc", "--format", "{{json .}}", tag])).stdout;
    const exported = filesUnder(tree);
    // The steps ran with the secrets (their hashes are in the layer and the exported cache)…
    for (const [secret, file] of [[fileSecret, "file-hash"], [envSecret, "env-hash"]] as const) {
      expect(holds(saved, `${sha(secret)}\n`), `${file} in a layer`).toBe(true);
      expect(holds(exported, `${sha(secret)}\n`), `${file} in the exported cache`).toBe(true);
    }
    expect(readdirSync(tree)).toContain("hier-caches.json");
    // …and the secrets themselves are nowhere.
    for (const secret of [fileSecret, envSecret]) {
      expect(holds(saved, secret), "a layer, config or manifest of docker save").toBe(false);
      expect(inspect.includes(secret), "docker image inspect").toBe(false);
      expect(history.includes(secret), "docker history").toBe(false);
      expect(holds(exported, secret), "the exported cache tree").toBe(false);
    }
  });
});
