import { evaluateOutcomes } from './evaluateOutcomes.js';
import { RUNGS, type Rung, rungIndex } from './rungs.js';
import type { Pack, Trace } from './types.js';

/** One run of a batch as a flat record: what a batch file stores per run. */
export interface RunRecord {
  run: number;
  /** Per actor, the highest rung it stood at. */
  highest: Record<string, Rung>;
  /** Per actor, the first day it stood at each rung or higher (rungs it never reached are absent). */
  firstDay: Record<string, Partial<Record<Rung, number>>>;
  /** Per pack outcome, whether it held. */
  outcomes: Record<string, boolean>;
  /** Attacks made during the run, scripted ones included. */
  attacks: number;
}

/** The flat record of one run's trace. */
export function toRunRecord(trace: Trace, pack: Pack): RunRecord {
  const highest: Record<string, Rung> = {};
  const firstDay: Record<string, Partial<Record<Rung, number>>> = {};
  for (const actor of pack.actors) {
    let top = 0;
    const first: Partial<Record<Rung, number>> = {};
    for (const day of trace.days) {
      const rung = rungIndex(day.rungs[actor.id]!);
      for (let r = 0; r <= rung; r++) first[RUNGS[r]!] ??= day.day;
      top = Math.max(top, rung);
    }
    highest[actor.id] = RUNGS[top]!;
    firstDay[actor.id] = first;
  }
  let attacks = 0;
  for (const day of trace.days)
    for (const event of day.events) if (event.type === 'attack') attacks++;
  return { run: trace.run, highest, firstDay, outcomes: evaluateOutcomes(trace, pack), attacks };
}
