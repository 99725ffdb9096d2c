/** The `hier` command's public surface: `main` and the subcommand registry. */
export { main, type Io } from "./main.ts";
export { commands, type Command } from "./commands.ts";
export { CliError } from "./io.ts";
