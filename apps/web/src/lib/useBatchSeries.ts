'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type BatchOptions, type BatchRequest, type BatchResult, runBatch } from './runBatch';

/** Where a series of batches stands: which one runs, how far, and the results so far. */
export type SeriesState =
  | { status: 'idle' }
  | {
      status: 'running';
      /** The batch running now (0-based) and the series' length. */
      index: number;
      count: number;
      done: number;
      total: number;
      results: BatchResult[];
    }
  | { status: 'done'; results: BatchResult[] }
  | { status: 'cancelled'; results: BatchResult[] }
  | { status: 'error'; message: string };

/**
 * Batches run one after another (each on all the workers), as React state: a comparison's two
 * scenarios, a sensitivity curve's points. `start` cancels any series before it.
 */
export function useBatchSeries(options: Omit<BatchOptions, 'onProgress' | 'signal'> = {}) {
  const [state, setState] = useState<SeriesState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const cancel = useCallback(() => controller.current?.abort(), []);

  const start = useCallback((requests: readonly BatchRequest[]) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const results: BatchResult[] = [];
    let pending = false;
    let latest = { index: 0, done: 0, total: requests[0]?.runs ?? 0 };
    const current = () => controller.current === own;
    const show = () => {
      pending = false;
      if (current() && !own.signal.aborted && results.length < requests.length) {
        setState({ status: 'running', count: requests.length, results: [...results], ...latest });
      }
    };
    show();
    (async () => {
      for (const [index, request] of requests.entries()) {
        latest = { index, done: 0, total: request.runs };
        show();
        results.push(
          await runBatch(request, {
            ...optionsRef.current,
            signal: own.signal,
            onProgress: (done, total) => {
              latest = { index, done, total };
              if (!pending) {
                pending = true;
                requestAnimationFrame(show);
              }
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
        if (error instanceof DOMException && error.name === 'AbortError') {
          setState({ status: 'cancelled', results });
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
    },
    [],
  );

  return { state, start, cancel };
}
