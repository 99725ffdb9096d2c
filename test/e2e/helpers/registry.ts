/**
 * The local registry the e2e tests push to and pull from: Debian's `docker-registry` (2.8) on
 * 127.0.0.1:5000, started by `.ci/start-registry.sh` (from `.ci/run`, and from
 * scripts/ensure-docker.sh as root on Debian). dockerd treats 127.0.0.0/8 as insecure, so
 * `docker push 127.0.0.1:5000/…` works without daemon settings.
 *
 * Tests that need it use `describe.skipIf(!registryAvailable)` with `REGISTRY_SKIP_REASON`; on
 * CI the registry always runs, so they always run there.
 */
import { execFileSync } from "node:child_process";

/** host:port of the local registry (HIER_REGISTRY overrides). */
export const REGISTRY = process.env.HIER_REGISTRY ?? "127.0.0.1:5000";

function answers(): boolean {
  try {
    execFileSync("curl", ["-fsS", "--max-time", "3", `http://${REGISTRY}/v2/`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** True when the registry answers `GET /v2/` (checked once, when the module loads). */
export const registryAvailable: boolean = answers();

/** Why registry tests skip when it does not answer. */
export const REGISTRY_SKIP_REASON = `no registry answers on ${REGISTRY}: run .ci/start-registry.sh (as root) first`;

/**
 * A repository name under the registry unique to this run, e.g. `repo("todo")` →
 * `127.0.0.1:5000/hier-e2e-1733100000000-todo`, so runs never see each other's tags.
 */
export function repo(name: string): string {
  return `${REGISTRY}/hier-e2e-${RUN}-${name}`;
}
const RUN = `${Date.now().toString(36)}${process.pid.toString(36)}`;
