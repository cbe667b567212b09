/**
 * What a student committed to in a lesson: a number (`estimate`: a percentage of runs from 0 to
 * 100, or a day of the run) or the id of one of the lesson's choices.
 */
export type LessonPrediction =
  | { kind: 'estimate'; value: number }
  | { kind: 'choice'; choice: string };
