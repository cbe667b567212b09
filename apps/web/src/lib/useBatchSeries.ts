'use client';

import { useCallback } from 'react';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';
import { useProgressWork } from './useProgressWork';

/** Where a series of batches stands: which one runs, and the results so far. */
export type SeriesState =
  | { status: 'idle' }
  | {
      status: 'running';
      /** The batch running now (0-based) and the series' length. */
      index: number;
      count: number;
      results: BatchResult[];
    }
  | { status: 'done'; results: BatchResult[] }
  | { status: 'cancelled'; results: BatchResult[] }
  | { status: 'error'; message: string };

/**
 * Batches run one after another (each on all the workers), as React state: a comparison's two
 * scenarios, a sensitivity curve's points. `start` cancels any series before it. React state
 * changes once per batch; runs done go to the `progress` feed.
 */
export function useBatchSeries(options: Omit<BatchOptions, 'onProgress' | 'signal'> = {}) {
  const { state, launch, cancel, reset, progress } = useProgressWork<SeriesState, typeof options>(
    options,
  );

  const start = useCallback(
    (requests: readonly BatchRequest[]) => {
      const results: BatchResult[] = [];
      const running = (index: number): SeriesState => ({
        status: 'running',
        index,
        count: requests.length,
        results: [...results],
      });
      launch(
        running(0),
        requests[0]?.runs ?? 0,
        async (work) => {
          for (const [index, request] of requests.entries()) {
            if (index > 0) {
              progress.set(0, request.runs);
              work.set(running(index));
            }
            results.push(await runBatch(request, work.options));
          }
        },
        () => ({ status: 'done', results }),
        () => ({ status: 'cancelled', results }),
      );
    },
    [launch, progress],
  );

  return { state, start, cancel, reset, progress };
}
