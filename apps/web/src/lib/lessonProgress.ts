import { type Prediction, STEPS, type Step } from './lessonSteps';

/** Where the browser keeps lesson progress; the version is in the key. */
export const PROGRESS_KEY = 'brink.lessons.v1';

/** One lesson's saved progress: the furthest step opened and the committed prediction. */
export interface LessonProgress {
  reached: Step;
  prediction: Prediction | null;
  /** The student reached the discussion. */
  completed: boolean;
}

/** The part of the Web Storage API progress needs; tests pass a map-backed one. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The browser's localStorage, or null where there is none or it refuses access (storage
 * disabled, some private modes, a sandboxed frame): progress then simply is not kept.
 */
export function browserStorage(): ProgressStorage | null {
  try {
    if (typeof window === 'undefined') return null;
    const storage = window.localStorage;
    const probe = `${PROGRESS_KEY}.probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Every lesson's saved progress, by lesson id. Missing, unreadable or corrupt storage gives no
 * progress rather than an error, and an entry of the wrong shape is dropped on its own.
 */
export function readProgress(storage: ProgressStorage | null): Record<string, LessonProgress> {
  if (!storage) return {};
  let raw: unknown;
  try {
    const text = storage.getItem(PROGRESS_KEY);
    if (text === null) return {};
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(raw) || !isRecord(raw.lessons)) return {};
  const progress: Record<string, LessonProgress> = {};
  for (const [id, entry] of Object.entries(raw.lessons)) {
    const read = readEntry(entry);
    if (read) progress[id] = read;
  }
  return progress;
}

/** Saves one lesson's progress beside the others'; false when the storage refuses it. */
export function saveProgress(
  storage: ProgressStorage | null,
  id: string,
  entry: LessonProgress,
): boolean {
  if (!storage) return false;
  try {
    const lessons = { ...readProgress(storage), [id]: entry };
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessons }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets one lesson's progress (to start it again), or every lesson's. */
export function clearProgress(storage: ProgressStorage | null, id?: string): boolean {
  if (!storage) return false;
  try {
    if (id === undefined) {
      storage.removeItem(PROGRESS_KEY);
      return true;
    }
    const { [id]: _, ...lessons } = readProgress(storage);
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessons }));
    return true;
  } catch {
    return false;
  }
}

function readEntry(entry: unknown): LessonProgress | null {
  if (!isRecord(entry)) return null;
  const { reached, prediction, completed } = entry;
  if (typeof reached !== 'string' || !(STEPS as readonly string[]).includes(reached)) return null;
  const read = readPrediction(prediction);
  if (read === undefined) return null;
  // Nothing past the prediction can have been seen without one, and a lesson is completed only
  // when its discussion was reached: a record that says otherwise (edited by hand, or by an older
  // page) is read as what it can stand for, so the list never shows "Completed" for a lesson
  // that opens at Predict.
  const step = read === null ? minStep(reached as Step, 'predict') : (reached as Step);
  return { reached: step, prediction: read, completed: completed === true && step === 'discuss' };
}

function readPrediction(value: unknown): Prediction | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return undefined;
  if (
    value.kind === 'estimate' &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value)
  ) {
    return { kind: 'estimate', value: value.value };
  }
  if (value.kind === 'choice' && typeof value.choice === 'string') {
    return { kind: 'choice', choice: value.choice };
  }
  return undefined;
}

function minStep(a: Step, b: Step): Step {
  return STEPS.indexOf(a) <= STEPS.indexOf(b) ? a : b;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
