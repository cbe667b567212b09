// Prints every lesson's figures and whether each claim of its reveal holds, measured as the
// lesson tests measure them. Usage: npx tsx --conditions=@brink/source scripts/lessonFigures.ts [runs] [lesson-id]
import { lessons } from '../src/index.js';
import { measureLessonRuns } from '../test/lessonRuns.js';

const runs = Number(process.argv[2] ?? 200);
const only = process.argv[3];
for (const lesson of lessons) {
  if (only && lesson.id !== only) continue;
  const { values, claims } = measureLessonRuns(lesson, runs);
  console.log(`${lesson.id} (${runs} runs per experiment at most)`);
  for (const measure of lesson.measures) {
    const value = values[measure.id];
    const shown =
      value === null || value === undefined
        ? 'never'
        : measure.firstDay
          ? `day ${value}`
          : `${(value * 100).toFixed(1)}%`;
    console.log(`  ${measure.id.padEnd(28)} ${shown.padStart(9)}  ${measure.label}`);
  }
  for (const { claim, holds } of claims)
    console.log(`  ${holds ? 'holds' : 'FAILS'}  ${claim.says}`);
}
