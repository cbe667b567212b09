'use client';

import type { Lesson, LessonFigures } from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import { useCallback, useEffect, useRef } from 'react';
import { cachedFigures, cacheFigures, sessionStore } from './lessonFiguresCache';
import type { LessonAction } from './lessonSteps';
import { runBatch } from './runBatch';
import { lessonRuns, runLesson } from './runLesson';

/**
 * Runs a lesson's experiments for a lesson page: `start` runs them (cancelling any run before),
 * `cancel` stops them; progress, the figures, a failure or a cancel reach the page as actions,
 * progress at most once a frame. Figures measured earlier in the session are given at once.
 */
export function useLessonRun(lesson: Lesson, dispatch: (action: LessonAction) => void) {
  const controller = useRef<AbortController | null>(null);
  const frame = useRef<number | null>(null);
  const start = useCallback(() => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    const total = lessonRuns(lesson);
    dispatch({ type: 'RUN_STARTED', total });
    const storage = sessionStore();
    const cached = cachedFigures(storage, lesson, axisPack);
    if (cached) {
      dispatch({ type: 'RUN_DONE', figures: cached });
      return;
    }
    let latest = { done: 0, total };
    runLesson(lesson, {
      pack: axisPack,
      scenarios,
      runBatch,
      signal: own.signal,
      onProgress: (done, all) => {
        latest = { done, total: all };
        frame.current ??= requestAnimationFrame(() => {
          frame.current = null;
          if (controller.current === own) dispatch({ type: 'RUN_PROGRESS', ...latest });
        });
      },
    }).then(
      (figures: LessonFigures) => {
        cacheFigures(storage, lesson, axisPack, figures);
        if (controller.current === own) dispatch({ type: 'RUN_DONE', figures });
      },
      (error: unknown) => {
        if (controller.current !== own) return;
        if (error instanceof DOMException && error.name === 'AbortError') {
          dispatch({ type: 'RUN_CANCELLED' });
        } else {
          dispatch({
            type: 'RUN_FAILED',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      },
    );
  }, [lesson, dispatch]);
  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(
    () => () => {
      controller.current?.abort();
      controller.current = null;
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return { start, cancel };
}
