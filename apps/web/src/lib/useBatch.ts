'use client';

import { useCallback, useRef, useState } from 'react';
import { createProgressFeed } from './progressFeed';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';
import { errorMessage, isAbort, useAbortable } from './useAbortable';

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
  const [state, setState] = useState<BatchState>({ status: 'idle' });
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
    (request: BatchRequest) => {
      const work = begin();
      progress.set(0, request.runs);
      setState({ status: 'running', total: request.runs });
      runBatch(request, {
        ...optionsRef.current,
        signal: work.signal,
        onProgress: (done, total) => {
          if (work.current()) progress.set(done, total);
        },
      }).then(
        (result) => {
          if (work.current()) setState({ status: 'done', result });
        },
        (error: unknown) => {
          if (!work.current()) return;
          setState(
            isAbort(error)
              ? { status: 'cancelled', ...progress.get() }
              : { status: 'error', message: errorMessage(error) },
          );
        },
      );
    },
    [progress, begin],
  );

  return { state, start, cancel, reset, progress };
}
