import { rungQuantile, type TraceProfile } from '../run/traceProfile.js';
import { RUNGS, type Rung, rungAt, rungIndex } from '../schema/rungs.js';
import type { Pack } from '../schema/types.js';
import { type FactResult, measureFact } from './measureFact.js';
import { type RecordMonth, recordMonths } from './recordCalendar.js';
import { recordedRungs } from './recordedRungs.js';
import type { PublicRecord } from './recordSchema.js';

/** The model's rungs over one month: every run on every day of the month (run-days). */
export interface ModelMonth {
  /** histogram[rungIndex]: run-days at that rung. */
  histogram: number[];
  runDays: number;
  /** Quantiles of the histogram (5%, 25%, 50%, 75%, 95%); null without run-days. */
  p5: Rung | null;
  p25: Rung | null;
  median: Rung | null;
  p75: Rung | null;
  p95: Rung | null;
}

/** One actor in one month: the record's coded rung beside the model's rungs, and their distance. */
export interface HindcastCell extends RecordMonth {
  recorded: Rung | null;
  /** The record's events of the actor in the month. */
  events: string[];
  model: ModelMonth;
  /** Share of run-days within one rung of the recorded rung; null when the cell is not scored. */
  withinOne: number | null;
  /** Mean absolute distance in rungs between the model's run-days and the recorded rung. */
  meanAbsError: number | null;
}

/** One actor's score: its months, and the means of its scored months. */
export interface HindcastActorScore {
  actor: string;
  months: HindcastCell[];
  scoredMonths: number;
  withinOne: number | null;
  meanAbsError: number | null;
}

/** The model scored against a public record. */
export interface HindcastScore {
  record: string;
  pack: string;
  /** Runs in the profile. */
  runs: number;
  months: RecordMonth[];
  /** One per pack actor, in the pack's order. */
  actors: HindcastActorScore[];
  /** Means over every scored actor-month. */
  overall: { scoredCells: number; withinOne: number | null; meanAbsError: number | null };
  facts: FactResult[];
  factsPassed: number;
}

/**
 * Scores a trace profile of the model's runs (normally of the record's hindcast scenario) against
 * a public record: for each actor of the pack and each month of the record, the model's rungs
 * over the month's run-days beside the record's coded rung (share within one rung, mean absolute
 * rung error), and each stylised fact measured with `measureFact`. Months before an actor's first
 * event, and months the profile has no runs for, are shown but not scored.
 *
 * @example
 * const score = scoreHindcast(pack, record, profile);
 * score.actors.find((a) => a.actor === id)?.withinOne; // 0..1
 */
export function scoreHindcast(
  pack: Pack,
  record: PublicRecord,
  profile: TraceProfile,
): HindcastScore {
  const months = recordMonths(record.epoch, record.end);
  const lines = recordedRungs(record, months);
  const allCells: HindcastCell[] = [];
  const actors = pack.actors.map((actor): HindcastActorScore => {
    const line = lines[actor.id];
    const cells = months.map((month, m): HindcastCell => {
      const recorded = line?.[m]?.rung ?? null;
      const model = modelMonth(profile.rungDays[actor.id] ?? [], month);
      let withinOne: number | null = null;
      let meanAbsError: number | null = null;
      if (recorded !== null && model.runDays > 0) {
        const coded = rungIndex(recorded);
        let near = 0;
        let distance = 0;
        model.histogram.forEach((n, r) => {
          if (Math.abs(r - coded) <= 1) near += n;
          distance += n * Math.abs(r - coded);
        });
        withinOne = near / model.runDays;
        meanAbsError = distance / model.runDays;
      }
      return {
        ...month,
        recorded,
        events: line?.[m]?.events ?? [],
        model,
        withinOne,
        meanAbsError,
      };
    });
    const scored = cells.filter((cell) => cell.withinOne !== null);
    allCells.push(...scored);
    return { actor: actor.id, months: cells, scoredMonths: scored.length, ...means(scored) };
  });
  const facts = record.facts.map((fact) => measureFact(profile, fact));
  return {
    record: record.id,
    pack: pack.id,
    runs: profile.runs,
    months,
    actors,
    overall: { scoredCells: allCells.length, ...means(allCells) },
    facts,
    factsPassed: facts.filter((fact) => fact.passed).length,
  };
}

function modelMonth(days: readonly number[][], month: RecordMonth): ModelMonth {
  const histogram = RUNGS.map(() => 0);
  for (let day = month.fromDay; day <= month.toDay; day++) {
    days[day]?.forEach((n, r) => {
      histogram[r]! += n;
    });
  }
  const runDays = histogram.reduce((sum, n) => sum + n, 0);
  const at = (q: number) => {
    const r = rungQuantile(histogram, q);
    return r === null ? null : rungAt(r);
  };
  return {
    histogram,
    runDays,
    p5: at(0.05),
    p25: at(0.25),
    median: at(0.5),
    p75: at(0.75),
    p95: at(0.95),
  };
}

function means(cells: readonly HindcastCell[]) {
  if (cells.length === 0) return { withinOne: null, meanAbsError: null };
  const sum = (pick: (cell: HindcastCell) => number) =>
    cells.reduce((total, cell) => total + pick(cell), 0) / cells.length;
  return { withinOne: sum((c) => c.withinOne!), meanAbsError: sum((c) => c.meanAbsError!) };
}
