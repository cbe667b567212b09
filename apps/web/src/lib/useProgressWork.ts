'use client';

import { useCallback, useRef, useState } from 'react';
import { createProgressFeed } from './progressFeed';
import { type AbortableWork, errorMessage, isAbort, useAbortable } from './useAbortable';

/** The states every piece of long work can be in besides its own: nothing shown, and failed. */
export type IdleState = { status: 'idle' };
export type ErrorState = { status: 'error'; message: string };

/** One piece of work begun by `useProgressWork.launch`. */
export interface ProgressWork<S, O> extends AbortableWork {
  /** The hook's options with this work's `signal` and an `onProgress` that feeds `progress`. */
  options: O & { signal: AbortSignal; onProgress: (done: number, total: number) => void };
  /** Sets the React state, unless the work is stale. */
  set(state: S): void;
}

/**
 * The state machine of a page's long work (a batch, a series, an exploration) as React state:
 * `launch` cancels what runs, sets the progress feed to 0 of `total`, runs the work and settles
 * the state with the work's own `done` or `cancelled` state or an `error` one; `cancel` aborts the
 * work, `reset` stops it and shows nothing. Runs done go to the `progress` feed, which the
 * progress bar reads without a React render; a stale work's progress and results are dropped.
 */
export function useProgressWork<S extends { status: string }, O extends object>(options: O) {
  const [state, setState] = useState<S | IdleState | ErrorState>({ status: 'idle' });
  const { begin, cancel, stop } = useAbortable();
  const [progress] = useState(createProgressFeed);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  /** Stops whatever runs and forgets the last result: the page shows nothing of another address. */
  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);

  /** Stops whatever runs and shows `shown` instead (a kept result). */
  const replace = useCallback(
    (shown: S) => {
      stop();
      setState(shown);
    },
    [stop],
  );

  const launch = useCallback(
    <T>(
      started: S,
      total: number,
      run: (work: ProgressWork<S, O>) => Promise<T>,
      done: (value: T) => S,
      cancelled: () => S,
    ) => {
      const { signal, current } = begin();
      const work: ProgressWork<S, O> = {
        signal,
        current,
        options: {
          ...optionsRef.current,
          signal,
          onProgress: (done, all) => {
            if (current()) progress.set(done, all);
          },
        },
        set: (next) => {
          if (current()) setState(next);
        },
      };
      progress.set(0, total);
      setState(started);
      run(work).then(
        (value) => work.set(done(value)),
        (error: unknown) => {
          if (!current()) return;
          setState(
            isAbort(error) ? cancelled() : { status: 'error', message: errorMessage(error) },
          );
        },
      );
    },
    [progress, begin],
  );

  return { state, launch, cancel, reset, replace, progress };
}
