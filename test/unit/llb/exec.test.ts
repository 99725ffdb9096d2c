import { describe, it, expect } from "vitest";
import { image, local, marshal, scratch, LlbError, type State } from "../../../frontend/llb/index.ts";
import { decode, opsOf } from "./helpers.ts";

const amd64 = { os: "linux", architecture: "amd64" };
const base = image("debian:bookworm", { platform: amd64 });
const ctx = local("context", { sessionId: "s" });

function codeOf(st: State): string | undefined {
  try {
    marshal(st);
  } catch (e) {
    return e instanceof LlbError ? e.code : "not an LlbError";
  }
  return undefined;
}

describe("exec", () => {
  it("writes meta from the state and the options", () => {
    const st = base.withEnv("A", "1").withEnv("B", "2").withEnv("A", "3").withCwd("/src").withUser("app");
    const d = decode(st.run({ args: ["make", "all"], env: { C: "4" }, cwd: "sub", hostname: "h", validExitCodes: [0, 3] }).root());
    const [exec] = opsOf(d, "exec");
    expect(exec!.op["exec"]["meta"]).toEqual({
      args: ["make", "all"],
      env: ["A=3", "B=2", "C=4"],
      cwd: "/src/sub",
      user: "app",
      hostname: "h",
      removeMountStubsRecursive: true,
      validExitCodes: [0, 3],
    });
    expect(exec!.op["platform"]).toEqual({ Architecture: "amd64", OS: "linux" });
    expect(exec!.op["constraints"]).toEqual({});
  });

  it("sorts mounts by dest, numbers outputs over writable binds, -1 elsewhere", () => {
    const e = base.run({
      args: ["true"],
      mounts: [
        { type: "tmpfs", dest: "/tmp", size: 1024 },
        { type: "bind", dest: "/out", source: scratch() },
        { type: "cache", dest: "/root/.cache", id: "pip", sharing: "locked" },
        { type: "bind", dest: "/ctx", source: ctx, selector: "src", readonly: true },
        { type: "bind", dest: "/b", source: ctx },
      ],
    });
    const d = decode(e.mountState("/out"));
    const [exec] = opsOf(d, "exec");
    const mounts = exec!.op["exec"]["mounts"];
    // Op.inputs: root image first (mount order), then the context once.
    expect(exec!.op["inputs"].map((i: any) => i.index ?? 0)).toEqual([0, 0]);
    const imageDigest = exec!.op["inputs"][0].digest;
    expect(d.byDigest(imageDigest).op["source"]["identifier"]).toContain("debian");
    expect(mounts).toEqual([
      { dest: "/" },
      { input: 1, dest: "/b", output: 1 },
      { input: 1, selector: "/src", dest: "/ctx", output: -1, readonly: true },
      { input: -1, dest: "/out", output: 2 },
      { input: -1, dest: "/root/.cache", output: -1, mountType: 3, cacheOpt: { ID: "pip", sharing: 2 } },
      { input: -1, dest: "/tmp", output: -1, mountType: 4, TmpfsOpt: { size: 1024 } },
    ]);
    // mountState("/out") is output 2 of the exec.
    expect(d.terminal.op["inputs"]).toEqual([{ digest: exec!.digest, index: 2 }]);
  });

  it("puts secret then ssh mounts after the sorted list and sets SSH_AUTH_SOCK", () => {
    const d = decode(
      base
        .run({
          args: ["true"],
          mounts: [
            { type: "ssh" },
            { type: "secret", id: "npmrc", dest: "/a/npmrc" },
            { type: "tmpfs", dest: "/z" },
            { type: "secret", id: "tok", uid: 10, mode: 0o440, optional: true },
            { type: "ssh", id: "github", dest: "/ssh" },
          ],
        })
        .root(),
    );
    const [exec] = opsOf(d, "exec");
    const mounts = exec!.op["exec"]["mounts"];
    expect(mounts.map((m: any) => m.dest)).toEqual(["/", "/z", "/a/npmrc", "/run/secrets/tok", "/run/buildkit/ssh_agent.0", "/ssh"]);
    expect(mounts[2]).toEqual({ input: -1, dest: "/a/npmrc", mountType: 1, secretOpt: { ID: "npmrc", mode: 0o400 } });
    expect(mounts[3]).toEqual({ input: -1, dest: "/run/secrets/tok", mountType: 1, secretOpt: { ID: "tok", uid: 10, mode: 0o440, optional: true } });
    expect(mounts[4]).toEqual({ input: -1, dest: "/run/buildkit/ssh_agent.0", mountType: 2, SSHOpt: { mode: 0o600 } });
    expect(mounts[5].SSHOpt).toEqual({ ID: "github", mode: 0o600 });
    expect(exec!.op["exec"]["meta"]["env"]).toEqual(["SSH_AUTH_SOCK=/run/buildkit/ssh_agent.0"]);
    // A caller's SSH_AUTH_SOCK is kept.
    const kept = decode(base.withEnv("SSH_AUTH_SOCK", "/mine").run({ args: ["x"], mounts: [{ type: "ssh" }] }).root());
    expect(opsOf(kept, "exec")[0]!.op["exec"]["meta"]["env"]).toEqual(["SSH_AUTH_SOCK=/mine"]);
  });

  it("dedupes Op.inputs by digest and index even across separately built states", () => {
    const a = image("alpine");
    const b = image("alpine"); // different object, same op
    const d = decode(a.run({ args: ["x"], mounts: [{ type: "bind", dest: "/m", source: b, readonly: true }] }).root());
    const [exec] = opsOf(d, "exec");
    expect(exec!.op["inputs"]).toHaveLength(1);
    expect(exec!.op["exec"]["mounts"][1]).toEqual({ dest: "/m", output: -1, readonly: true });
    expect(opsOf(d, "source")).toHaveLength(1);
  });

  it("runs on scratch with root input -1", () => {
    const d = decode(scratch().run({ args: ["/bin/busybox"] }).root());
    const [exec] = opsOf(d, "exec");
    expect(exec!.op["inputs"]).toBeUndefined();
    expect(exec!.op["exec"]["mounts"]).toEqual([{ input: -1, dest: "/" }]);
    expect(exec!.op["platform"]).toBeUndefined();
  });

  it("writes network, security, secret env, proxy, hosts, ulimits and their caps", () => {
    const d = decode(
      base
        .withNetwork("none")
        .run({
          args: ["x"],
          security: "insecure",
          secretEnv: [{ id: "tok", name: "TOKEN" }],
          proxyEnv: { httpProxy: "http://p:3128" },
          extraHosts: [{ host: "db", ip: "10.0.0.2" }],
          ulimits: [{ name: "nofile", soft: 1024, hard: 4096 }],
          cgroupParent: "cg",
        })
        .root(),
    );
    const [exec] = opsOf(d, "exec");
    const e = exec!.op["exec"];
    expect(e.network).toBe(2);
    expect(e.security).toBe(1);
    expect(e.secretenv).toEqual([{ ID: "tok", name: "TOKEN" }]);
    expect(e.meta.proxy_env).toEqual({ http_proxy: "http://p:3128" });
    expect(e.meta.extraHosts).toEqual([{ Host: "db", IP: "10.0.0.2" }]);
    expect(e.meta.ulimit).toEqual([{ Name: "nofile", Soft: 1024, Hard: 4096 }]);
    expect(e.meta.cgroupParent).toBe("cg");
    expect(Object.keys(d.metadata[exec!.digest].caps)).toEqual([
      "exec.meta.base",
      "exec.meta.cgroup.parent",
      "exec.meta.network",
      "exec.meta.proxyenv",
      "exec.meta.security",
      "exec.meta.ulimit",
      "exec.secretenv",
    ]);
  });

  it("defers bad arguments to marshal", () => {
    expect(codeOf(base.run({ args: [] }).root())).toBe("EmptyArgs");
    expect(codeOf(base.run({ args: ["x"], mounts: [{ type: "cache", dest: "/c", id: "" }] }).root())).toBe("InvalidMount");
    expect(codeOf(base.run({ args: ["x"], mounts: [{ type: "tmpfs", dest: "/" }] }).root())).toBe("InvalidMount");
    const e = base.run({ args: ["x"], mounts: [{ type: "bind", dest: "/ro", source: ctx, readonly: true }] });
    expect(codeOf(e.mountState("/ro"))).toBe("NoMountOutput");
    expect(codeOf(e.mountState("/nowhere"))).toBe("NoMountOutput");
  });

  it("keeps the base state's values on root()", () => {
    const st = base.withEnv("K", "V").withCwd("/w");
    const r = st.run({ args: ["x"], env: { ONLY: "run" }, cwd: "/elsewhere" }).root();
    expect(r.env).toEqual([["K", "V"]]);
    expect(r.cwd).toBe("/w");
    expect(r.platform).toEqual(amd64);
  });
});
