/**
 * Platform spellings: parsing `os/arch[/variant]`, validating it, and the ids BuildKit keys
 * results by. One implementation for the checker (`platforms:`), the CLI and the gateway.
 */
import type { Platform } from "./meta.ts";

/** Operating systems a platform may name. */
export const OSES: readonly string[] = ["linux", "windows", "darwin", "freebsd"];
/** Architectures a platform may name (after normalisation: `x86_64` is `amd64`). */
export const ARCHES: readonly string[] = ["amd64", "arm64", "arm", "386", "ppc64le", "s390x", "riscv64", "mips64le", "loong64"];

/** `os/arch[/variant]`: the id BuildKit keys per-platform results and metadata by. */
export function platformId(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}

const ARCH_ALIASES: Readonly<Record<string, string>> = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", i386: "386" };

/** Parses `os/arch[/variant]`, normalising the spellings containerd normalises (no validation). */
export function parsePlatform(text: string): Platform {
  const [os = "linux", arch = "amd64", variant] = text.trim().toLowerCase().split("/");
  const architecture = ARCH_ALIASES[arch] ?? arch;
  const v = architecture === "arm64" && variant === "v8" ? undefined : architecture === "arm" && !variant ? "v7" : variant;
  return { os, architecture, ...(v ? { variant: v } : {}) };
}

/**
 * Why `text` is not a platform hier can build for, or undefined when it is one: exactly
 * `os/arch` or `os/arch/vN` with a known os and architecture (aliases such as `x86_64` allowed).
 */
export function platformProblem(text: string): string | undefined {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "")) return "write os/arch[/variant], e.g. linux/amd64";
  const p = parsePlatform(text);
  if (!OSES.includes(p.os)) return `unknown os \`${parts[0]}\`: one of ${OSES.join(", ")}`;
  if (!ARCHES.includes(p.architecture)) return `unknown architecture \`${parts[1]}\`: one of ${ARCHES.join(", ")}`;
  if (parts[2] !== undefined && !/^v[0-9]+$/.test(parts[2].toLowerCase())) return `unknown variant \`${parts[2]}\`: variants are v5, v6, v7, v8, …`;
  return undefined;
}

/** The normalised platform `text` names, or undefined when it is not valid (see `platformProblem`). */
export function validPlatform(text: string): Platform | undefined {
  return platformProblem(text) === undefined ? parsePlatform(text) : undefined;
}
