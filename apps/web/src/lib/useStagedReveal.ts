'use client';

import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './whenIdle';

/**
 * How many of `total` parts of a view to show: one at first, then one more each time the main
 * thread is idle (at most `timeout` ms apart), each as a transition, until all are shown. A view
 * of many charts (a batch's) so mounts one chart per task instead of all in one long task that
 * freezes the page; a new `key` (another result) starts again from one.
 */
export function useStagedReveal(total: number, key: unknown, timeout = 100): number {
  const [stage, setStage] = useState({ key, shown: 1 });
  // Another result: start again from its first part (React's "adjust state on a prop change").
  if (stage.key !== key) setStage({ key, shown: 1 });
  const shown = stage.key === key ? stage.shown : 1;
  useEffect(() => {
    if (shown >= total) return;
    return whenIdle(
      () =>
        startTransition(() =>
          setStage((current) =>
            current.key === key ? { key, shown: current.shown + 1 } : current,
          ),
        ),
      timeout,
    );
  }, [shown, total, key, timeout]);
  return Math.min(shown, total);
}
