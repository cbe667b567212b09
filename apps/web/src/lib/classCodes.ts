import { decodeResultCode, type Lesson, type LessonResult } from '@brink/core';

/** One pasted line: its number (from 1), its text and the result it holds or why it was refused. */
export type ClassLine =
  | { line: number; text: string; ok: true; result: LessonResult }
  | { line: number; text: string; ok: false; problem: string };

/**
 * The result codes a teacher pasted, one a line, read with core's `decodeResultCode`: blank lines
 * are skipped, each other line is kept or refused on its own, so one bad code never loses the
 * others.
 */
export function readClassCodes(text: string, lessons: readonly Lesson[]): ClassLine[] {
  return text.split(/\r?\n/).flatMap((raw, i): ClassLine[] => {
    const line = raw.trim();
    if (line === '') return [];
    const decoded = decodeResultCode(line, lessons);
    return [
      decoded.ok
        ? { line: i + 1, text: line, ok: true, result: decoded.result }
        : { line: i + 1, text: line, ok: false, problem: decoded.problem },
    ];
  });
}

/** A lesson's class: the results its codes hold, and the model's figures they carry. */
export interface LessonClass {
  lesson: Lesson;
  results: LessonResult[];
  /** The figures of the first code: the model's answers as the students' browsers measured them. */
  figures: Record<string, number | null>;
  /** Codes whose figures differ from the first's (another engine, or a changed browser). */
  differing: number;
}

/** The kept results grouped by lesson, in the lessons' order; lessons without a code are left out. */
export function groupByLesson(
  lines: readonly ClassLine[],
  lessons: readonly Lesson[],
): LessonClass[] {
  return lessons.flatMap((lesson): LessonClass[] => {
    const results = lines.flatMap((line) =>
      line.ok && line.result.lessonId === lesson.id ? [line.result] : [],
    );
    const first = results[0];
    if (!first) return [];
    const same = (values: Record<string, number | null>) =>
      lesson.measures.every((measure) => values[measure.id] === first.values[measure.id]);
    return [
      {
        lesson,
        results,
        figures: first.values,
        differing: results.filter((result) => !same(result.values)).length,
      },
    ];
  });
}

/** How many of a class chose each of a lesson's choices, in the lesson's order. */
export function choiceCounts(lesson: Lesson, results: readonly LessonResult[]): number[] {
  return (lesson.prediction.choices ?? []).map(
    (choice) =>
      results.filter(
        (result) => result.prediction.kind === 'choice' && result.prediction.choice === choice.id,
      ).length,
  );
}
