import {
  type ExploreRequest,
  type ExploreResult,
  exploreAnalysis,
  type Pack,
  type RunRecord,
  type Sampling,
  type Scenario,
} from '@brink/core';

/** What the page sends the analysis worker once an exploration's runs are done. */
export interface AnalysisTask {
  pack: Pack;
  scenario: Scenario;
  request: ExploreRequest;
  sampling: Sampling;
  /** Every run's record, in run order. */
  records: RunRecord[];
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
