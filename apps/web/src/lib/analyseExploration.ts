import {
  type ExploreRequest,
  type ExploreResult,
  exploreAnalysis,
  type Pack,
  type Sampling,
  type Scenario,
} from '@brink/core';
import type { ExploredRun } from './batchShard';

/** What the page sends the analysis worker once an exploration's runs are done. */
export interface AnalysisTask {
  pack: Pack;
  scenario: Scenario;
  request: ExploreRequest;
  sampling: Sampling;
  /** Every run as the analysis reads it (`ExploredRun`), in run order. */
  records: ExploredRun[];
}

/** What the analysis worker sends back. */
export type AnalysisMessage =
  | { type: 'done'; result: ExploreResult }
  | { type: 'error'; message: string };

/**
 * Core's `exploreAnalysis` of an exploration's runs (Sobol indices, Morris effects or PRIM boxes,
 * with their bootstrap), as a message: the worker calls it, off the page's main thread; tests
 * call it directly.
 */
export function analyseExploration(task: AnalysisTask): AnalysisMessage {
  try {
    const result = exploreAnalysis(
      task.pack,
      task.scenario,
      task.request,
      task.sampling,
      task.records,
    );
    return { type: 'done', result };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
