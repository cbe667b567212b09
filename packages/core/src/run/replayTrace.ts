import { rungIndex } from '../schema/rungs.js';
import type { Trace } from '../schema/types.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from '../schema/vocabulary.js';
import type { RunObserver } from './RunObserver.js';

/**
 * Tells `observer` what a recorded trace holds, in the kernel's order: `startRun`, then per day
 * its `rungs`, its events and `endDay`, then `endRun`. Actors are indices into `ids` (an id the
 * list lacks is -1; an actor absent from a day's rungs reads as `dormant`). Decisions and red
 * lines are not replayed: a trace keeps their explanations, not the inputs a `decision` hook
 * takes. Events come with inject -1: a trace does not say which were scripted.
 */
export function replayTrace(trace: Trace, ids: readonly string[], observer: RunObserver): void {
  const byId = new Map(ids.map((id, index) => [id, index]));
  const actor = (id: string) => byId.get(id) ?? -1;
  const rungs = new Int32Array(ids.length);
  observer.startRun?.(trace.seed, trace.run);
  for (const day of trace.days) {
    rungs.fill(0);
    for (const [id, rung] of Object.entries(day.rungs)) {
      const index = byId.get(id);
      if (index !== undefined) rungs[index] = rungIndex(rung);
    }
    observer.rungs?.(day.day, rungs);
    for (const event of day.events) {
      switch (event.type) {
        case 'attack':
          observer.attack?.(
            actor(event.from),
            actor(event.to),
            MEANS.indexOf(event.means),
            TARGET_CLASSES.indexOf(event.target),
            event.severity,
            rungIndex(event.rung),
            -1,
          );
          break;
        case 'support':
          observer.support?.(
            actor(event.from),
            actor(event.to),
            CHANNELS.indexOf(event.channel),
            -1,
          );
          break;
        case 'restrain':
          observer.restrain?.(actor(event.from), actor(event.to), -1);
          break;
        case 'ceasefire':
          observer.ceasefire?.(event.parties.map(actor), event.days, -1);
          break;
        case 'statement':
          observer.statement?.(actor(event.from), event.stance, -1);
          break;
      }
    }
    observer.endDay?.(day.day);
  }
  observer.endRun?.();
}
