import type { Lesson } from '../schema/types.js';
import type { LessonPrediction } from './lessonPrediction.js';
import { lessonVersion } from './lessonVersion.js';
import { resultCodeFormat as format } from './resultCodeFormat.js';

/** What a result code holds: the lesson (id and version), the prediction and the figures. */
export interface LessonResult {
  lessonId: string;
  version: string;
  prediction: LessonPrediction;
  /** The lesson's figures by measure id, as the code keeps them (shares to 0.01 %, days to 0.1). */
  values: Record<string, number | null>;
}

/** A decoded code, or why it was refused, in one sentence. */
export type DecodedResultCode = { ok: true; result: LessonResult } | { ok: false; problem: string };

/**
 * Reads and verifies a result code written by `encodeResultCode` against the lessons it may
 * answer. Surrounding blanks and upper case are tolerated. Refused, each with a one-sentence
 * `problem`: text that is not a result code, a code cut short or changed (its checksum does not
 * match), a code for an unknown lesson or for another version of the lesson, and a prediction
 * or figures the lesson cannot have given. Never throws.
 */
export function decodeResultCode(text: string, lessons: readonly Lesson[]): DecodedResultCode {
  const refuse = (problem: string): DecodedResultCode => ({ ok: false, problem });
  const code = text.trim().toLowerCase();
  if (code === '') return refuse('the line is empty');
  const parts = code.split('.');
  if (parts[0] !== format.prefix) {
    return refuse(`not a result code (a result code starts with "${format.prefix}.")`);
  }
  if (parts.length < format.parts) {
    return refuse(
      `cut short: ${parts.length} of the ${format.parts} parts of a result code are there`,
    );
  }
  if (parts.length > format.parts) {
    return refuse(`${parts.length} parts where a result code has ${format.parts}`);
  }
  const [, lessonId, version, predictionText, figuresText, checksum] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (checksum.length < format.checksumLength) {
    return refuse('cut short: its checksum (the last part) is incomplete');
  }
  const body = parts.slice(0, -1).join('.');
  if (checksum !== format.checksum(body)) {
    return refuse('the checksum does not match: the code was changed or copied incompletely');
  }
  const lesson = lessons.find((candidate) => candidate.id === lessonId);
  if (!lesson) return refuse(`no lesson "${lessonId}" here`);
  const current = lessonVersion(lesson);
  if (version !== current) {
    return refuse(
      `made on another version of lesson "${lessonId}" (${version}; this page has ${current})`,
    );
  }
  const prediction = readPrediction(lesson, predictionText);
  if (typeof prediction === 'string') return refuse(prediction);
  const fields = figuresText.split('-');
  if (fields.length !== lesson.measures.length) {
    return refuse(
      `${fields.length} figures where lesson "${lessonId}" has ${lesson.measures.length} measures`,
    );
  }
  const values: Record<string, number | null> = {};
  for (const [i, measure] of lesson.measures.entries()) {
    const field = fields[i]!;
    const value = field === '' ? null : format.read(field, format.figureScale(measure));
    if (field !== '' && value === null)
      return refuse(`figure ${i + 1} ("${field}") is not a number`);
    if (value !== null && measure.firstDay === undefined && value > 1) {
      return refuse(`figure ${i + 1} is a share above 100 %`);
    }
    values[measure.id] = value;
  }
  return { ok: true, result: { lessonId, version, prediction, values } };
}

/** The prediction part (`c<index>` or `e<hundredths>`), or why the lesson cannot have it. */
function readPrediction(lesson: Lesson, text: string): LessonPrediction | string {
  const { choices, estimate } = lesson.prediction;
  if (text.startsWith('c') && choices) {
    const index = format.read(text.slice(1), 1);
    const choice = index === null ? undefined : choices[index];
    return choice
      ? { kind: 'choice', choice: choice.id }
      : `the prediction "${text}" is not one of the lesson's ${choices.length} choices`;
  }
  if (text.startsWith('e') && estimate) {
    const value = format.read(text.slice(1), format.estimateScale);
    return value === null ? `the estimate "${text}" is not a number` : { kind: 'estimate', value };
  }
  return `the prediction "${text}" is not ${choices ? 'a choice' : 'an estimate'}, as lesson "${lesson.id}" asks`;
}
