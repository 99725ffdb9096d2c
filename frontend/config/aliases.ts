/**
 * Aliases, resolved once for the whole document in one linear walk: which anchor each `*name`
 * means (the last `&name` before it, as YAML says), which aliases sit inside their own anchor
 * (a cycle: `&a { <<: *a }`), and how many nodes the aliases add when expanded. The Reader uses
 * the table instead of `Alias.resolve`, which walks the whole document on every call.
 */
import { isAlias, isMap, isPair, isSeq, type Alias, type Document as YDocument, type Node as YNode } from "yaml";
import { MAX_ALIAS_NODES } from "./limits.ts";

/** What the walk found. `tooLarge` is the alias at which the expansion crossed MAX_ALIAS_NODES. */
export interface AliasTable {
  readonly targets: ReadonlyMap<Alias, YNode>;
  readonly cycles: readonly { readonly alias: Alias; readonly target: YNode }[];
  readonly tooLarge?: { readonly alias: Alias; readonly target: YNode };
  /** Nodes the aliases add when expanded (up to where the walk stopped). */
  readonly added: number;
}

type Frame = { node: YNode; children: YNode[]; next: number; size: number };

/** Walks `doc` in document order without recursion (nesting depth costs no stack). */
export function resolveAliases(doc: YDocument): AliasTable {
  const targets = new Map<Alias, YNode>();
  const cycles: { alias: Alias; target: YNode }[] = [];
  const anchors = new Map<string, YNode>();
  const sizes = new Map<YNode, number>();
  let added = 0;
  const root = doc.contents as YNode | null;
  if (!root) return { targets, cycles, added };
  const stack: Frame[] = [];
  const enter = (node: YNode): void => {
    if (node.anchor) anchors.set(node.anchor, node);
    stack.push({ node, children: childrenOf(node), next: 0, size: 1 });
  };
  enter(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const child = top.children[top.next++];
    if (child !== undefined) {
      if (!isAlias(child)) {
        enter(child);
        continue;
      }
      const target = anchors.get(child.source);
      if (target === undefined) continue; // the Reader reports the unknown alias where it meets it
      targets.set(child, target);
      const size = sizes.get(target);
      if (size === undefined) {
        cycles.push({ alias: child, target });
        top.size += 1;
        continue;
      }
      added += size;
      top.size += size;
      if (added > MAX_ALIAS_NODES) return { targets, cycles, added, tooLarge: { alias: child, target } };
      continue;
    }
    stack.pop();
    sizes.set(top.node, top.size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += top.size;
  }
  return { targets, cycles, added };
}

/** Keys and values of a mapping, items of a list, in document order; nothing for scalars. */
function childrenOf(node: YNode): YNode[] {
  if (!isMap(node) && !isSeq(node)) return [];
  const out: YNode[] = [];
  for (const item of node.items as unknown[]) {
    if (isPair(item)) {
      if (item.key && typeof item.key === "object") out.push(item.key as YNode);
      if (item.value && typeof item.value === "object") out.push(item.value as YNode);
    } else if (item && typeof item === "object") out.push(item as YNode);
  }
  return out;
}
