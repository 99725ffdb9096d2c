/** Names and strings as bake's HCL needs them (shared by index.ts and publish.ts). */

/**
 * A bake target or group name: bake allows letters, digits, `_` and `-`; anything else becomes
 * `_`. Every name hier writes (targets, the shared base target, the group) goes through here.
 */
export function bakeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "_");
}

/** `s` as the inside of an HCL quoted string: JSON escapes, and `${`/`%{` kept literal. */
export function hclEscape(s: string): string {
  return JSON.stringify(s).slice(1, -1).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** `s` as an HCL quoted string that HCL does not interpolate. */
export function hclString(s: string): string {
  return `"${hclEscape(s)}"`;
}
