import type { Lesson, LessonMeasure } from '@brink/core';
import type { Prediction } from './lessonSteps';
import { runHref } from './runParams';

type Experiment = Lesson['experiments'][number];

/** A measured figure as the reveal shows it: a share as a percentage, a day, or "never". */
export function formatFigure(measure: LessonMeasure, value: number | null): string {
  if (measure.firstDay) return value === null ? 'never reached' : `day ${formatNumber(value)}`;
  return formatShare(value ?? 0);
}

/** A share of runs as a percentage: whole when it is, one decimal when not. */
export function formatShare(share: number): string {
  const percent = share * 100;
  return `${formatNumber(Math.round(percent * 10) / 10)}%`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The student's prediction in words. */
export function predictionText(lesson: Lesson, prediction: Prediction): string {
  if (prediction.kind === 'choice') {
    return (
      lesson.prediction.choices?.find((choice) => choice.id === prediction.choice)?.label ??
      prediction.choice
    );
  }
  const measure = measureOf(lesson, lesson.prediction.estimate?.measure);
  return measure?.firstDay
    ? `day ${formatNumber(prediction.value)}`
    : `${formatNumber(prediction.value)}%`;
}

/** The measure with this id. */
export function measureOf(lesson: Lesson, id: string | undefined): LessonMeasure | undefined {
  return lesson.measures.find((measure) => measure.id === id);
}

/** The runner, opened on an experiment's scenario, seed, and the day and actor it watches. */
export function experimentRunHref(experiment: Experiment): string {
  return runHref(experiment.scenario, {
    seed: experiment.seed,
    ...(experiment.watch ? { day: experiment.watch.day, actor: experiment.watch.actor } : {}),
  });
}

/**
 * The batch page, running an experiment's batch (same scenario, runs, seed and sampling: same
 * numbers).
 * Lesson pages link to it and to the runner with `prefetch={false}`: prefetching would preload
 * those pages' stylesheets, unused on a lesson page, which browsers warn about.
 */
export function experimentBatchHref(
  experiment: Pick<Experiment, 'scenario' | 'runs' | 'seed' | 'sampling'>,
): string {
  const query = new URLSearchParams({
    scenario: experiment.scenario,
    runs: String(experiment.runs),
    seed: String(experiment.seed),
  });
  if (experiment.sampling === 'sampled') query.set('sampling', 'sampled');
  return `/batch?${query.toString()}`;
}

/** The address of a lesson. */
export function lessonHref(id: string): string {
  return `/lessons/${encodeURIComponent(id)}`;
}
