'use client';

import { useCallback, useRef, useState } from 'react';
import { createProgressFeed } from './progressFeed';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';
import { errorMessage, isAbort, useAbortable } from './useAbortable';

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
  const [state, setState] = useState<SeriesState>({ status: 'idle' });
  const { begin, cancel, stop } = useAbortable();
  const [progress] = useState(createProgressFeed);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  /** Stops whatever runs and forgets the last result: the page shows nothing of another address. */
  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  const start = useCallback(
    (requests: readonly BatchRequest[]) => {
      const { signal, current } = begin();
      const results: BatchResult[] = [];
      (async () => {
        for (const [index, request] of requests.entries()) {
          progress.set(0, request.runs);
          setState({ status: 'running', index, count: requests.length, results: [...results] });
          results.push(
            await runBatch(request, {
              ...optionsRef.current,
              signal,
              onProgress: (done, total) => {
                if (current()) progress.set(done, total);
              },
            }),
          );
        }
      })().then(
        () => {
          if (current()) setState({ status: 'done', results });
        },
        (error: unknown) => {
          if (!current()) return;
          setState(
            isAbort(error)
              ? { status: 'cancelled', results }
              : { status: 'error', message: errorMessage(error) },
          );
        },
      );
    },
    [progress, begin],
  );

  return { state, start, cancel, reset, progress };
}
