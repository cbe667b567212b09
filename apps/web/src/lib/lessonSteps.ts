import type { Lesson, LessonFigures, LessonPrediction } from '@brink/core';

/** The steps of a lesson, in order. */
export const STEPS = ['goal', 'context', 'predict', 'run', 'reveal', 'discuss'] as const;
export type Step = (typeof STEPS)[number];

export const STEP_LABELS: Readonly<Record<Step, string>> = {
  goal: 'Goal',
  context: 'Context',
  predict: 'Predict',
  run: 'Run',
  reveal: 'Reveal',
  discuss: 'Discuss',
};

/** What the student committed to: a number (a percentage or a day) or a choice's id. */
export type Prediction = LessonPrediction;

export type RunStatus =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; figures: LessonFigures }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

export interface LessonState {
  step: Step;
  /** The furthest step the student has opened. */
  reached: Step;
  /** The prediction being written (a number as typed, or a choice id); free until committed. */
  draft: string;
  /** The committed prediction; it never changes afterwards. */
  prediction: Prediction | null;
  run: RunStatus;
  /** A step to return to once a re-run (after a reload) has finished. */
  resumeAt: Step | null;
}

export type LessonAction =
  | { type: 'NEXT' }
  | { type: 'BACK' }
  | { type: 'GO'; step: Step }
  | { type: 'DRAFT'; value: string }
  | { type: 'COMMIT' }
  | { type: 'RUN_STARTED'; total: number }
  | { type: 'RUN_PROGRESS'; done: number; total: number }
  | { type: 'RUN_DONE'; figures: LessonFigures }
  | { type: 'RUN_FAILED'; message: string }
  | { type: 'RUN_CANCELLED' }
  | { type: 'RESTORE'; state: LessonState };

const indexOf = (step: Step) => STEPS.indexOf(step);
const later = (a: Step, b: Step) => (indexOf(a) >= indexOf(b) ? a : b);

/** The unit of a lesson's estimate: a percentage of runs, or a day of the run. */
export function estimateUnit(lesson: Lesson): 'percent' | 'day' | null {
  const id = lesson.prediction.estimate?.measure;
  if (id === undefined) return null;
  const measure = lesson.measures.find((candidate) => candidate.id === id);
  return measure?.firstDay ? 'day' : 'percent';
}

/** The range an estimate may take: 0–100 for a percentage, the scenario's days for a day. */
export function estimateRange(lesson: Lesson, horizon: number): { min: number; max: number } {
  return estimateUnit(lesson) === 'day' ? { min: 0, max: horizon - 1 } : { min: 0, max: 100 };
}

/**
 * The prediction a draft stands for, or why it cannot be committed yet: a choice among the
 * lesson's, or a number in range (a whole day, for a day).
 */
export function readDraft(
  lesson: Lesson,
  draft: string,
  horizon: number,
): { ok: true; prediction: Prediction } | { ok: false; problem: string } {
  const { choices } = lesson.prediction;
  if (choices) {
    return choices.some((choice) => choice.id === draft)
      ? { ok: true, prediction: { kind: 'choice', choice: draft } }
      : { ok: false, problem: 'Choose one answer.' };
  }
  const { min, max } = estimateRange(lesson, horizon);
  const text = draft.trim();
  const value = Number(text);
  // A day is a whole day of the run; a percentage may have decimals.
  const day = estimateUnit(lesson) === 'day';
  const rule = day
    ? `Enter a whole day from ${min} to ${max}.`
    : `Enter a number from ${min} to ${max}.`;
  if (text === '' || !Number.isFinite(value)) return { ok: false, problem: rule };
  if (value < min || value > max || (day && !Number.isInteger(value))) {
    return { ok: false, problem: rule };
  }
  return { ok: true, prediction: { kind: 'estimate', value } };
}

