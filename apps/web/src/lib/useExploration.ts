'use client';

import type { Sampling, Scenario } from '@brink/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { cacheExploration } from './explorationCache';
import type { ExploreState } from './exploreParams';
import { createProgressFeed } from './progressFeed';
import { type Exploration, type ExplorationOptions, runExploration } from './runExploration';

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
  const controller = useRef<AbortController | null>(null);
  const [progress] = useState(createProgressFeed);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    const running = controller.current;
    controller.current = null;
    running?.abort();
    setState({ status: 'idle' });
  }, []);
  const show = useCallback((exploration: Exploration) => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'done', exploration, cached: true });
  }, []);

  const start = useCallback(
    (job: ExplorationJob) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      const total = job.design.runs;
      progress.set(0, total);
      setState({ status: 'running', total });
      runExploration(job.scenario, job.state, job.design, {
        ...optionsRef.current,
        signal: own.signal,
        onProgress: (done, all) => {
          if (controller.current === own) progress.set(done, all);
        },
        onAnalysing: () => {
          if (controller.current === own) setState({ status: 'analysing', total });
        },
      }).then(
        (exploration) => {
          cacheExploration(job.href, exploration);
          if (controller.current === own) setState({ status: 'done', exploration, cached: false });
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

  return { state, start, show, cancel, reset, progress };
}
