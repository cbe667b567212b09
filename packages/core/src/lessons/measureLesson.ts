import { RUNGS, rungIndex } from '../schema/rungs.js';
import type { Lesson, LessonClaim, LessonMeasure, Summary } from '../schema/types.js';

/** A measure's unit: a share of runs (0 to 1) or a day. */
export function measureUnit(measure: LessonMeasure): 'share' | 'day' {
  return measure.firstDay ? 'day' : 'share';
}

/**
 * The figure a lesson measure reads off a batch summary: a share of runs, or a median day (null
 * when no run reached the rung).
 */
export function measureValue(measure: LessonMeasure, summary: Summary): number | null {
  if (measure.outcome !== undefined) return summary.outcomes[measure.outcome] ?? 0;
  if (measure.firstDay) {
    return summary.actors[measure.firstDay.actor]?.firstDay[measure.firstDay.atLeast] ?? null;
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
 * Measures a lesson on the summaries of its experiments (by experiment id) and checks the claims
 * of its reveal: a claim on a measure that is null (a rung never reached) does not hold.
 *
 * @example
 * const summary = summarize(traces, pack);
 * measureLesson(lesson, { baseline: summary }).claims.every((claim) => claim.holds);
 */
export function measureLesson(
  lesson: Lesson,
  summaries: Readonly<Record<string, Summary>>,
): LessonFigures {
  const values: Record<string, number | null> = {};
  for (const measure of lesson.measures) {
    const summary = summaries[measure.experiment];
    if (!summary) throw new Error(`no summary for experiment "${measure.experiment}"`);
    values[measure.id] = measureValue(measure, summary);
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
