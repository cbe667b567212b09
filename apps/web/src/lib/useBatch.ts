'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { createProgressFeed } from './progressFeed';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';

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
  const controller = useRef<AbortController | null>(null);
  const [progress] = useState(createProgressFeed);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const cancel = useCallback(() => controller.current?.abort(), []);
  /** Stops whatever runs and forgets the last result: the page shows nothing of another address. */
  const reset = useCallback(() => {
    const running = controller.current;
    controller.current = null;
    running?.abort();
    setState({ status: 'idle' });
  }, []);

  const start = useCallback(
    (request: BatchRequest) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      progress.set(0, request.runs);
      setState({ status: 'running', total: request.runs });
      runBatch(request, {
        ...optionsRef.current,
        signal: own.signal,
        onProgress: (done, total) => {
          if (controller.current === own) progress.set(done, total);
        },
      }).then(
        (result) => {
          if (controller.current === own) setState({ status: 'done', result });
        },
        (error: unknown) => {
          if (controller.current !== own) return;
          if (error instanceof DOMException && error.name === 'AbortError') {
            setState({ status: 'cancelled', ...progress.get() });
          } else {
            setState({
              status: 'error',
              message: error instanceof Error ? error.message : String(error),
            });
          }
        },
      );
    },
    [progress],
  );

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
    },
    [],
  );

  return { state, start, cancel, reset, progress };
}
