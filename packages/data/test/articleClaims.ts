// The article's claims as measurable properties of runs; shared by the tests and scripts/measure.ts.
import { type Pack, rungIndex, simulate, type Trace } from '@brink/core';
import { getScenario } from '../src/index.js';

export const AXIS_BESIDES_HAMAS = ['iran', 'hezbollah', 'syria', 'iraqi-militias', 'houthis'];

export function runs(pack: Pack, scenarioId: string, seed: number, count: number): Trace[] {
  const scenario = getScenario(scenarioId);
  return Array.from({ length: count }, (_, run) => simulate(pack, scenario, { seed, run }));
}

export function highestRung(trace: Trace, actor: string): number {
  return Math.max(...trace.days.map((day) => rungIndex(day.rungs[actor]!)));
}

/** First day the actor stood at `rung` or higher; null if never. */
export function firstDayAt(
  trace: Trace,
  actor: string,
  rung: Parameters<typeof rungIndex>[0],
): number | null {
  const target = rungIndex(rung);
  return trace.days.find((day) => rungIndex(day.rungs[actor]!) >= target)?.day ?? null;
}

/** Distinct attackers among `actors` on days first..last (inclusive). */
export function attackersBetween(
  trace: Trace,
  actors: readonly string[],
  first: number,
  last: number,
): Set<string> {
  const attackers = new Set<string>();
  for (const day of trace.days) {
    if (day.day < first || day.day > last) continue;
    for (const event of day.events) {
      if (event.type === 'attack' && actors.includes(event.from)) attackers.add(event.from);
    }
  }
  return attackers;
}

/** First day `from` attacked `to` (any target), or null. */
export function firstAttackDay(
  trace: Trace,
  from: string,
  to?: string,
  minRung?: Parameters<typeof rungIndex>[0],
): number | null {
  for (const day of trace.days) {
    for (const event of day.events) {
      if (event.type !== 'attack' || event.from !== from) continue;
      if (to !== undefined && event.to !== to) continue;
      if (minRung !== undefined && rungIndex(event.rung) < rungIndex(minRung)) continue;
      return day.day;
    }
  }
  return null;
}

export function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

/** Whether the US strikes the Iraqi militias at `limited` or higher within `days` days after `day`. */
export function usStrikesMilitiasWithin(trace: Trace, day: number, days: number): boolean {
  return trace.days.some(
    (d) =>
      d.day > day &&
      d.day <= day + days &&
      d.events.some(
        (e) =>
          e.type === 'attack' &&
          e.from === 'us' &&
          e.to === 'iraqi-militias' &&
          rungIndex(e.rung) >= rungIndex('limited'),
      ),
  );
}

/**
 * Whether every day the actor stands above `ceiling` comes after one of its red lines was crossed,
 * with the first such day inside that lift: the ceiling is broken only as a red line allows.
 */
export function aboveCeilingOnlyAfterRedLine(
  trace: Trace,
  actor: string,
  ceiling: Parameters<typeof rungIndex>[0],
): boolean {
  const top = rungIndex(ceiling);
  const above = trace.days.find((day) => rungIndex(day.rungs[actor]!) > top);
  if (!above) return true;
  return trace.days.some(
    (day) =>
      day.day <= above.day &&
      day.redLines.some((crossing) => crossing.actor === actor && crossing.until > above.day),
  );
}
