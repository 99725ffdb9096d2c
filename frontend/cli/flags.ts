/** Flag values every command reads the same way: `--platform` and `--target`. */
import { parsePlatform, platformId, platformProblem, type Platform } from "../llb/index.ts";
import { CliError } from "./io.ts";

/**
 * The platforms `--platform` names: one `os/arch[/variant]` or, as buildx takes them, a comma
 * separated list (duplicates dropped). Garbage, an empty value or an empty item is a CliError.
 */
export function platformsFlag(value: string): Platform[] {
  const items = value.split(",").map((s) => s.trim());
  const out = new Map<string, Platform>();
  for (const item of items) {
    if (item === "") throw new CliError(`--platform ${JSON.stringify(value)}: empty platform; write os/arch[/variant], e.g. linux/amd64`);
    const problem = platformProblem(item);
    if (problem !== undefined) throw new CliError(`--platform \`${item}\` is not a valid platform: ${problem}`);
    const p = parsePlatform(item);
    out.set(platformId(p), p);
  }
  return [...out.values()];
}

/** `--platform` for a command that builds for one platform only. */
export function platformFlag(value: string, command: string): Platform {
  const [first, ...more] = platformsFlag(value);
  if (!first) throw new CliError(`--platform: no platform given`);
  if (more.length > 0) throw new CliError(`--platform ${value}: ${command} compiles for one platform at a time; run it once per platform`);
  return first;
}

/** `--target STAGE`: undefined when absent; an empty name is a CliError, not the default target. */
export function targetFlag(value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === "") throw new CliError("--target needs a stage name (it was empty)");
  return value;
}
