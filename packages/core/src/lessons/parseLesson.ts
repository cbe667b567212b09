import { LessonSchema } from '../schema/lessonSchema.js';
import { parseShape } from '../schema/parseShape.js';
import { type ReadDocument, readDocument } from '../schema/readDocument.js';
import type { Lesson, Pack, Scenario } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import { locateIssue } from '../schema/zodIssues.js';
import { type CitedRecord, checkLesson } from './checkLesson.js';

export interface ParseLessonOptions {
  /** Also check the lesson against this pack and these scenarios: every id, every quote. */
  pack?: Pack;
  scenarios?: Readonly<Record<string, Scenario>>;
  /** Also check that the record events the lesson cites exist in these records (by id). */
  records?: Readonly<Record<string, CitedRecord>>;
}

/**
 * Validates a lesson given as YAML or JSON text, or as an object. Throws a `ValidationError`
 * naming the path (and, for text, the line) of every problem.
 *
 * @example
 * const lesson = parseLesson(readFileSync('why-iran-holds-back.yaml', 'utf8'), { pack, scenarios });
 */
export function parseLesson(input: string | unknown, options: ParseLessonOptions = {}): Lesson {
  const doc: ReadDocument | undefined =
    typeof input === 'string' ? readDocument(input, 'lesson') : undefined;
  const result = parseShape(LessonSchema, doc ? doc.value : input, doc);
  if (!result.success) throw new ValidationError('lesson', result.issues);
  if (options.pack) {
    const issues = checkLesson(result.data, options.pack, options.scenarios ?? {}, options.records);
    if (issues.length > 0) {
      throw new ValidationError(
        'lesson',
        issues.map((issue) => locateIssue(issue, doc)),
      );
    }
  }
  return result.data;
}
