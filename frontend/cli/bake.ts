/** `hier bake FILE`: writes a bake definition that builds and tags the whole image family. */
import { writeFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { bakeFile, bakeName } from "../bake/index.ts";
import { publishCollisions } from "../bake/publish.ts";
import { WIRINGS, type Wiring } from "../bake/wiring.ts";
import { SourceFile, formatDiagnostic, hasErrors } from "../diagnostics/index.ts";
import { ROLES, loadGraph } from "../graph/index.ts";
import { bakeCachesFlags } from "./bake-caches.ts";
import { CliError, readInput, type Io } from "./io.ts";

export const bakeUsage =
  "hier bake FILE [--context DIR] [--roles base,build,dev,runtime] [--prefix P] [--group NAME] [--frontend CONTEXT] [--wiring closure|contexts] [--no-variables] [--no-publish] [--caches [--caches-target STAGE]] [--output docker-bake.hcl]";

/** `--roles` must name known roles, and select at least one stage of the file. */
function checkRoles(roles: readonly string[], present: readonly string[]): void {
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (roles.length === 0 || unknown.length > 0) {
    const what = roles.length === 0 ? "--roles names no role" : `unknown role${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `\`${r}\``).join(", ")} in --roles`;
    throw new CliError(`${what}: roles are ${ROLES.join(", ")}`);
  }
  if (!roles.some((r) => present.includes(r))) {
    const has = ROLES.filter((r) => present.includes(r));
    throw new CliError(`no stage has role ${roles.map((r) => `\`${r}\``).join(" or ")}: this file has ${has.join(", ")}`);
  }
}

export async function runBake(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      context: { type: "string", default: "." },
      roles: { type: "string" },
      prefix: { type: "string" },
      group: { type: "string" },
      frontend: { type: "string" },
      wiring: { type: "string" },
      "no-variables": { type: "boolean", default: false },
      "no-publish": { type: "boolean", default: false },
      "caches-target": { type: "string" },
      caches: { type: "boolean", default: false },
      output: { type: "string", short: "o" },
    },
  });
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new CliError(`usage: ${bakeUsage}`);
  if (path === "-") throw new CliError("hier bake needs the build file's path (the bake file names it as `dockerfile`), not -");
  const text = await readInput(io, path);
  const file = new SourceFile(path, text);
  const { graph, diagnostics } = loadGraph(text, path);
  if (!graph || hasErrors(diagnostics)) {
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(d, file) + "\n\n");
    return 1;
  }
  const cwd = io.cwd ?? process.cwd();
  // bake resolves `dockerfile` against `context`: write the file path relative to the context.
  const rel = relative(resolve(cwd, values.context), resolve(cwd, path)) || path;
  const roles = values.roles?.split(",").map((r) => r.trim()).filter(Boolean);
  if (roles) checkRoles(roles, graph.stages.map((s) => s.role));
  const publish = !values["no-publish"];
  const clash = publish ? publishCollisions(values.prefix ?? "", graph.stages.map((s) => bakeName(`${values.prefix ?? ""}${s.name}`))) : [];
  if (clash.length > 0) {
    throw new CliError(`stage target \`${clash[0]}\` has the name of the group hier bake writes for publishing (bake cannot tell them apart): rename the stage, or pass --no-publish`);
  }
  const wiring = values.wiring;
  if (wiring !== undefined && !(WIRINGS as readonly string[]).includes(wiring)) {
    throw new CliError(`--wiring \`${wiring}\` is not a wiring: use ${WIRINGS.join(" or ")}`);
  }
  const hcl = bakeFile(graph, {
    context: values.context,
    file: rel,
    ...(roles ? { roles } : {}),
    ...(values.prefix ? { prefix: values.prefix } : {}),
    ...(values.group ? { group: values.group } : {}),
    ...(values.frontend ? { frontend: values.frontend } : {}),
    variables: !values["no-variables"],
    publish,
    ...(wiring ? { wiring: wiring as Wiring } : {}),
    ...bakeCachesFlags(graph, values.caches, values["caches-target"]),
  });
  if (values.output) {
    await writeFile(resolve(cwd, values.output), hcl);
    io.stderr.write(`hier: wrote ${values.output} (${graph.stages.length} stages)\n`);
  } else {
    io.stdout.write(hcl);
  }
  return 0;
}
