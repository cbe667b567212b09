'use client';

import type { Sampling, Scenario } from '@brink/core';
import { useCallback } from 'react';
import { cacheExploration } from './explorationCache';
import type { ExploreState } from './exploreParams';
import { type Exploration, type ExplorationOptions, runExploration } from './runExploration';
import { useProgressWork } from './useProgressWork';

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
  const { state, launch, cancel, reset, replace, progress } = useProgressWork<
    ExplorationState,
    typeof options
  >(options);

  const show = useCallback(
    (exploration: Exploration) => replace({ status: 'done', exploration, cached: true }),
    [replace],
  );

  const start = useCallback(
    (job: ExplorationJob) => {
      const total = job.design.runs;
      launch(
        { status: 'running', total },
        total,
        (work) =>
          runExploration(job.scenario, job.state, job.design, {
            ...work.options,
            onAnalysing: () => work.set({ status: 'analysing', total }),
          }).then((exploration) => {
            cacheExploration(job.href, exploration);
            return exploration;
          }),
        (exploration) => ({ status: 'done', exploration, cached: false }),
        () => ({ status: 'cancelled', ...progress.get() }),
      );
    },
    [launch, progress],
  );

  return { state, start, show, cancel, reset, progress };
}
