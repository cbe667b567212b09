import type { OutcomeCondition } from '../schema/outcomeSchema.js';
import { rungIndex } from '../schema/rungs.js';
import type { Outcome } from '../schema/types.js';
import type { RunObserver } from './RunObserver.js';

/**
 * Decides a pack's outcomes from a run as it streams past, as a `RunObserver`: each day's rungs
 * (for `reach`), attacks as they happen, the end of each day (for `simultaneous`). Actors are
 * indices into the id list the tracker was made for. The kernel's batches and `evaluateOutcomes`
 * (a trace replayed) both decide outcomes through it.
 */
export interface OutcomeTracker extends RunObserver {
  /** Whether each outcome held in the run observed so far, by id in the pack's order. */
  results(): Record<string, boolean>;
}

type Leaf =
  | { kind: 'attack'; from: Uint8Array; to: Uint8Array; atLeast: number; minSeverity: number }
  | { kind: 'exchange'; between: number[]; and: number[]; atLeast: number }
  | { kind: 'simultaneous'; from: number[]; atLeast: number };

type Node =
  | { kind: 'leaf'; leaf: number }
  | { kind: 'reach'; actors: number[]; atLeast: number }
  | { kind: 'outcome'; id: string }
  | { kind: 'all' | 'any'; of: Node[] }
  | { kind: 'not'; of: Node };

/**
 * A tracker of `outcomes` over actors `ids` (a condition naming an id that is not in the list
 * never sees that actor act, and reads its highest rung as `dormant`).
 *
 * @example
 * const tracker = createOutcomeTracker(pack.outcomes, pack.actors.map((actor) => actor.id));
 * kernel.run(seed, run, tracker);
 * tracker.results(); // { 'regional-war': false, … }
 */
export function createOutcomeTracker(
  outcomes: readonly Outcome[],
  ids: readonly string[],
): OutcomeTracker {
  const n = ids.length;
  const byId = new Map(ids.map((id, index) => [id, index]));
  const index = (id: string) => byId.get(id) ?? -1;
  const mask = (list: readonly string[]) => {
    const bits = new Uint8Array(n);
    for (const id of list) if (byId.has(id)) bits[byId.get(id)!] = 1;
    return bits;
  };

  const leaves: Leaf[] = [];
  const compile = (condition: OutcomeCondition): Node => {
    if ('reach' in condition) {
      const { actors, atLeast } = condition.reach;
      return { kind: 'reach', actors: actors.map(index), atLeast: rungIndex(atLeast) };
    }
    if ('attack' in condition) {
      const { from, to, atLeast, minSeverity } = condition.attack;
      leaves.push({
        kind: 'attack',
        from: mask(from),
        to: mask(to),
        atLeast: atLeast === undefined ? 0 : rungIndex(atLeast),
        minSeverity: minSeverity ?? 0,
      });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('exchange' in condition) {
      const { between, and, atLeast } = condition.exchange;
      leaves.push({
        kind: 'exchange',
        between: between.map(index),
        and: and.map(index),
        atLeast: rungIndex(atLeast),
      });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('simultaneous' in condition) {
      // A list, not a set: an id listed twice counts twice, as a filter over the list does.
      const { from, atLeast } = condition.simultaneous;
      leaves.push({ kind: 'simultaneous', from: from.map(index), atLeast });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('outcome' in condition) return { kind: 'outcome', id: condition.outcome };
    if ('all' in condition) return { kind: 'all', of: condition.all.map(compile) };
    if ('any' in condition) return { kind: 'any', of: condition.any.map(compile) };
    return { kind: 'not', of: compile(condition.not) };
  };
  const roots = outcomes.map((outcome) => ({ id: outcome.id, node: compile(outcome.when) }));
  const rootById = new Map(roots.map((root) => [root.id, root.node]));

  // Per leaf: whether it held; per exchange leaf, which (from, to) pairs struck at its rung.
  const held = new Uint8Array(leaves.length);
  const struck = leaves.map((leaf) => (leaf.kind === 'exchange' ? new Uint8Array(n * n) : null));
  const attackedToday = new Uint8Array(n);
  const highest = new Int32Array(n);
  const attackLeaves = leaves.flatMap((leaf, i) => (leaf.kind === 'attack' ? [i] : []));
  const exchangeLeaves = leaves.flatMap((leaf, i) => (leaf.kind === 'exchange' ? [i] : []));
  const simultaneousLeaves = leaves.flatMap((leaf, i) => (leaf.kind === 'simultaneous' ? [i] : []));

  return {
    startRun() {
      held.fill(0);
      for (const pairs of struck) pairs?.fill(0);
      attackedToday.fill(0);
      highest.fill(0);
    },
    rungs(_day, rungs) {
      for (let i = 0; i < n; i++) if (rungs[i]! > highest[i]!) highest[i] = rungs[i]!;
    },
    attack(from, to, _means, _target, severity, rung) {
      attackedToday[from] = 1;
      for (const i of attackLeaves) {
        const leaf = leaves[i] as Extract<Leaf, { kind: 'attack' }>;
        if (
          leaf.from[from] === 1 &&
          leaf.to[to] === 1 &&
          rung >= leaf.atLeast &&
          severity >= leaf.minSeverity
        )
          held[i] = 1;
      }
      for (const i of exchangeLeaves) {
        if (rung >= (leaves[i] as Extract<Leaf, { kind: 'exchange' }>).atLeast)
          struck[i]![from * n + to] = 1;
      }
    },
    endDay() {
      for (const i of simultaneousLeaves) {
        const leaf = leaves[i] as Extract<Leaf, { kind: 'simultaneous' }>;
        let count = 0;
        for (const actor of leaf.from) if (actor >= 0 && attackedToday[actor] === 1) count++;
        if (count >= leaf.atLeast) held[i] = 1;
      }
      attackedToday.fill(0);
    },
    results() {
      const results = new Map<string, boolean>();
      const exchanged = (i: number) => {
        const leaf = leaves[i] as Extract<Leaf, { kind: 'exchange' }>;
        const pairs = struck[i]!;
        return leaf.between.some(
          (a) =>
            a >= 0 &&
            leaf.and.some((b) => b >= 0 && pairs[a * n + b] === 1 && pairs[b * n + a] === 1),
        );
      };
      const holds = (node: Node): boolean => {
        switch (node.kind) {
          case 'leaf':
            return leaves[node.leaf]!.kind === 'exchange'
              ? exchanged(node.leaf)
              : held[node.leaf] === 1;
          case 'reach':
            return node.actors.some((a) => (a >= 0 ? highest[a]! : 0) >= node.atLeast);
          case 'outcome':
            return resolve(node.id);
          case 'all':
            return node.of.every(holds);
          case 'any':
            return node.of.some(holds);
          case 'not':
            return !holds(node.of);
        }
      };
      const resolve = (id: string): boolean => {
        if (!results.has(id)) {
          const node = rootById.get(id);
          results.set(id, node ? holds(node) : false);
        }
        return results.get(id)!;
      };
      const out: Record<string, boolean> = {};
      for (const root of roots) out[root.id] = resolve(root.id);
      return out;
    },
  };
}
