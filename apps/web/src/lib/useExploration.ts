'use client';

import type { Sampling, Scenario } from '@brink/core';
import { useCallback, useRef, useState } from 'react';
import { cacheExploration } from './explorationCache';
import type { ExploreState } from './exploreParams';
import { createProgressFeed } from './progressFeed';
import { type Exploration, type ExplorationOptions, runExploration } from './runExploration';
import { errorMessage, isAbort, useAbortable } from './useAbortable';

/** Where an exploration started by `useExploration` stands; a running one's progress is in `progress`. */
export type ExplorationState =
  | { status: 'idle' }
  | { status: 'running'; total: number }
  | { status: 'analysing'; total: number }
  | { status: 'done'; exploration: Exploration; cached: boolean }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/** One exploration to run: its address (the session cache's key), scenario, settings and design. */
export interface ExplorationJob {
  href: string;
  scenario: Scenario;
  state: ExploreState;
  design: { sampling: Sampling; runs: number };
}

/**
 * An exploration as React state: `start` runs one (cancelling any before it) and keeps its result
 * for the session under its address, `show` shows a kept one, `cancel` stops it. Runs done go to
 * the `progress` feed, which the progress bar reads without a React render.
 */
export function useExploration(
  options: Omit<ExplorationOptions, 'onProgress' | 'onAnalysing' | 'signal'> = {},
) {
  const [state, setState] = useState<ExplorationState>({ status: 'idle' });
  const { begin, cancel, stop } = useAbortable();
  const [progress] = useState(createProgressFeed);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  /** Stops whatever runs and forgets the last result: the page shows nothing of another address. */
  const reset = useCallback(() => {
    stop();
    setState({ status: 'idle' });
  }, [stop]);
  const show = useCallback(
    (exploration: Exploration) => {
      stop();
      setState({ status: 'done', exploration, cached: true });
    },
    [stop],
  );

  const start = useCallback(
    (job: ExplorationJob) => {
      const work = begin();
      const total = job.design.runs;
      progress.set(0, total);
      setState({ status: 'running', total });
      runExploration(job.scenario, job.state, job.design, {
        ...optionsRef.current,
        signal: work.signal,
        onProgress: (done, all) => {
          if (work.current()) progress.set(done, all);
        },
        onAnalysing: () => {
          if (work.current()) setState({ status: 'analysing', total });
        },
      }).then(
        (exploration) => {
          cacheExploration(job.href, exploration);
          if (work.current()) setState({ status: 'done', exploration, cached: false });
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

  return { state, start, show, cancel, reset, progress };
}
