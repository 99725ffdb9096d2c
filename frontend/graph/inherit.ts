/**
 * Image config inheritance down the hierarchy, as Docker does it for FROM: a child starts with its
 * parent's config and overrides key by key. Env keeps the parent's order and replaces values in
 * place (new keys are appended); labels merge; exposed ports and volumes accumulate; setting
 * `entrypoint` clears an inherited `cmd`, because the old cmd was arguments for the old entrypoint.
 */
import type { StageConfig } from "./model.ts";

export const EMPTY_CONFIG: StageConfig = { env: [], expose: [], volumes: [], labels: {} };

export function inheritConfig(parent: StageConfig | undefined, own: StageConfig): StageConfig {
  if (!parent) return own;
  const env = parent.env.map(([k, v]) => [k, own.env.find((e) => e[0] === k)?.[1] ?? v] as const);
  for (const e of own.env) if (!env.some(([k]) => k === e[0])) env.push(e);
  const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];
  const pick = <K extends "workdir" | "user" | "entrypoint" | "healthcheck" | "stopSignal">(k: K) => {
    const v = own[k] ?? parent[k];
    return v === undefined ? {} : { [k]: v };
  };
  const cmd = own.cmd ?? (own.entrypoint ? undefined : parent.cmd);
  return {
    env,
    ...pick("workdir"), ...pick("user"), ...pick("entrypoint"),
    ...(cmd ? { cmd } : {}),
    expose: union(parent.expose, own.expose),
    volumes: union(parent.volumes, own.volumes),
    labels: { ...parent.labels, ...own.labels },
    ...pick("healthcheck"), ...pick("stopSignal"),
  };
}
