import { ValidationError } from '../schema/ValidationError.js';

/** Throws a {@link ValidationError} unless `outputs` holds `expected` finite numbers. */
export function checkOutputs(what: string, outputs: ArrayLike<number>, expected: number): void {
  if (outputs.length !== expected) {
    throw new ValidationError(what, [
      {
        path: ['outputs'],
        message: `expected ${expected} outputs, one per design point; got ${outputs.length}`,
      },
    ]);
  }
  for (let r = 0; r < expected; r++) {
    if (!Number.isFinite(outputs[r])) {
      throw new ValidationError(what, [
        { path: ['outputs', r], message: `must be a finite number; got ${outputs[r]}` },
      ]);
    }
  }
}
