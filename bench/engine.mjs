// What a bench ran on: the buildx builder `docker buildx build` uses (BUILDX_BUILDER or the
// current one), its driver and BuildKit version, and the Docker engine's version where the builder
// is the engine's own (the docker driver). A bench run on a remote builder says so.
import { spawnSync } from "node:child_process";

/** `builder default (docker driver), Docker 26.1.5` or `builder bk26 (remote driver, BuildKit v0.26.3)`. */
export function engineDescription() {
  const inspect = spawnSync("docker", ["buildx", "inspect"], { encoding: "utf8" }).stdout ?? "";
  const field = (name) => new RegExp(`^${name}:\\s+(\\S+)`, "m").exec(inspect)?.[1];
  const driver = field("Driver") ?? "unknown";
  const buildkit = field("BuildKit version");
  // Distribution builds (Debian's docker.io) report v0.0.0+unknown: no version is better than that.
  const known = buildkit !== undefined && !buildkit.startsWith("v0.0.0");
  let text = `builder ${field("Name") ?? "?"} (${driver} driver${known ? `, BuildKit ${buildkit}` : ""})`;
  if (driver === "docker") {
    const docker = spawnSync("docker", ["version", "--format", "{{.Server.Version}}"], { encoding: "utf8" }).stdout?.trim();
    if (docker) text += `, Docker ${docker}`;
  }
  return text;
}
