import type { ExploreResult, Pack, Sampling, Scenario } from '@brink/core';
import { axisPack } from '@brink/data';
import type { AnalysisMessage, AnalysisTask } from './analyseExploration';
import type { BatchWorker, BatchWorkerPool } from './batchWorkerPool';
import type { ExploreState } from './exploreParams';
import { abortError, runBatch } from './runBatch';

/** Web Workers an exploration runs on unless told otherwise. */
export const EXPLORE_WORKERS = 2;
/** Performance marks at the start and the end (done, failed or cancelled) of every exploration. */
export const EXPLORE_START_MARK = 'brink:explore-start';
export const EXPLORE_END_MARK = 'brink:explore-end';

/** The minimal analysis worker; tests pass an in-process one. */
export interface AnalysisWorker {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(task: AnalysisTask): void;
  terminate(): void;
}

export interface ExplorationOptions {
  /** Called as runs finish, with the runs done and the design's total. */
  onProgress?: (done: number, total: number) => void;
  /** Called when every run is done and the analysis starts. */
  onAnalysing?: () => void;
  /**
   * Aborting rejects with an `AbortError`, terminates the batch workers still running a shard
   * (see `runBatch`) and the analysis worker.
   */
  signal?: AbortSignal;
  pack?: Pack;
  /** Web Workers for the runs; {@link EXPLORE_WORKERS} by default. */
  workers?: number;
  shardSize?: number;
  /** Where the runs take their workers: the page's pool by default (see `runBatch`). */
  pool?: BatchWorkerPool;
  /** Makes a batch worker for this exploration alone (tests); ignored when `pool` is given. */
  createWorker?: () => BatchWorker;
  /** Makes the analysis worker; a module Web Worker running `explore.worker.ts` by default. */
  createAnalyser?: () => AnalysisWorker;
}

/** A finished exploration: core's result and how long it took. */
export interface Exploration {
  result: ExploreResult;
  workers: number;
  /** Wall time of the runs alone, in milliseconds. */
  runsMs: number;
  /** Wall time from start to the analysis's end, in milliseconds. */
  elapsedMs: number;
}

/**
 * Runs an exploration in Web Workers: the design's runs (`sampling` and its `runs`, from
 * `checkExplore`) go through the batch page's shard path (`runBatch`, core's `runShard` in every
 * worker) keeping each run's record, then core's `exploreAnalysis` runs in a worker of its own.
 * The result is what `brink explore --json` prints for the same scenario, method, outcome, runs
 * and seed, whatever the number of workers.
 */
export async function runExploration(
  scenario: Scenario,
  state: ExploreState,
  design: { sampling: Sampling; runs: number },
  options: ExplorationOptions = {},
): Promise<Exploration> {
  const pack = options.pack ?? axisPack;
  const started = performance.now();
  performance.mark(EXPLORE_START_MARK);
  try {
    const batch = await runBatch(
      {
        scenario,
        runs: design.runs,
        seed: state.seed,
        sampling: design.sampling,
        // A design's values are the design's rows: only PRIM reads them from the runs.
        keep: { outcome: state.outcome, values: typeof design.sampling === 'string' },
        workers: options.workers ?? EXPLORE_WORKERS,
      },
      {
        pack,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.shardSize ? { shardSize: options.shardSize } : {}),
        ...(options.pool ? { pool: options.pool } : {}),
        ...(options.createWorker ? { createWorker: options.createWorker } : {}),
      },
    );
    options.onAnalysing?.();
    const result = await analyse(
      {
        pack,
        scenario,
        request: {
          method: state.method,
          outcome: state.outcome,
          runs: state.runs,
          seed: state.seed,
        },
        sampling: design.sampling,
        records: batch.explored,
      },
      options,
    );
    return {
      result,
      workers: batch.workers,
      runsMs: batch.elapsedMs,
      elapsedMs: performance.now() - started,
    };
  } finally {
    performance.mark(EXPLORE_END_MARK);
  }
}

function analyse(task: AnalysisTask, options: ExplorationOptions): Promise<ExploreResult> {
  if (options.signal?.aborted) return Promise.reject(abortError());
  return new Promise((resolve, reject) => {
    const worker = (options.createAnalyser ?? defaultAnalyser)();
    const settle = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      settle();
      if (event.data.type === 'done') resolve(event.data.result);
      else reject(new Error(`the analysis failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      settle();
      reject(new Error(`the analysis worker failed: ${event.message || 'it could not start'}`));
    };
    worker.postMessage(task);
  });
}

function defaultAnalyser(): AnalysisWorker {
  return new Worker(new URL('./explore.worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as AnalysisWorker;
}
