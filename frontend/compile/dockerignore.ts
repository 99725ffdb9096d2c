/** `.dockerignore` parsing: the patterns the context source excludes. */
import { posix } from "node:path";

/** Parses the lines of a `.dockerignore` file into patterns. */
export function parseDockerignore(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => (l.startsWith("!") ? `!${posix.normalize(l.slice(1)).replace(/^\/+/, "")}` : posix.normalize(l).replace(/^\/+/, "")));
}

