import {
  batchHeader,
  type Lesson,
  type LessonFigures,
  measureLesson,
  runShard,
  type Summary,
  summaryOf,
  type TraceProfile,
} from '@brink/core';
import { axisPack, getScenario } from '../src/index.js';

/**
 * Makes a lesson's experiments as the web app does (a batch per experiment: summary and trace
 * profile, from the lesson's seed), with at most `runs` runs each, and measures the lesson on
 * them. Used by the lesson tests and by `scripts/lessonFigures.ts`.
 */
export function measureLessonRuns(lesson: Lesson, runs: number): LessonFigures {
  const summaries: Record<string, Summary> = {};
  const profiles: Record<string, TraceProfile> = {};
  for (const experiment of lesson.experiments) {
    const scenario = getScenario(experiment.scenario);
    const count = Math.min(experiment.runs, runs);
    const sampling = experiment.sampling ?? 'fixed';
    const shard = runShard(axisPack, scenario, {
      seed: experiment.seed,
      from: 0,
      to: count,
      sampling,
    });
    summaries[experiment.id] = summaryOf(
      shard.aggregate,
      batchHeader(axisPack, scenario, experiment.seed),
      sampling,
    );
    profiles[experiment.id] = shard.profile;
  }
  return measureLesson(lesson, summaries, profiles);
}
