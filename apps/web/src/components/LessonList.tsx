'use client';

import type { Lesson } from '@brink/core';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { browserStorage, type LessonProgress, readProgress } from '../lib/lessonProgress';
import { STEP_LABELS } from '../lib/lessonSteps';
import { lessonHref } from '../lib/lessonView';

/** The lessons as cards, each with the progress this browser keeps for it. */
export function LessonList({ lessons }: { lessons: readonly Lesson[] }) {
  // Progress is read after the first render, so the list hydrates as it was built.
  const [progress, setProgress] = useState<Record<string, LessonProgress> | null>(null);
  useEffect(() => setProgress(readProgress(browserStorage())), []);
  const completed = progress
    ? lessons.filter((lesson) => progress[lesson.id]?.completed).length
    : null;
  return (
    <>
      <p className="lesson-tally" aria-live="polite">
        {completed === null
          ? '\u00a0'
          : `${completed} of ${lessons.length} lessons completed in this browser.`}
      </p>
      <ol className="lesson-list">
        {lessons.map((lesson) => {
          const saved = progress?.[lesson.id];
          const status = !progress
            ? ''
            : saved?.completed
              ? 'Completed'
              : saved && saved.reached !== 'goal'
                ? `In progress: ${STEP_LABELS[saved.reached]}`
                : 'Not started';
          return (
            <li key={lesson.id} className="card lesson-card" data-lesson={lesson.id}>
              <h2>
                <Link href={lessonHref(lesson.id)}>
                  {lesson.order}. {lesson.title}
                </Link>
              </h2>
              <p>{lesson.goal}</p>
              <p
                className={`lesson-status${saved?.completed ? ' completed' : ''}`}
                data-testid="lesson-status"
              >
                {saved?.completed && <span aria-hidden="true">✓ </span>}
                {status}
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}
