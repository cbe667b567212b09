import type { Lesson } from '../schema/types.js';
import type { LessonPrediction } from './lessonPrediction.js';
import { lessonVersion } from './lessonVersion.js';
import type { LessonFigures } from './measureLesson.js';
import { resultCodeFormat as format } from './resultCodeFormat.js';

/**
 * A student's result of a lesson as a short, text-safe code (lower-case letters, digits, `-`
 * and `.`), for a teacher to collect without a server:
 * `brk1.<lesson id>.<lesson version>.<prediction>.<figures>.<checksum>`. The prediction is `c`
 * and the choice's position (base 36) or `e` and the estimate in hundredths (base 36); the
 * figures are the lesson's measures in order, separated by `-`, each a base-36 count of
 * ten-thousandths of a share or tenths of a day, empty for none (a rung never reached); the
 * checksum is 8 hex digits of the sha256 of the text before it. `decodeResultCode` reads it.
 *
 * @throws Error when the prediction is not one the lesson takes (an unknown choice, a negative
 *   or non-finite estimate) or a figure is negative or not finite.
 */
export function encodeResultCode(
  lesson: Lesson,
  prediction: LessonPrediction,
  figures: Pick<LessonFigures, 'values'>,
): string {
  const parts = [format.prefix, lesson.id, lessonVersion(lesson)];
  if (prediction.kind === 'choice') {
    const index = lesson.prediction.choices?.findIndex((choice) => choice.id === prediction.choice);
    if (index === undefined || index < 0) {
      throw new Error(`lesson "${lesson.id}" has no choice "${prediction.choice}"`);
    }
    parts.push(`c${index.toString(36)}`);
  } else {
    if (!lesson.prediction.estimate) throw new Error(`lesson "${lesson.id}" takes a choice`);
    if (!Number.isFinite(prediction.value) || prediction.value < 0) {
      throw new Error(`the estimate ${prediction.value} is not a number from 0 up`);
    }
    parts.push(`e${format.write(prediction.value, format.estimateScale)}`);
  }
  const values = lesson.measures.map((measure) => {
    const value = figures.values[measure.id] ?? null;
    if (value === null) return '';
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`the figure "${measure.id}" is ${value}, not a number from 0 up`);
    }
    return format.write(value, format.figureScale(measure));
  });
  parts.push(values.join('-'));
  const body = parts.join('.');
  return `${body}.${format.checksum(body)}`;
}
