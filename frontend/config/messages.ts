/** Wording shared by the config phase's messages: quoting names, and hints for wrong types. */

/** A name as quoted in a message: at most 60 characters, so a hostile key cannot fill the screen. */
export function shortName(name: string): string {
  return name.length <= 60 ? name : `${name.slice(0, 50)}… (${name.length} characters)`;
}

/** What to write instead, for a value of the wrong type (`expected`, `got` as in its message). */
export function wrongTypeHint(expected: string, got: string): string {
  if (got === "nothing") return "give it a value, or remove the key";
  if (expected.startsWith("a mapping")) {
    return got === "a list"
      ? "write `name: value` lines indented under the key (or `{ name: value }`), not `- item` lines"
      : "write `name: value` lines indented under the key, or `{ name: value }`";
  }
  if (expected === "a list") return "write `[a, b]`, or one `- item` line per entry under the key";
  if (got === "a list") {
    return expected.includes("mapping")
      ? `write ${expected} here, not a list`
      : "write one value here, not a list; `[…]` and `- item` lines make a list";
  }
  if (got === "a mapping") {
    return expected.includes("list")
      ? `write ${expected} here, not \`name: value\` pairs; quote a value that contains \`: \``
      : "write one value here, not `name: value` pairs; quote it if it contains `: ` or starts with `{`";
  }
  return `write ${expected} here`;
}
