/**
 * Merge and diff ops. A merge stacks filesystems (later inputs win); it lets a copy made on
 * scratch be rebased onto a new base without copying again. A diff is what `upper` adds to
 * `lower`. Both need engine caps (`mergeop`, `diffop`); callers check them before use.
 */
import { fileOp, mkfile } from "./file.ts";
import { inputObject, type OpOptions } from "./meta.ts";
import { State } from "./state.ts";
import type { MarshalContext, Output, Vertex } from "./vertex.ts";

class MergeVertex implements Vertex {
  constructor(
    private readonly states: readonly State[],
    private readonly opts: OpOptions,
  ) {}

  inputs(): readonly Output[] {
    return this.states.flatMap((s) => s.output ?? []);
  }

  marshal(ctx: MarshalContext): string {
    // One Op.inputs entry per merged state, in order and not deduped (as the Go client does):
    // MergeInput i refers to Op.inputs[i], and the order is the layer order.
    const inputs = this.states.flatMap((s) => (s.output === undefined ? [] : [ctx.input(s.output)]));
    const merge = { inputs: inputs.map((_, i) => (i !== 0 ? { input: i } : {})) };
    return ctx.addOp({ inputs: inputs.map(inputObject), merge }, this.opts, ["mergeop"]);
  }
}

/**
 * Merges states, first at the bottom. Scratch states are dropped; with one state left the
 * result is that state, with none it is scratch. Env, cwd and user come from the first state.
 */
export function merge(states: readonly State[], opts: OpOptions = {}): State {
  const layers = states.filter((s) => !s.isScratch());
  const first = layers[0];
  if (first === undefined) return (states[0] ?? State.scratch()).withOutput(undefined);
  if (layers.length === 1) return first;
  return first.withOutput({ vertex: new MergeVertex(layers, opts), index: 0 });
}

class DiffVertex implements Vertex {
  constructor(
    private readonly lower: State,
    private readonly upper: State,
    private readonly opts: OpOptions,
  ) {}

  inputs(): readonly Output[] {
    return [this.lower, this.upper].flatMap((s) => s.output ?? []);
  }

  marshal(ctx: MarshalContext): string {
    // Op.inputs: lower, then upper; a scratch side is input -1 and takes no entry.
    const inputs = [this.lower, this.upper].flatMap((s) => (s.output === undefined ? [] : [ctx.input(s.output)]));
    const lowerIndex = this.lower.isScratch() ? -1 : 0;
    const upperIndex = this.upper.isScratch() ? -1 : inputs.length - 1;
    const side = (i: number): Record<string, number> => (i !== 0 ? { input: i } : {});
    const op: Record<string, unknown> = {};
    if (inputs.length > 0) op["inputs"] = inputs.map(inputObject);
    op["diff"] = { lower: side(lowerIndex), upper: side(upperIndex) };
    return ctx.addOp(op, this.opts, ["diffop"]);
  }
}

/**
 * The changes `upper` makes on top of `lower`. A scratch lower gives `upper` itself; two
 * scratch states give scratch. Env, cwd and user come from `lower`.
 */
export function diff(lower: State, upper: State, opts: OpOptions = {}): State {
  if (lower.isScratch()) return upper.isScratch() ? State.scratch() : upper;
  return lower.withOutput({ vertex: new DiffVertex(lower, upper, opts), index: 0 });
}

/**
 * A state that needs every one of `states`: a file op writing one empty file on scratch, with the
 * states as inputs its action does not read. The engine solves an op's inputs before it runs it and
 * makes its cache key of theirs, so solving this state (`Evaluate`) runs them all in one request,
 * and a later solve of the same states finds it cached without loading them. Its result, that
 * file, is of no use. Scratch states are dropped; with none left the result is scratch.
 */
export function allOf(states: readonly State[], opts: OpOptions = {}): State {
  const needs = states.filter((s) => !s.isScratch());
  if (needs.length === 0) return State.scratch();
  return fileOp(State.scratch(), mkfile("/done", 0o644, ""), opts, needs);
}
