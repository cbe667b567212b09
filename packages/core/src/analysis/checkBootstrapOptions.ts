import { ValidationError } from '../ValidationError.js';

/** Throws a {@link ValidationError} naming the first bad bootstrap option. */
export function checkBootstrapOptions(
  what: string,
  options: { resamples: number; confidence: number; seed: number },
): void {
  const problem = (path: string, message: string) => {
    throw new ValidationError(what, [{ path: [path], message }]);
  };
  if (!Number.isSafeInteger(options.resamples) || options.resamples < 1) {
    problem('resamples', `must be a positive integer; got ${options.resamples}`);
  }
  if (!(options.confidence > 0 && options.confidence < 1)) {
    problem('confidence', `must lie strictly between 0 and 1; got ${options.confidence}`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    problem('seed', `must be a safe integer; got ${options.seed}`);
  }
}
