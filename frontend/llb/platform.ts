/** Platform spellings: parsing `os/arch[/variant]` and the ids BuildKit keys results by. */
import type { Platform } from "./meta.ts";

/** `os/arch[/variant]`: the id BuildKit keys per-platform results and metadata by. */
export function platformId(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}

/** Parses `os/arch[/variant]`, normalising the spellings containerd normalises. */
export function parsePlatform(text: string): Platform {
  const [os = "linux", arch = "amd64", variant] = text.trim().toLowerCase().split("/");
  const architecture = arch === "x86_64" || arch === "x86-64" ? "amd64" : arch === "aarch64" ? "arm64" : arch;
  const v = architecture === "arm64" && variant === "v8" ? undefined : architecture === "arm" && !variant ? "v7" : variant;
  return { os, architecture, ...(v ? { variant: v } : {}) };
}