/** Whether the student may open `step` now. */
export function canOpen(state: LessonState, step: Step): boolean {
  if (indexOf(step) > indexOf(state.reached) + 1) return false;
  if (indexOf(step) >= indexOf('run') && !state.prediction) return false;
  if (indexOf(step) >= indexOf('reveal') && state.run.status !== 'done') return false;
  return true;
}

/** The state a lesson opens in: at its goal, or where saved progress left it. */
export function initialLessonState(saved?: {
  reached: Step;
  prediction: Prediction | null;
}): LessonState {
  const fresh: LessonState = {
    step: 'goal',
    reached: 'goal',
    draft: '',
    prediction: null,
    run: { status: 'idle' },
    resumeAt: null,
  };
  if (!saved) return fresh;
  const { prediction } = saved;
  // Without a committed prediction nothing past the prediction step can have been seen.
  const reached = prediction ? saved.reached : later('goal', minStep(saved.reached, 'predict'));
  const draft = prediction
    ? prediction.kind === 'choice'
      ? prediction.choice
      : String(prediction.value)
    : '';
  if (indexOf(reached) > indexOf('run')) {
    // The figures are not in the saved progress: they come from the session's cache, or the runs
    // are made again (same seeds, same numbers); then the lesson returns to where it was.
    return { ...fresh, step: 'run', reached, draft, prediction, resumeAt: reached };
  }
  return { ...fresh, step: reached, reached, draft, prediction };
}

function minStep(a: Step, b: Step): Step {
  return indexOf(a) <= indexOf(b) ? a : b;
}

/**
 * The lesson's steps as a reducer: goal → context → predict → run → reveal → discuss. The run
 * opens only once a prediction is committed, a committed prediction cannot change, and the
 * reveal and discussion open only once the runs have finished.
 */
export function lessonReducer(
  lesson: Lesson,
  horizon: number,
): (state: LessonState, action: LessonAction) => LessonState {
  const go = (state: LessonState, step: Step): LessonState =>
    canOpen(state, step) ? { ...state, step, reached: later(state.reached, step) } : state;
  return (state, action) => {
    switch (action.type) {
      case 'NEXT': {
        const next = STEPS[indexOf(state.step) + 1];
        return next ? go(state, next) : state;
      }
      case 'BACK': {
        const previous = STEPS[indexOf(state.step) - 1];
        return previous ? { ...state, step: previous } : state;
      }
      case 'GO':
        return go(state, action.step);
      case 'DRAFT':
        return state.prediction ? state : { ...state, draft: action.value };
      case 'COMMIT': {
        if (state.prediction || state.step !== 'predict') return state;
        const read = readDraft(lesson, state.draft, horizon);
        if (!read.ok) return state;
        return go({ ...state, prediction: read.prediction }, 'run');
      }
      case 'RUN_STARTED':
        if (!state.prediction || state.run.status === 'running') return state;
        return { ...state, run: { status: 'running', done: 0, total: action.total } };
      case 'RUN_PROGRESS':
        if (state.run.status !== 'running') return state;
        return { ...state, run: { status: 'running', done: action.done, total: action.total } };
      case 'RUN_DONE': {
        if (state.run.status !== 'running') return state;
        const done = { ...state, run: { status: 'done' as const, figures: action.figures } };
        const target = state.resumeAt ?? 'reveal';
        return {
          ...go(done, 'reveal'),
          step: target,
          reached: later(state.reached, target),
          resumeAt: null,
        };
      }
      case 'RUN_FAILED':
        if (state.run.status !== 'running') return state;
        return { ...state, run: { status: 'failed', message: action.message }, resumeAt: null };
      case 'RUN_CANCELLED':
        if (state.run.status !== 'running') return state;
        return { ...state, run: { status: 'cancelled' }, resumeAt: null };
      case 'RESTORE':
        // Saved progress is read after the first render; it never overrides what the student
        // has already done on this page.
        return state.reached === 'goal' && !state.prediction && state.run.status === 'idle'
          ? action.state
          : state;
    }
  };
}
