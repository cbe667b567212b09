import { rungQuantile, type TraceProfile } from '../run/traceProfile.js';
import { RUNGS, type Rung, rungAt, rungIndex } from '../schema/rungs.js';
import type { Pack } from '../schema/types.js';
import { type FactResult, measureFact } from './measureFact.js';
import { type RecordMonth, recordMonths } from './recordCalendar.js';
import { recordedRungs } from './recordedRungs.js';
import type { PublicRecord } from './recordSchema.js';

/**
 * The model's peaks over one month: for each run, the highest rung the actor stood at on any day
 * of the month — the model's side of the record's monthly rung, which is the month's highest.
 */
export interface ModelMonth {
  /** histogram[rungIndex]: runs whose highest rung in the month was that rung. */
  histogram: number[];
  /** Runs that reached the month. */
  runs: number;
  /** Quantiles of the runs' monthly peaks (5%, 25%, 50%, 75%, 95%); null without runs. */
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
  /**
   * Share of runs whose monthly peak is within one rung of the recorded rung; null when the cell
   * is not scored.
   */
  withinOne: number | null;
  /** Mean absolute distance in rungs between the runs' monthly peaks and the recorded rung. */
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
  /** What the score compares, in plain words: every face that shows the score shows this. */
  definition: string;
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

const DEFINITION =
  "Like with like, per actor and month: each run's peak (the highest rung the actor reached on any day of the month) against the record's rung for the month (the highest rung of the actor's events that month, or, in a month without any, the rung of its last earlier event). The score is the share of runs whose peak is within one rung of the record's, and the mean distance between them in rungs; a few days of strikes in a month count as that month's peak, as they do in the record.";

/**
 * Scores a trace profile of the model's runs (normally of the record's hindcast scenario) against
 * a public record, like with like: for each actor of the pack and each month of the record, each
 * run's peak (the highest rung the actor stood at on any day of the month) beside the record's
 * coded rung (the highest rung of the actor's events that month, or the one it last stood at):
 * the share of runs whose peak is within one rung of it, and the mean absolute distance in rungs.
 * Each stylised fact is measured with `measureFact`. Months before an actor's first event, and
 * months no run reached, are shown but not scored. The profile must carry peaks over the record's
 * months (`runShard`'s `windows: recordMonths(record.epoch, record.end)`); a profile with runs
 * and without them throws a `RangeError`.
 *
 * @example
 * const months = recordMonths(record.epoch, record.end);
 * const { profile } = runShard(pack, scenario, { seed: 42, from: 0, to: 500, windows: months });
 * const score = scoreHindcast(pack, record, profile);
 * score.actors.find((a) => a.actor === id)?.withinOne; // 0..1
 */
export function scoreHindcast(
  pack: Pack,
  record: PublicRecord,
  profile: TraceProfile,
): HindcastScore {
  const months = recordMonths(record.epoch, record.end);
  const peaks = monthPeaks(profile, months, record.id);
  const lines = recordedRungs(record, months);
  const allCells: HindcastCell[] = [];
  const actors = pack.actors.map((actor): HindcastActorScore => {
    const line = lines[actor.id];
    const cells = months.map((month, m): HindcastCell => {
      const recorded = line?.[m]?.rung ?? null;
      const model = modelMonth(peaks?.[actor.id]?.[m]);
      let withinOne: number | null = null;
      let meanAbsError: number | null = null;
      if (recorded !== null && model.runs > 0) {
        const coded = rungIndex(recorded);
        let near = 0;
        let distance = 0;
        model.histogram.forEach((n, r) => {
          if (Math.abs(r - coded) <= 1) near += n;
          distance += n * Math.abs(r - coded);
        });
        withinOne = near / model.runs;
        meanAbsError = distance / model.runs;
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
    definition: DEFINITION,
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

/** The profile's peak counts per actor over the record's months; undefined for a profile of no runs. */
function monthPeaks(
  profile: TraceProfile,
  months: readonly RecordMonth[],
  record: string,
): Record<string, number[][]> | undefined {
  const windows = profile.peaks?.windows;
  const same =
    windows !== undefined &&
    windows.length === months.length &&
    windows.every((w, i) => w.fromDay === months[i]!.fromDay && w.toDay === months[i]!.toDay);
  if (same) return profile.peaks!.counts;
  if (profile.runs === 0) return undefined;
  throw new RangeError(
    `the profile has no peaks over the months of record "${record}": run the batch with windows: recordMonths(record.epoch, record.end)`,
  );
}

function modelMonth(counts: readonly number[] | undefined): ModelMonth {
  const histogram = RUNGS.map((_, r) => counts?.[r] ?? 0);
  const runs = histogram.reduce((sum, n) => sum + n, 0);
  const at = (q: number) => {
    const r = rungQuantile(histogram, q);
    return r === null ? null : rungAt(r);
  };
  return {
    histogram,
    runs,
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
