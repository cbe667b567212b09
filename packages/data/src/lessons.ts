import type { Lesson } from '@brink/core';
import { lookupId } from '@brink/core/lookupId';
import { LESSON_YAML, LESSONS } from './generated/content.js';

/**
 * The built-in lessons, in their `order`, each checked by core's `parseLesson` when the package
 * was built: its shape, and that every scenario, actor, outcome, rule and measure it names exists
 * and every quote is verbatim.
 */
export const lessons: readonly Lesson[] = LESSONS;

/** The built-in lesson with this id, or undefined. */
export function getLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

/** The YAML text of a built-in lesson, as shipped. */
export function lessonSource(id: string): string | undefined {
  return lookupId(LESSON_YAML, id);
}
