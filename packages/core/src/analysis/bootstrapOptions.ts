import { ValidationError } from '../schema/ValidationError.js';

/** Options of a bootstrap over an analysis's samples. */
export interface BootstrapOptions {
  /** Seed of the bootstrap resampling. */
  seed: number;
  /** Bootstrap resamples, a positive integer; 1000 when omitted. */
  resamples?: number;
  /** Coverage of the percentile intervals, in (0, 1); 0.95 when omitted. */
  confidence?: number;
}

/** `options` with their defaults filled in; throws a {@link ValidationError} naming a bad one. */
export function bootstrapOptions(
  what: string,
  options: BootstrapOptions,
): Required<BootstrapOptions> {
  const { seed, resamples = 1000, confidence = 0.95 } = options;
  const problem = (path: string, message: string) => {
    throw new ValidationError(what, [{ path: [path], message }]);
  };
  if (!Number.isSafeInteger(resamples) || resamples < 1) {
    problem('resamples', `must be a positive integer; got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    problem('confidence', `must lie strictly between 0 and 1; got ${confidence}`);
  }
  if (!Number.isSafeInteger(seed)) problem('seed', `must be a safe integer; got ${seed}`);
  return { seed, resamples, confidence };
}
