import {
  batchHeader,
  type Lesson,
  type LessonFigures,
  lookupId,
  measureLesson,
  type Pack,
  runShard,
  type Scenario,
  type Summary,
  summaryOf,
  type TraceProfile,
} from '@brink/core';
import type { BatchOptions, BatchRequest, BatchResult } from './runBatch';

export interface LessonRunOptions {
  pack: Pack;
  scenarios: Readonly<Record<string, Scenario>>;
  /** The batch engine: the web app's `runBatch` (Web Workers); tests pass another. */
  runBatch: (
    request: BatchRequest,
    options: BatchOptions,
  ) => Promise<Pick<BatchResult, 'summary' | 'profile'>>;
  /** Runs done and the lesson's total, across its experiments. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Runs a lesson's experiments will make in all. */
export function lessonRuns(lesson: Lesson): number {
  return lesson.experiments.reduce((sum, experiment) => sum + experiment.runs, 0);
}

/**
 * Makes a lesson's experiments one after the other — a single run with core's `runShard` on the
 * page, a batch with `runBatch` — and measures the lesson on their summaries and trace profiles,
 * so the reveal shows figures the engine has just computed.
 */
export async function runLesson(lesson: Lesson, options: LessonRunOptions): Promise<LessonFigures> {
  const total = lessonRuns(lesson);
  const summaries: Record<string, Summary> = {};
  const profiles: Record<string, TraceProfile> = {};
  let before = 0;
  for (const experiment of lesson.experiments) {
    if (options.signal?.aborted)
      throw new DOMException('The lesson run was cancelled', 'AbortError');
    const scenario = lookupId(options.scenarios, experiment.scenario);
    if (!scenario) throw new Error(`unknown scenario "${experiment.scenario}"`);
    const offset = before;
    if (experiment.runs === 1) {
      // One run takes milliseconds: the page can afford it between two frames.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { seed } = experiment;
      const shard = runShard(options.pack, scenario, { seed, from: 0, to: 1 });
      summaries[experiment.id] = summaryOf(
        shard.aggregate,
        batchHeader(options.pack, scenario, seed),
      );
      profiles[experiment.id] = shard.profile;
    } else {
      const { summary, profile } = await options.runBatch(
        {
          scenario,
          runs: experiment.runs,
          seed: experiment.seed,
          ...(experiment.sampling ? { sampling: experiment.sampling } : {}),
        },
        {
          pack: options.pack,
          ...(options.signal ? { signal: options.signal } : {}),
          onProgress: (done) => options.onProgress?.(offset + done, total),
        },
      );
      summaries[experiment.id] = summary;
      profiles[experiment.id] = profile;
    }
    before += experiment.runs;
    options.onProgress?.(before, total);
  }
  return measureLesson(lesson, summaries, profiles);
}
