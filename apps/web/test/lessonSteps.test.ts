import type { LessonFigures } from '@brink/core';
import { getLesson } from '@brink/data';
import { describe, expect, it } from 'vitest';
import {
  canOpen,
  initialLessonState,
  type LessonAction,
  type LessonState,
  lessonReducer,
  readDraft,
} from '../src/lib/lessonSteps';

const estimateLesson = getLesson('knife-edge')!;
const choiceLesson = getLesson('proxies-multi-front')!;
const dayLesson = getLesson('disputed-source')!;
const figures: LessonFigures = { values: {}, claims: [] };

function play(reduce: ReturnType<typeof lessonReducer>, ...actions: LessonAction[]): LessonState {
  return actions.reduce(reduce, initialLessonState());
}

describe('lessonReducer', () => {
  const reduce = lessonReducer(estimateLesson, 120);

  it('walks goal → context → predict, and stops there until a prediction is committed', () => {
    const state = play(reduce, { type: 'NEXT' }, { type: 'NEXT' }, { type: 'NEXT' });
    expect(state.step).toBe('predict');
    expect(canOpen(state, 'run')).toBe(false);
    expect(play(reduce, { type: 'GO', step: 'run' }).step).toBe('goal');
    expect(reduce(state, { type: 'RUN_STARTED', total: 10 }).run.status).toBe('idle');
  });

  it('commits only a valid draft, then opens the run and locks the prediction', () => {
    const atPredict = play(reduce, { type: 'NEXT' }, { type: 'NEXT' });
    const invalid = play(
      reduce,
      { type: 'NEXT' },
      { type: 'NEXT' },
      { type: 'DRAFT', value: '140' },
      { type: 'COMMIT' },
    );
    expect(invalid.prediction).toBeNull();
    expect(invalid.step).toBe('predict');
    const committed = [{ type: 'DRAFT', value: '5' }, { type: 'COMMIT' }].reduce(
      (s, a) => reduce(s, a as LessonAction),
      atPredict,
    );
    expect(committed.prediction).toEqual({ kind: 'estimate', value: 5 });
    expect(committed.step).toBe('run');
    const changed = [{ type: 'BACK' }, { type: 'DRAFT', value: '50' }, { type: 'COMMIT' }].reduce(
      (s, a) => reduce(s, a as LessonAction),
      committed,
    );
    expect(changed.prediction).toEqual({ kind: 'estimate', value: 5 });
    expect(changed.draft).toBe('5');
  });

  it('opens the reveal only when the runs are done, and the discussion after it', () => {
    const running = play(
      reduce,
      { type: 'NEXT' },
      { type: 'NEXT' },
      { type: 'DRAFT', value: '0' },
      { type: 'COMMIT' },
      { type: 'RUN_STARTED', total: 1500 },
      { type: 'RUN_PROGRESS', done: 700, total: 1500 },
    );
    expect(running.run).toEqual({ status: 'running', done: 700, total: 1500 });
    expect(reduce(running, { type: 'NEXT' }).step).toBe('run');
    const revealed = reduce(running, { type: 'RUN_DONE', figures });
    expect(revealed.step).toBe('reveal');
    const discussed = reduce(revealed, { type: 'NEXT' });
    expect(discussed.step).toBe('discuss');
    expect(discussed.reached).toBe('discuss');
    expect(reduce(discussed, { type: 'GO', step: 'context' }).step).toBe('context');
  });

  it('returns to the run step on cancel or failure, with the prediction kept', () => {
    const running = play(
      reduce,
      { type: 'NEXT' },
      { type: 'NEXT' },
      { type: 'DRAFT', value: '3' },
      { type: 'COMMIT' },
      { type: 'RUN_STARTED', total: 10 },
    );
    const cancelled = reduce(running, { type: 'RUN_CANCELLED' });
    expect(cancelled.run.status).toBe('cancelled');
    expect(cancelled.prediction).toEqual({ kind: 'estimate', value: 3 });
    expect(canOpen(cancelled, 'reveal')).toBe(false);
    const failed = reduce(running, { type: 'RUN_FAILED', message: 'no workers' });
    expect(failed.run).toEqual({ status: 'failed', message: 'no workers' });
    // A late result of a cancelled run does not reveal anything.
    expect(reduce(cancelled, { type: 'RUN_DONE', figures }).step).toBe('run');
  });

  it('restores saved progress past the run by running again, then returning to the same step', () => {
    const saved = initialLessonState({
      reached: 'discuss',
      prediction: { kind: 'estimate', value: 12 },
    });
    expect(saved).toMatchObject({
      step: 'run',
      reached: 'discuss',
      resumeAt: 'discuss',
      draft: '12',
    });
    const restored = reduce(initialLessonState(), { type: 'RESTORE', state: saved });
    const done = [
      { type: 'RUN_STARTED', total: 1500 },
      { type: 'RUN_DONE', figures },
    ].reduce((s, a) => reduce(s, a as LessonAction), restored);
    expect(done.step).toBe('discuss');
    expect(done.resumeAt).toBeNull();
  });

  it('never restores a step past the prediction without a committed prediction', () => {
    expect(initialLessonState({ reached: 'reveal', prediction: null })).toMatchObject({
      step: 'predict',
      reached: 'predict',
      prediction: null,
    });
  });

  it('does not let saved progress override what the student already did on the page', () => {
    const moved = play(reduce, { type: 'NEXT' });
    const saved = initialLessonState({ reached: 'predict', prediction: null });
    expect(reduce(moved, { type: 'RESTORE', state: saved })).toBe(moved);
  });
});

describe('readDraft', () => {
  it('reads a percentage from 0 to 100', () => {
    expect(readDraft(estimateLesson, '12.5', 120)).toEqual({
      ok: true,
      prediction: { kind: 'estimate', value: 12.5 },
    });
    expect(readDraft(estimateLesson, '', 120)).toEqual({
      ok: false,
      problem: 'Enter a number from 0 to 100.',
    });
    expect(readDraft(estimateLesson, 'abc', 120)).toEqual({
      ok: false,
      problem: 'Enter a number from 0 to 100.',
    });
    expect(readDraft(estimateLesson, '101', 120)).toEqual({
      ok: false,
      problem: 'Enter a number from 0 to 100.',
    });
  });

  it('reads a whole day within the scenario', () => {
    expect(readDraft(dayLesson, '64', 120).ok).toBe(true);
    for (const draft of ['120', '12.5', '-1', 'day 3']) {
      expect(readDraft(dayLesson, draft, 120)).toEqual({
        ok: false,
        problem: 'Enter a whole day from 0 to 119.',
      });
    }
  });

  it('reads only one of the lesson’s choices', () => {
    expect(readDraft(choiceLesson, 'syria', 120)).toEqual({
      ok: true,
      prediction: { kind: 'choice', choice: 'syria' },
    });
    expect(readDraft(choiceLesson, 'egypt', 120)).toEqual({
      ok: false,
      problem: 'Choose one answer.',
    });
  });
});
