/**
 * Pictures of a checked graph: Mermaid and Graphviz DOT. Nodes are stages (coloured by role) and
 * base images; solid edges are `from`, dashed edges are copies and artifact mounts (labelled with
 * the artifact), dotted edges join a shared cache to the stages that mount it. Output is stable:
 * stages in topological order, images and caches in order of first use.
 */
import { dependencies } from "./deps.ts";
import type { Role, Stage, StageGraph } from "./model.ts";

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: "from" | "copy" | "cache";
  readonly label?: string;
}

interface Picture {
  readonly stages: readonly Stage[];
  readonly images: readonly string[];
  readonly caches: readonly string[];
  readonly edges: readonly Edge[];
}

const COLORS: Readonly<Record<Role, string>> = { base: "#dbeafe", build: "#fde68a", dev: "#e9d5ff", runtime: "#bbf7d0" };

function picture(graph: StageGraph): Picture {
  const images: string[] = [];
  const caches: string[] = [];
  const edges: Edge[] = [];
  const add = (e: Edge) => {
    if (!edges.some((x) => x.from === e.from && x.to === e.to && x.kind === e.kind && x.label === e.label)) edges.push(e);
  };
  for (const s of graph.stages) {
    const f = s.from;
    if (f.kind === "stage") add({ from: `stage:${f.stage}`, to: `stage:${s.name}`, kind: "from" });
    else {
      const img = f.kind === "image" ? f.ref : f.kind === "context" ? `context:${f.name}` : "scratch";
      if (!images.includes(img)) images.push(img);
      add({ from: `image:${img}`, to: `stage:${s.name}`, kind: "from" });
    }
    for (const st of s.steps) {
      if (st.kind === "copy" && st.from.kind === "artifact") add({ from: `stage:${st.from.stage}`, to: `stage:${s.name}`, kind: "copy", label: st.from.artifact });
      if (st.kind === "copy" && st.from.kind === "stage") add({ from: `stage:${st.from.stage}`, to: `stage:${s.name}`, kind: "copy" });
      const used = st.kind === "run" ? st.mounts.flatMap((m) => (m.kind === "cache" ? [m.cache] : [])) : st.kind === "packages" && st.cache ? [st.cache] : [];
      for (const c of used) {
        if (!caches.includes(c)) caches.push(c);
        add({ from: `cache:${c}`, to: `stage:${s.name}`, kind: "cache" });
      }
      if (st.kind === "run") {
        for (const m of st.mounts) if (m.kind === "artifact") add({ from: `stage:${m.stage}`, to: `stage:${s.name}`, kind: "copy", label: m.artifact });
      }
    }
    for (const d of dependencies(s)) {
      if (!edges.some((e) => e.from === `stage:${d}` && e.to === `stage:${s.name}`)) add({ from: `stage:${d}`, to: `stage:${s.name}`, kind: "copy" });
    }
  }
  return { stages: graph.stages, images, caches, edges };
}

/** The graph as a Mermaid flowchart. */
export function toMermaid(graph: StageGraph): string {
  const p = picture(graph);
  const ids = new Map<string, string>();
  const id = (key: string) => {
    let v = ids.get(key);
    if (v === undefined) ids.set(key, (v = `n${ids.size}`));
    return v;
  };
  const q = (s: string) => s.replace(/"/g, "#quot;");
  const out = ["flowchart TD"];
  for (const img of p.images) out.push(`  ${id(`image:${img}`)}["${q(img)}"]:::image`);
  for (const s of p.stages) out.push(`  ${id(`stage:${s.name}`)}["${q(s.name)}<br/><i>${s.role}</i>"]:::${s.role}`);
  for (const c of p.caches) out.push(`  ${id(`cache:${c}`)}[("cache: ${q(c)}")]:::cache`);
  for (const e of p.edges) {
    const arrow = e.kind === "from" ? "-->" : e.kind === "cache" ? "-.-" : e.label ? `-. ${q(e.label)} .->` : "-.->";
    out.push(`  ${id(e.from)} ${arrow} ${id(e.to)}`);
  }
  for (const [role, color] of Object.entries(COLORS)) out.push(`  classDef ${role} fill:${color},stroke:#333`);
  out.push("  classDef image fill:#f3f4f6,stroke:#999,stroke-dasharray: 4 2", "  classDef cache fill:#fff,stroke:#999");
  return out.join("\n") + "\n";
}

/** The graph as Graphviz DOT. */
export function toDot(graph: StageGraph): string {
  const p = picture(graph);
  const q = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const out = [
    `digraph ${q(graph.name ?? "hier")} {`,
    "  rankdir=TB;",
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fillcolor="#ffffff"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const img of p.images) out.push(`  ${q(`image:${img}`)} [label=${q(img)}, style="dashed"];`);
  for (const s of p.stages) out.push(`  ${q(`stage:${s.name}`)} [label=${q(`${s.name}\n${s.role}`)}, fillcolor=${q(COLORS[s.role])}];`);
  for (const c of p.caches) out.push(`  ${q(`cache:${c}`)} [label=${q(`cache: ${c}`)}, shape=cylinder, style=""];`);
  for (const e of p.edges) {
    const attrs = e.kind === "from" ? "" : e.kind === "cache" ? ' [style=dotted, arrowhead=none]' : ` [style=dashed${e.label ? `, label=${q(e.label)}` : ""}]`;
    out.push(`  ${q(e.from)} -> ${q(e.to)}${attrs};`);
  }
  out.push("}");
  return out.join("\n") + "\n";
}
