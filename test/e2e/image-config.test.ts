// The image config a hier build exports: inherited config, OCI labels, `label:*` options,
// SOURCE_DATE_EPOCH, history, and BuildKit options that reach every RUN (add-host).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, imageStore, inspectImage, requireEngine, runImage, tempContext, tagTracker } from "./helpers/index.ts";

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
