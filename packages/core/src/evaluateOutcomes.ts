import type { OutcomeCondition } from './outcomeSchema.js';
import { type Rung, rungIndex } from './rungs.js';
import type { AttackEvent, Pack, Trace } from './types.js';

interface TraceFacts {
  highest: Map<string, number>;
  attacks: AttackEvent[];
  attackersByDay: Set<string>[];
}

/**
 * Which of the pack's outcomes hold in a trace, by outcome id. Outcomes are the pack's data
 * (`reach`, `attack`, `exchange`, `simultaneous`, combined with `all`, `any`, `not`, `outcome`),
 * so the engine names no actor.
 */
export function evaluateOutcomes(trace: Trace, pack: Pack): Record<string, boolean> {
  const facts = factsOf(trace);
  const byId = new Map(pack.outcomes.map((outcome) => [outcome.id, outcome]));
  const results: Record<string, boolean> = {};
  const resolve = (id: string): boolean => {
    if (!(id in results)) {
      const outcome = byId.get(id);
      results[id] = outcome ? holds(outcome.when, facts, resolve) : false;
    }
    return results[id]!;
  };
  for (const outcome of pack.outcomes) resolve(outcome.id);
  return Object.fromEntries(pack.outcomes.map((outcome) => [outcome.id, results[outcome.id]!]));
}

function factsOf(trace: Trace): TraceFacts {
  const highest = new Map<string, number>();
  const attacks: AttackEvent[] = [];
  const attackersByDay: Set<string>[] = [];
  for (const day of trace.days) {
    for (const [actor, rung] of Object.entries(day.rungs)) {
      highest.set(actor, Math.max(highest.get(actor) ?? 0, rungIndex(rung)));
    }
    const attackers = new Set<string>();
    for (const event of day.events) {
      if (event.type !== 'attack') continue;
      attacks.push(event);
      attackers.add(event.from);
    }
    attackersByDay.push(attackers);
  }
  return { highest, attacks, attackersByDay };
}

function holds(
  condition: OutcomeCondition,
  facts: TraceFacts,
  resolve: (id: string) => boolean,
): boolean {
  if ('reach' in condition) {
    const atLeast = rungIndex(condition.reach.atLeast);
    return condition.reach.actors.some((actor) => (facts.highest.get(actor) ?? 0) >= atLeast);
  }
  if ('attack' in condition) {
    const { from, to, atLeast, minSeverity } = condition.attack;
    return facts.attacks.some(
      (attack) =>
        from.includes(attack.from) &&
        to.includes(attack.to) &&
        atLeastRung(attack.rung, atLeast) &&
        attack.severity >= (minSeverity ?? 0),
    );
  }
  if ('exchange' in condition) {
    const { between, and, atLeast } = condition.exchange;
    const struck = (a: string, b: string) =>
      facts.attacks.some(
        (attack) => attack.from === a && attack.to === b && atLeastRung(attack.rung, atLeast),
      );
    return between.some((a) => and.some((b) => struck(a, b) && struck(b, a)));
  }
  if ('simultaneous' in condition) {
    const { from, atLeast } = condition.simultaneous;
    return facts.attackersByDay.some(
      (attackers) => from.filter((actor) => attackers.has(actor)).length >= atLeast,
    );
  }
  if ('outcome' in condition) return resolve(condition.outcome);
  if ('all' in condition) return condition.all.every((inner) => holds(inner, facts, resolve));
  if ('any' in condition) return condition.any.some((inner) => holds(inner, facts, resolve));
  return !holds(condition.not, facts, resolve);
}

function atLeastRung(rung: Rung, atLeast: Rung | undefined): boolean {
  return atLeast === undefined || rungIndex(rung) >= rungIndex(atLeast);
}
