import { ENGINE_VERSION, hashOf, type Lesson, type LessonFigures, type Pack } from '@brink/core';
import type { ProgressStorage } from './lessonProgress';

const PREFIX = 'brink.lesson-figures.v1:';

/**
 * The browser's sessionStorage, or null where there is none or it refuses access: figures are
 * then measured again on a reload.
 */
export function sessionStore(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The cache key of a lesson's figures: the lesson, the pack and the engine that measure them. */
function keyOf(lesson: Lesson, pack: Pack): string {
  return `${PREFIX}${hashOf({ lesson, pack: [pack.id, pack.version], engine: ENGINE_VERSION })}`;
}

/**
 * A lesson's figures measured earlier in this browser session, or null. The runs are seeded, so
 * the figures are those the runs would give again; keeping them spares a reload at the reveal or
 * the discussion from making every batch again.
 */
export function cachedFigures(
  storage: ProgressStorage | null,
  lesson: Lesson,
  pack: Pack,
): LessonFigures | null {
  try {
    const text = storage?.getItem(keyOf(lesson, pack));
    if (!text) return null;
    const figures = JSON.parse(text) as LessonFigures;
    const valid =
      typeof figures === 'object' &&
      figures !== null &&
      typeof figures.values === 'object' &&
      Array.isArray(figures.claims) &&
      lesson.measures.every((measure) => measure.id in figures.values);
    return valid ? figures : null;
  } catch {
    return null;
  }
}

/** Keeps a lesson's figures for the session; a full or refused storage keeps nothing. */
export function cacheFigures(
  storage: ProgressStorage | null,
  lesson: Lesson,
  pack: Pack,
  figures: LessonFigures,
): void {
  try {
    storage?.setItem(keyOf(lesson, pack), JSON.stringify(figures));
  } catch {
    // Nothing kept: the figures are measured again on a reload.
  }
}
