import type { TraceProfile } from '../run/traceProfile.js';
import { RUNGS, type Rung, rungIndex } from '../schema/rungs.js';
import type { Lesson, LessonClaim, LessonMeasure, Summary } from '../schema/types.js';

/** A measure's unit: a share of runs (0 to 1) or a day. */
export function measureUnit(measure: LessonMeasure): 'share' | 'day' {
  return measure.firstDay ? 'day' : 'share';
}

/**
 * The figure a lesson measure reads off a batch: a share of runs, or a median day (null when no
 * run reached the rung). `outcome`, `highest` and `firstDay` read the batch summary; `onDay`
 * reads the runs' rungs by day, so it needs the batch's trace profile and throws without one.
 */
export function measureValue(
  measure: LessonMeasure,
  summary: Summary,
  profile?: TraceProfile,
): number | null {
  if (measure.outcome !== undefined) return summary.outcomes[measure.outcome] ?? 0;
  if (measure.firstDay) {
    return summary.actors[measure.firstDay.actor]?.firstDay[measure.firstDay.atLeast] ?? null;
  }
  if (measure.onDay) {
    if (!profile) {
      throw new Error(
        `measure "${measure.id}" reads the rungs of day ${measure.onDay.day}: give the profile of experiment "${measure.experiment}"`,
      );
    }
    const { actor, day, atLeast, atMost } = measure.onDay;
    const counts = profile.rungDays[actor]?.[day];
    if (!counts || profile.runs === 0) return 0;
    const [low, high] = rungSpan(atLeast, atMost);
    let runs = 0;
    for (let rung = low; rung <= high; rung++) runs += counts[rung] ?? 0;
    return runs / profile.runs;
  }
  const { actor, atLeast, atMost } = measure.highest!;
  const reach = summary.actors[actor]?.reach;
  if (!reach) return 0;
  // Runs whose highest rung lies in [atLeast, atMost]: those reaching atLeast, less those
  // reaching the rung above atMost.
  const from = reach[atLeast ?? RUNGS[0]];
  const above = atMost === undefined ? undefined : RUNGS[rungIndex(atMost) + 1];
  return Math.max(0, from - (above === undefined ? 0 : reach[above]));
}

/** The rung indices from `atLeast` (the bottom rung if omitted) to `atMost` (the top). */
function rungSpan(atLeast: Rung | undefined, atMost: Rung | undefined): [number, number] {
  return [
    atLeast === undefined ? 0 : rungIndex(atLeast),
    atMost === undefined ? RUNGS.length - 1 : rungIndex(atMost),
  ];
}

/** A claim of a lesson's reveal, with the figure measured and whether the claim held. */
export interface MeasuredClaim {
  claim: LessonClaim;
  value: number | null;
  holds: boolean;
}

/** Every measure of a lesson and every claim of its reveal, read off its experiments' summaries. */
export interface LessonFigures {
  values: Record<string, number | null>;
  claims: MeasuredClaim[];
}

/**
 * Measures a lesson on the summaries of its experiments (by experiment id), and on their trace
 * profiles for `onDay` measures, and checks the claims of its reveal: a claim on a measure that
 * is null (a rung never reached) does not hold. Throws when an experiment's summary, or the
 * profile an `onDay` measure needs, is missing.
 *
 * @example
 * const { aggregate, profile } = runShard(pack, scenario, { seed, from: 0, to: 200 });
 * const summary = summaryOf(aggregate, batchHeader(pack, scenario, seed));
 * measureLesson(lesson, { baseline: summary }, { baseline: profile }).claims.every((c) => c.holds);
 */
export function measureLesson(
  lesson: Lesson,
  summaries: Readonly<Record<string, Summary>>,
  profiles: Readonly<Record<string, TraceProfile>> = {},
): LessonFigures {
  const values: Record<string, number | null> = {};
  for (const measure of lesson.measures) {
    const summary = summaries[measure.experiment];
    if (!summary) throw new Error(`no summary for experiment "${measure.experiment}"`);
    values[measure.id] = measureValue(measure, summary, profiles[measure.experiment]);
  }
  const claims = lesson.reveal.claims.map((claim) => {
    const value = values[claim.measure] ?? null;
    const compare = (id: string | undefined, holds: (other: number) => boolean) => {
      if (id === undefined) return true;
      const other = values[id] ?? null;
      return other !== null && holds(other);
    };
    const holds =
      value !== null &&
      (claim.atLeast === undefined || value >= claim.atLeast) &&
      (claim.atMost === undefined || value <= claim.atMost) &&
      compare(claim.moreThan, (other) => value > other) &&
      compare(claim.lessThan, (other) => value < other);
    return { claim, value, holds };
  });
  return { values, claims };
}
