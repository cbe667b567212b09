import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  PROGRESS_KEY,
  type ProgressStorage,
  readProgress,
  saveProgress,
} from '../src/lib/lessonProgress';

function memoryStorage(
  initial: Record<string, string> = {},
): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
  };
}

const throwing: ProgressStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('lesson progress', () => {
  it('keeps each lesson’s furthest step and prediction beside the others', () => {
    const storage = memoryStorage();
    expect(
      saveProgress(storage, 'a', {
        reached: 'discuss',
        prediction: { kind: 'estimate', value: 4 },
        completed: true,
      }),
    ).toBe(true);
    saveProgress(storage, 'b', {
      reached: 'predict',
      prediction: null,
      completed: false,
    });
    expect(readProgress(storage)).toEqual({
      a: { reached: 'discuss', prediction: { kind: 'estimate', value: 4 }, completed: true },
      b: { reached: 'predict', prediction: null, completed: false },
    });
    expect(clearProgress(storage, 'a')).toBe(true);
    expect(Object.keys(readProgress(storage))).toEqual(['b']);
    clearProgress(storage);
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
  });

  it('reads missing, refused or corrupt storage as no progress, without throwing', () => {
    expect(readProgress(null)).toEqual({});
    expect(readProgress(memoryStorage())).toEqual({});
    expect(readProgress(throwing)).toEqual({});
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '{not json' }))).toEqual({});
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '[1,2]' }))).toEqual({});
    expect(readProgress(memoryStorage({ [PROGRESS_KEY]: '{"lessons":"x"}' }))).toEqual({});
    expect(saveProgress(null, 'a', { reached: 'goal', prediction: null, completed: false })).toBe(
      false,
    );
    expect(
      saveProgress(throwing, 'a', { reached: 'goal', prediction: null, completed: false }),
    ).toBe(false);
    expect(clearProgress(throwing)).toBe(false);
  });

  it('drops only the entries of the wrong shape', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({
        version: 1,
        lessons: {
          good: {
            reached: 'run',
            prediction: { kind: 'choice', choice: 'syria' },
            completed: false,
          },
          badStep: { reached: 'somewhere', prediction: null },
          badPrediction: { reached: 'run', prediction: { kind: 'estimate', value: 'ten' } },
          notObject: 7,
        },
      }),
    });
    expect(readProgress(storage)).toEqual({
      good: { reached: 'run', prediction: { kind: 'choice', choice: 'syria' }, completed: false },
    });
    // Saving over corrupt entries keeps the good ones and writes valid JSON.
    saveProgress(storage, 'other', { reached: 'context', prediction: null, completed: false });
    expect(Object.keys(readProgress(storage)).sort()).toEqual(['good', 'other']);
  });

  it('never reads a lesson as completed that would open before its discussion', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify({
        version: 1,
        lessons: {
          noPrediction: { reached: 'discuss', prediction: null, completed: true },
          notThere: {
            reached: 'reveal',
            prediction: { kind: 'choice', choice: 'x' },
            completed: true,
          },
          done: { reached: 'discuss', prediction: { kind: 'estimate', value: 4 }, completed: true },
        },
      }),
    });
    expect(readProgress(storage)).toEqual({
      noPrediction: { reached: 'predict', prediction: null, completed: false },
      notThere: {
        reached: 'reveal',
        prediction: { kind: 'choice', choice: 'x' },
        completed: false,
      },
      done: { reached: 'discuss', prediction: { kind: 'estimate', value: 4 }, completed: true },
    });
  });
});
