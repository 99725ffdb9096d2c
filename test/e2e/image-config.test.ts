// The image config a hier build exports: inherited config, OCI labels, `label:*` options,
// SOURCE_DATE_EPOCH, history, and BuildKit options that reach every RUN (add-host, the proxy
// build args).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, docker, imageStore, inspectImage, requireEngine, runImage, tempContext, tagTracker } from "./helpers/index.ts";

const yaml = `# syntax=org/hier-frontend
name: demo
version: "2.1.0"
stages:
  base:
    role: base
    from: ${DEBIAN_IMAGE}
    env: { APP_HOME: /srv/app, PATH: "/srv/app/bin:$PATH" }
    workdir: /srv/app
    labels: { com.example.team: platform }
  app:
    role: runtime
    description: the demo app
    from: base
    run: getent hosts hier-test-host > hosts.txt
    user: "10001"
    expose: [8080]
    cmd: [cat, hosts.txt]
`;

const { tagFor, removeAll } = tagTracker();

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => removeAll());

describe("image config", () => {
  const ctx = tempContext({ "hier.yaml": yaml });
  let tag = "";
  beforeAll(async () => {
    tag = tagFor("imgcfg");
    const res = await buildx(
      ["-f", "hier.yaml", "--add-host", "hier-test-host:10.1.2.3", "--label", "com.example.build=ci", "--build-arg", "SOURCE_DATE_EPOCH=1700000000", "-t", tag, "."],
      { cwd: ctx },
    );
    expect(res.code, res.log).toBe(0);
  });

  test("inherits env, workdir and labels down the hierarchy and sets the runtime's own", async () => {
    const img = await inspectImage(tag);
    const cfg = img.Config;
    expect(cfg.Env).toContain("APP_HOME=/srv/app");
    expect(cfg.Env?.find((e) => e.startsWith("PATH="))).toMatch(/^PATH=\/srv\/app\/bin:\/usr\/local\/sbin/);
    expect(cfg.WorkingDir).toBe("/srv/app");
    expect(cfg.User).toBe("10001");
    expect(Object.keys(cfg.ExposedPorts ?? {})).toEqual(["8080/tcp"]);
    expect(cfg.Cmd).toEqual(["cat", "hosts.txt"]);
    expect(cfg.Labels).toMatchObject({
      "com.example.team": "platform",
      "com.example.build": "ci",
      "org.opencontainers.image.title": "demo-app",
      "org.opencontainers.image.description": "the demo app",
      "org.opencontainers.image.version": "2.1.0",
      "org.opencontainers.image.created": "2023-11-14T22:13:20.000Z",
      "org.opencontainers.image.base.name": DEBIAN_IMAGE,
    });
    // A manifest digest exists only where the engine resolved one (the classic store's local
    // images have none, so their FROM is not pinned either).
    const digest = cfg.Labels?.["org.opencontainers.image.base.digest"];
    if ((await imageStore()) === "containerd") expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    else expect(digest).toBeUndefined();
  });

  test("SOURCE_DATE_EPOCH sets the creation time", async () => {
    const img = await inspectImage(tag);
    expect(img.Created).toBe("2023-11-14T22:13:20Z");
  });

  test("a SOURCE_DATE_EPOCH BuildKit takes but no image can hold (past the year 9999) fails saying so", async () => {
    const res = await buildx(["-f", "hier.yaml", "--build-arg", "SOURCE_DATE_EPOCH=9000000000000", "-o", "type=cacheonly", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(res.log).toContain("ERROR: failed to solve: hier: SOURCE_DATE_EPOCH `9000000000000` is not a time hier can write");
    expect(res.log).not.toMatch(/internal error/);
  });

  test("--add-host reaches RUN steps", async () => {
    const run = await runImage(tag);
    expect(run.stdout.trim()).toMatch(/^10\.1\.2\.3\s+hier-test-host$/);
  });

  test("with SOURCE_DATE_EPOCH and rewritten timestamps, two uncached builds give the same image", async (t) => {
    // The classic store's exporter cannot rewrite layer timestamps; the containerd pass runs this.
    t.skip((await imageStore()) !== "containerd", "rewrite-timestamp needs the containerd image store");
    // The containerd store's image outputs unpack, which rewrite-timestamp cannot do: export OCI
    // archives and compare the manifest digests BuildKit reports.
    const ids: string[] = [];
    for (const n of [1, 2]) {
      const meta = join(ctx, `metadata-${n}.json`);
      const res = await buildx(
        [
          "-f", "hier.yaml", "--no-cache", "--add-host", "hier-test-host:10.1.2.3", "--build-arg", "SOURCE_DATE_EPOCH=1700000000",
          "--output", `type=oci,dest=${join(ctx, `image-${n}.tar`)},rewrite-timestamp=true`, "--metadata-file", meta, ".",
        ],
        { cwd: ctx },
      );
      expect(res.code, res.log).toBe(0);
      ids.push((JSON.parse(readFileSync(meta, "utf8")) as Record<string, string>)["containerimage.digest"] ?? "");
    }
    expect(ids[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ids[0]).toBe(ids[1]);
  });
});

describe("the proxy build args", () => {
  // A proxy on the host that answers every request itself: a RUN step that fetches from a host
  // no resolver knows succeeds only through it.
  const seen: string[] = [];
  const proxy = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end(`via the proxy: ${req.url}\n`);
  });
  const yaml = `# syntax=org/hier-frontend
args:
  NONCE: { default: "0" }
stages:
  probe:
    from: ${DEBIAN_IMAGE}
    run: /usr/lib/apt/apt-helper download-file "http://hier-proxy-probe.invalid/\${NONCE}" /probe && echo "$http_proxy|$HTTP_PROXY" >> /probe
    cmd: [cat, /probe]
`;
  const ctx = tempContext({ "hier.yaml": yaml });
  let proxyUrl = "";

  beforeAll(async () => {
    // Build steps reach the host at the default bridge's gateway.
    const gw = await docker(["network", "inspect", "bridge", "--format", "{{range .IPAM.Config}}{{.Gateway}}{{end}}"]);
    expect(gw.code, gw.log).toBe(0);
    await new Promise<void>((resolve) => proxy.listen(0, "0.0.0.0", resolve));
    proxyUrl = `http://${gw.stdout.trim()}:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

  test("reach every RUN in both spellings, stay out of the image, and out of the cache key", async () => {
    const nonce = `${Date.now()}-${process.pid}`;
    const tag = tagFor("proxy");
    const build = (value: string) =>
      buildx(["-f", "hier.yaml", "--build-arg", `HTTP_PROXY=${value}`, "--build-arg", `NONCE=${nonce}`, "-t", tag, "."], { cwd: ctx });
    const first = await build(proxyUrl);
    expect(first.code, first.log).toBe(0);
    expect(seen).toContain(`GET http://hier-proxy-probe.invalid/${nonce}`);
    const run = await runImage(tag);
    expect(run.stdout).toBe(`via the proxy: http://hier-proxy-probe.invalid/${nonce}\n${proxyUrl}|${proxyUrl}\n`);
    const img = await inspectImage(tag);
    expect(JSON.stringify(img.Config)).not.toContain(proxyUrl);
    const history = await docker(["history", "--no-trunc", "--format", "{{.CreatedBy}}", tag]);
    expect(history.code, history.log).toBe(0);
    expect(history.stdout).not.toContain(proxyUrl);
    // Another proxy (here one that does not exist) is the same build: nothing reruns.
    const second = await build("http://proxy.invalid:3128");
    expect(second.code, second.log).toBe(0);
    expect(second.steps.ran).toEqual([]);
  });
});
