import { type RunRecord, toRunRecord } from '../run/runRecord.js';
import { RUNGS } from '../schema/rungs.js';
import type { Pack, Summary, Trace } from '../schema/types.js';

/**
 * A mergeable batch aggregate: counts, and per-day histograms of first-reach days, so that the
 * medians of merged aggregates are exact whatever the sharding.
 */
export interface Aggregate {
  runs: number;
  /** reached[actor][rungIndex]: runs in which the actor stood at that rung or higher. */
  reached: Record<string, number[]>;
  /** firstDays[actor][rungIndex][day]: runs whose first day at that rung or higher was `day`. */
  firstDays: Record<string, number[][]>;
  /** Runs in which each outcome held. */
  outcomes: Record<string, number>;
}

/** An aggregate of no runs, for the pack's actors and outcomes. */
export function emptyAggregate(pack: Pack): Aggregate {
  return {
    runs: 0,
    reached: Object.fromEntries(pack.actors.map((actor) => [actor.id, RUNGS.map(() => 0)])),
    firstDays: Object.fromEntries(pack.actors.map((actor) => [actor.id, RUNGS.map(() => [])])),
    outcomes: Object.fromEntries(pack.outcomes.map((outcome) => [outcome.id, 0])),
  };
}

/** Adds one run's trace to an aggregate (in place) and returns it. */
export function addTrace(aggregate: Aggregate, trace: Trace, pack: Pack): Aggregate {
  return addRecord(aggregate, toRunRecord(trace, pack));
}

/** Adds one run's record to an aggregate (in place) and returns it. */
export function addRecord(aggregate: Aggregate, record: RunRecord): Aggregate {
  aggregate.runs += 1;
  for (const [actor, firstDay] of Object.entries(record.firstDay)) {
    aggregate.reached[actor] ??= RUNGS.map(() => 0);
    aggregate.firstDays[actor] ??= RUNGS.map(() => []);
    const reached = aggregate.reached[actor];
    const firstDays = aggregate.firstDays[actor];
    RUNGS.forEach((rung, r) => {
      const day = firstDay[rung];
      if (day === undefined) return;
      reached[r]! += 1;
      const histogram = firstDays[r]!;
      while (histogram.length <= day) histogram.push(0);
      histogram[day]! += 1;
    });
  }
  for (const [id, held] of Object.entries(record.outcomes)) {
    aggregate.outcomes[id] = (aggregate.outcomes[id] ?? 0) + (held ? 1 : 0);
  }
  return aggregate;
}

/** Two aggregates as one; associative and commutative, so any sharding gives the same result. */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  const addLists = (x: readonly number[], y: readonly number[]) =>
    Array.from({ length: Math.max(x.length, y.length) }, (_, i) => (x[i] ?? 0) + (y[i] ?? 0));
  const actors = [...new Set([...Object.keys(a.reached), ...Object.keys(b.reached)])];
  const outcomes = [...new Set([...Object.keys(a.outcomes), ...Object.keys(b.outcomes)])];
  return {
    runs: a.runs + b.runs,
    reached: Object.fromEntries(
      actors.map((id) => [id, addLists(a.reached[id] ?? [], b.reached[id] ?? [])]),
    ),
    firstDays: Object.fromEntries(
      actors.map((id) => [
        id,
        RUNGS.map((_, r) => addLists(a.firstDays[id]?.[r] ?? [], b.firstDays[id]?.[r] ?? [])),
      ]),
    ),
    outcomes: Object.fromEntries(
      outcomes.map((id) => [id, (a.outcomes[id] ?? 0) + (b.outcomes[id] ?? 0)]),
    ),
  };
}

/** The median of the values a day histogram counts; null when it counts none. */
export function histogramMedian(histogram: readonly number[]): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (let day = 0; day < histogram.length; day++) {
      seen += histogram[day]!;
      if (seen > rank) return day;
    }
    return histogram.length - 1;
  };
  const lower = valueAt(Math.floor((total - 1) / 2));
  const upper = valueAt(Math.floor(total / 2));
  return (lower + upper) / 2;
}

/** The shares and medians of an aggregate, as the summary's `actors` and `outcomes`. */
export function aggregateShares(aggregate: Aggregate): Pick<Summary, 'actors' | 'outcomes'> {
  const share = (count: number) => (aggregate.runs === 0 ? 0 : count / aggregate.runs);
  const actors: Summary['actors'] = {};
  for (const [id, reached] of Object.entries(aggregate.reached)) {
    actors[id] = {
      reach: Object.fromEntries(
        RUNGS.map((rung, r) => [rung, share(reached[r] ?? 0)]),
      ) as Summary['actors'][string]['reach'],
      firstDay: Object.fromEntries(
        RUNGS.map((rung, r) => [rung, histogramMedian(aggregate.firstDays[id]?.[r] ?? [])]),
      ) as Summary['actors'][string]['firstDay'],
    };
  }
  const outcomes = Object.fromEntries(
    Object.entries(aggregate.outcomes).map(([id, count]) => [id, share(count)]),
  );
  return { actors, outcomes };
}
