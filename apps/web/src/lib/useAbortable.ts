'use client';

import { useCallback, useEffect, useRef } from 'react';

/** One piece of work started by `useAbortable`: its signal, and whether it is still the latest. */
export interface AbortableWork {
  signal: AbortSignal;
  /** False once another piece of work has begun or the work was stopped: its results are stale. */
  current(): boolean;
}

/**
 * The cancelling of a page's long work (a batch, a series, an exploration): `begin` aborts what
 * runs and starts anew, `cancel` aborts what runs (its promise then rejects with an AbortError),
 * `stop` aborts it and makes it stale, so nothing it settles with is shown. Unmounting stops it.
 */
export function useAbortable() {
  const controller = useRef<AbortController | null>(null);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const stop = useCallback(() => {
    const running = controller.current;
    controller.current = null;
    running?.abort();
  }, []);
  const begin = useCallback((): AbortableWork => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    return { signal: own.signal, current: () => controller.current === own };
  }, []);
  useEffect(() => stop, [stop]);
  return { begin, cancel, stop };
}

/** Whether a rejected promise's reason is an abort (the user cancelled). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A rejected promise's reason as one line for the page. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
