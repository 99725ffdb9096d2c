/** The `hier` command: dispatch to a subcommand from commands.ts; testable in-process. */
import pkg from "../../package.json" with { type: "json" };
import { commands } from "./commands.ts";
import { CliError, type Io } from "./io.ts";

/** hier's version, from package.json (bundled into dist/hier.mjs). */
export const VERSION: string = pkg.version;

export type { Io } from "./io.ts";

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: hier COMMAND [options]\n\ncommands:\n${lines.join("\n")}\n\nRun \`hier COMMAND --help\` for a command's options, \`hier --version\` for the version.\nFILE \`-\` is standard input.\n`;
}

/** Runs `hier ARGV…` and resolves to the exit code (0 ok, 1 failed check, 2 usage error). */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-V") {
    io.stdout.write(`hier ${VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr.write(`hier: unknown command \`${name}\`\n\n${usage()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (isParseArgsError(e)) {
      // node:util's words, up to its advice about `--` (which fits scripts, not hier's options).
      io.stderr.write(`hier ${name}: ${e.message.split(". ")[0]!.replace(/\.$/, "")}\nusage: ${command.usage}\n`);
      return 2;
    }
    io.stderr.write(`hier: ${e instanceof Error ? e.message : String(e)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}

/** An unknown option, a missing value or a stray argument, as node:util's parseArgs reports them. */
function isParseArgsError(e: unknown): e is Error {
  return e instanceof Error && String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS");
}
