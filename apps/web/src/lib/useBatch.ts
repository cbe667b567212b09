'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';

/** Where a batch started by `useBatch` stands. */
export type BatchState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: BatchResult }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/**
 * A batch as React state: `start` runs one (cancelling any before it), `cancel` stops it.
 * Progress reaches the state at most once a frame, so a fast batch does not flood React.
 */
export function useBatch(options: Omit<BatchOptions, 'onProgress' | 'signal'> = {}) {
  const [state, setState] = useState<BatchState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const frame = useRef<number | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const cancel = useCallback(() => controller.current?.abort(), []);

  const start = useCallback((request: BatchRequest) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    let latest = { done: 0, total: request.runs };
    let settled = false;
    setState({ status: 'running', ...latest });
    const flush = () => {
      frame.current = null;
      if (controller.current === own && !settled) setState({ status: 'running', ...latest });
    };
    runBatch(request, {
      ...optionsRef.current,
      signal: own.signal,
      onProgress: (done, total) => {
        latest = { done, total };
        frame.current ??= requestAnimationFrame(flush);
      },
    }).then(
      (result) => {
        settled = true;
        if (controller.current === own) setState({ status: 'done', result });
      },
      (error: unknown) => {
        settled = true;
        if (controller.current !== own) return;
        if (error instanceof DOMException && error.name === 'AbortError') {
          setState({ status: 'cancelled', ...latest });
        } else {
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
  }, []);

  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { state, start, cancel };
}
