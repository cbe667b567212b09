import { type Lesson, lookupId, parseLesson } from '@brink/core';
import { axisPack } from './axisPack.js';
import { LESSON_YAML } from './generated/content.js';
import { scenarios } from './scenarios.js';

/**
 * The built-in lessons, in their `order`, each validated when loaded: its shape, and that every
 * scenario, actor, outcome, rule and measure it names exists and every quote is verbatim.
 */
export const lessons: readonly Lesson[] = Object.entries(LESSON_YAML)
  .map(([id, text]) => {
    const lesson = parseLesson(text, { pack: axisPack, scenarios });
    if (lesson.id !== id) throw new Error(`lessons/${id}.yaml declares id "${lesson.id}"`);
    return lesson;
  })
  .sort((a, b) => a.order - b.order);

/** The built-in lesson with this id, or undefined. */
export function getLesson(id: string): Lesson | undefined {
  return lessons.find((lesson) => lesson.id === id);
}

/** The YAML text of a built-in lesson, as shipped. */
export function lessonSource(id: string): string | undefined {
  return lookupId(LESSON_YAML, id);
}
