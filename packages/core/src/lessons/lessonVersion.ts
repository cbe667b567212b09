import { hashOf } from '../schema/hash.js';
import type { Lesson } from '../schema/types.js';

/**
 * A lesson's version: the first 8 hex digits of the sha256 of its canonical JSON (less
 * `$schema`). Any change to the lesson — a question, a choice, an experiment's seed or runs, a
 * measure — gives another version, so a result code made on one version of a lesson is never
 * read as an answer to another.
 */
export function lessonVersion(lesson: Lesson): string {
  const { $schema: _, ...content } = lesson;
  return hashOf(content).slice(0, 8);
}
