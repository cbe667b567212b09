import { type Rung, rungAt, rungIndex } from '../schema/rungs.js';
import type { RecordMonth } from './recordCalendar.js';
import type { PublicRecord } from './recordSchema.js';

/** An actor's coded rung in one month of the record, with the events of that month. */
export interface RecordedMonth extends RecordMonth {
  /** Null before the actor's first event: the record says nothing about it yet. */
  rung: Rung | null;
  /** Ids of the actor's events in the month, in day order. */
  events: string[];
}

/**
 * The record's rung line of each actor it names, month by month. A month's rung is the highest
 * rung of the actor's events that month; a month without events carries the rung of the actor's
 * last earlier event (events mark changes, so between them the actor stands where it last stood).
 *
 * @example
 * recordedRungs(record, recordMonths(record.epoch, record.end))[actorId]?.[0]?.rung; // e.g. 'limited'
 */
export function recordedRungs(
  record: PublicRecord,
  months: readonly RecordMonth[],
): Record<string, RecordedMonth[]> {
  // A stable sort keeps the file's order of same-day events: the last one says where it ends.
  const events = [...record.events].sort((a, b) => a.day - b.day);
  const actors = [...new Set(events.map((event) => event.actor))];
  return Object.fromEntries(
    actors.map((actor) => {
      const own = events.filter((event) => event.actor === actor);
      let carried: number | null = null;
      let next = 0;
      const line = months.map((month): RecordedMonth => {
        let highest = carried;
        const ids: string[] = [];
        while (next < own.length && own[next]!.day <= month.toDay) {
          const event = own[next]!;
          next += 1;
          if (event.day < month.fromDay) {
            carried = rungIndex(event.rung);
            highest = carried;
            continue;
          }
          ids.push(event.id);
          highest = Math.max(highest ?? 0, rungIndex(event.rung));
          carried = rungIndex(event.rung);
        }
        return { ...month, rung: highest === null ? null : rungAt(highest), events: ids };
      });
      return [actor, line];
    }),
  );
}
