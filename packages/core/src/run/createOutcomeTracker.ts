import type { OutcomeCondition } from '../schema/outcomeSchema.js';
import { rungIndex } from '../schema/rungs.js';
import type { Outcome } from '../schema/types.js';
import type { RunObserver } from './RunObserver.js';

/**
 * Decides a pack's outcomes from a run as it streams past, as a `RunObserver`: each day's rungs
 * (for `reach`, `daysAt`, `stepDown`), attacks as they happen (for `attack`, `exchange`, `rate`),
 * the end of each day (for `simultaneous`, `pause`, and the days a `rate` window has). Actors are
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
  | { kind: 'simultaneous'; from: number[]; atLeast: number }
  | {
      kind: 'rate';
      from: Uint8Array;
      to: Uint8Array | null;
      atLeast: number;
      per: number;
      start: number;
      end: number;
      min: number;
      max: number;
    }
  | {
      kind: 'daysAt';
      actors: number[];
      atLeast: number;
      days: number;
      consecutive: boolean;
      start: number;
      end: number;
    }
  | { kind: 'stepDown'; actors: number[]; rung: number; start: number; end: number }
  | {
      kind: 'pause';
      from: Uint8Array;
      to: Uint8Array | null;
      days: number;
      start: number;
      end: number;
    };

/** Per leaf, what it has counted so far in the run. */
interface Count {
  /** `rate`: attacks in the window; `pause`: quiet days in a row; `daysAt`: unused. */
  value: number;
  /** `rate`: days of the window the run has had; `pause`: 1 once a listed actor has attacked. */
  other: number;
  /** `pause`: 1 when a listed actor attacked today. */
  today: number;
  /** `daysAt`: per listed actor, days at the rung (in a row, when consecutive); `stepDown`: 1 once it stood at the rung. */
  perActor: Int32Array;
}

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
  const span = (window: { start: number; end?: number | undefined } | undefined) => ({
    start: window?.start ?? 0,
    end: window?.end ?? Number.POSITIVE_INFINITY,
  });
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
    if ('rate' in condition) {
      const { from, to, atLeast, per, window, min, max } = condition.rate;
      leaves.push({
        kind: 'rate',
        from: mask(from),
        to: to === undefined ? null : mask(to),
        atLeast: atLeast === undefined ? 0 : rungIndex(atLeast),
        per: per ?? 30,
        ...span(window),
        min: min ?? 0,
        max: max ?? Number.POSITIVE_INFINITY,
      });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('daysAt' in condition) {
      const { actors, atLeast, days, consecutive, window } = condition.daysAt;
      leaves.push({
        kind: 'daysAt',
        actors: actors.map(index),
        atLeast: rungIndex(atLeast),
        days,
        consecutive: consecutive ?? false,
        ...span(window),
      });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('stepDown' in condition) {
      const { actors, rung, window } = condition.stepDown;
      leaves.push({
        kind: 'stepDown',
        actors: actors.map(index),
        rung: rungIndex(rung),
        ...span(window),
      });
      return { kind: 'leaf', leaf: leaves.length - 1 };
    }
    if ('pause' in condition) {
      const { actors, to, days, window } = condition.pause;
      leaves.push({
        kind: 'pause',
        from: mask(actors),
        to: to === undefined ? null : mask(to),
        days,
        ...span(window),
      });
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
  const ofKind = <K extends Leaf['kind']>(kind: K) =>
    leaves.flatMap((leaf, i) =>
      leaf.kind === kind ? [[i, leaf as Extract<Leaf, { kind: K }>] as const] : [],
    );
  const rateLeaves = ofKind('rate');
  const daysAtLeaves = ofKind('daysAt');
  const stepDownLeaves = ofKind('stepDown');
  const pauseLeaves = ofKind('pause');
  const counts: Count[] = leaves.map((leaf) => ({
    value: 0,
    other: 0,
    today: 0,
    perActor: new Int32Array(
      leaf.kind === 'daysAt' || leaf.kind === 'stepDown' ? leaf.actors.length : 0,
    ),
  }));
  let today = 0;
  const inWindow = (leaf: { start: number; end: number }) =>
    today >= leaf.start && today <= leaf.end;

  return {
    startRun() {
      held.fill(0);
      for (const pairs of struck) pairs?.fill(0);
      attackedToday.fill(0);
      highest.fill(0);
      for (const count of counts) {
        count.value = 0;
        count.other = 0;
        count.today = 0;
        count.perActor.fill(0);
      }
      today = 0;
    },
    rungs(day, rungs) {
      today = day;
      for (let i = 0; i < n; i++) if (rungs[i]! > highest[i]!) highest[i] = rungs[i]!;
      const rungOf = (actor: number) => (actor >= 0 ? rungs[actor]! : 0);
      for (const [i, leaf] of daysAtLeaves) {
        if (held[i] === 1 || !inWindow(leaf)) continue;
        const perActor = counts[i]!.perActor;
        leaf.actors.forEach((actor, k) => {
          if (rungOf(actor) >= leaf.atLeast) perActor[k]! += 1;
          else if (leaf.consecutive) perActor[k] = 0;
          if (perActor[k]! >= leaf.days) held[i] = 1;
        });
      }
      for (const [i, leaf] of stepDownLeaves) {
        if (held[i] === 1) continue;
        const stood = counts[i]!.perActor;
        leaf.actors.forEach((actor, k) => {
          if (rungOf(actor) >= leaf.rung) stood[k] = 1;
          else if (stood[k] === 1 && inWindow(leaf)) held[i] = 1;
        });
      }
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
      for (const [i, leaf] of rateLeaves) {
        if (
          leaf.from[from] === 1 &&
          (leaf.to === null || leaf.to[to] === 1) &&
          rung >= leaf.atLeast &&
          inWindow(leaf)
        )
          counts[i]!.value += 1;
      }
      for (const [i, leaf] of pauseLeaves) {
        if (leaf.from[from] === 1 && (leaf.to === null || leaf.to[to] === 1)) counts[i]!.today = 1;
      }
    },
    endDay(day) {
      today = day;
      for (const [i, leaf] of rateLeaves) if (inWindow(leaf)) counts[i]!.other += 1;
      for (const [i, leaf] of pauseLeaves) {
        const count = counts[i]!;
        if (count.today === 1) {
          count.today = 0;
          count.other = 1;
          count.value = 0;
        } else if (count.other === 1 && inWindow(leaf)) {
          count.value += 1;
          if (count.value >= leaf.days) held[i] = 1;
        } else count.value = 0;
      }
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
      const rateHolds = (i: number, leaf: Extract<Leaf, { kind: 'rate' }>) => {
        const { value: attacks, other: days } = counts[i]!;
        if (days === 0) return false;
        const rate = (attacks / days) * leaf.per;
        return rate >= leaf.min && rate <= leaf.max;
      };
      const holds = (node: Node): boolean => {
        switch (node.kind) {
          case 'leaf': {
            const leaf = leaves[node.leaf]!;
            if (leaf.kind === 'exchange') return exchanged(node.leaf);
            if (leaf.kind === 'rate') return rateHolds(node.leaf, leaf);
            return held[node.leaf] === 1;
          }
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
