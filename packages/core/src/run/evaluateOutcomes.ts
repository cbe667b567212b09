import type { Pack, Trace } from '../schema/types.js';
import { createOutcomeTracker } from './createOutcomeTracker.js';
import { replayTrace } from './replayTrace.js';

/**
 * Which of the pack's outcomes hold in a trace, by outcome id. Outcomes are the pack's data
 * (`reach`, `attack`, `exchange`, `simultaneous`, combined with `all`, `any`, `not`, `outcome`),
 * so the engine names no actor. The trace is replayed into the same `OutcomeTracker` that observes
 * the kernel's batch runs.
 */
export function evaluateOutcomes(trace: Trace, pack: Pack): Record<string, boolean> {
  // Every actor of the pack, then any other id the trace names, so nothing it holds is lost.
  const ids = pack.actors.map((actor) => actor.id);
  const byId = new Map(ids.map((id, index) => [id, index]));
  const indexOf = (id: string) => {
    let index = byId.get(id);
    if (index === undefined) {
      index = ids.length;
      ids.push(id);
      byId.set(id, index);
    }
    return index;
  };
  for (const day of trace.days) {
    for (const id of Object.keys(day.rungs)) indexOf(id);
    for (const event of day.events) {
      if (event.type !== 'attack') continue;
      indexOf(event.from);
      indexOf(event.to);
    }
  }

  const tracker = createOutcomeTracker(pack.outcomes, ids);
  replayTrace(trace, ids, tracker);
  return tracker.results();
}
