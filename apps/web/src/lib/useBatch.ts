'use client';

import { useCallback } from 'react';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';
import { useProgressWork } from './useProgressWork';

/** Where a batch started by `useBatch` stands; a running one's progress is in `progress`. */
export type BatchState =
  | { status: 'idle' }
  | { status: 'running'; total: number }
  | { status: 'done'; result: BatchResult }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/**
 * A batch as React state: `start` runs one (cancelling any before it), `cancel` stops it.
 * React state changes only when the batch starts and ends; runs done go to the `progress` feed,
 * which the progress bar reads without a React render.
 */
export function useBatch(options: Omit<BatchOptions, 'onProgress' | 'signal'> = {}) {
  const { state, launch, cancel, reset, progress } = useProgressWork<BatchState, typeof options>(
    options,
  );

  const start = useCallback(
    (request: BatchRequest) =>
      launch(
        { status: 'running', total: request.runs },
        request.runs,
        (work) => runBatch(request, work.options),
        (result) => ({ status: 'done', result }),
        () => ({ status: 'cancelled', ...progress.get() }),
      ),
    [launch, progress],
  );

  return { state, start, cancel, reset, progress };
}
