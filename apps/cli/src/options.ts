import { availableParallelism } from 'node:os';
import { MAX_SEED } from '@brink/core/maxSeed';
import { usageError } from './errors.js';

/**
 * Parses a whole number option value within bounds, or throws a usage error naming the option,
 * e.g. `--runs must be a whole number of at least 1, not "abc"`.
 */
export function parseWholeNumber(
  option: string,
  text: string,
  bounds: { min: number; max?: number },
): number {
  const trimmed = text.trim();
  const value = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  const range =
    bounds.max === undefined
      ? `of at least ${bounds.min}`
      : `from ${bounds.min} to ${bounds.max.toLocaleString('en-US')}`;
  if (!Number.isSafeInteger(value) || value < bounds.min || value > max) {
    throw usageError(`${option} must be a whole number ${range}, not "${text}"`);
  }
  return value;
}

/** Commander argument parsers for the options several commands share. */
export const parse = {
  runs: (text: string) => parseWholeNumber('--runs', text, { min: 1, max: 10_000_000 }),
  seed: (text: string) => parseWholeNumber('--seed', text, { min: 0, max: MAX_SEED }),
  workers: (text: string) => parseWholeNumber('--workers', text, { min: 1, max: 256 }),
  day: (text: string) => parseWholeNumber('--day', text, { min: 0 }),
  horizon: (text: string) => parseWholeNumber('--horizon', text, { min: 1 }),
  shardSize: (text: string) => parseWholeNumber('--shard-size', text, { min: 1, max: 1_000_000 }),
  concurrency: (text: string) => parseWholeNumber('--concurrency', text, { min: 1, max: 256 }),
  lockDuration: (text: string) =>
    parseWholeNumber('--lock-duration', text, { min: 1000, max: 3_600_000 }),
  stalledInterval: (text: string) =>
    parseWholeNumber('--stalled-interval', text, { min: 100, max: 3_600_000 }),
};

/** Commander's collector for repeatable options: `--param a --param b` → `['a', 'b']`. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The seed every command uses when `--seed` is not given. */
export const DEFAULT_SEED = 42;

/** The pack `--pack` means when not given: the one every built-in scenario runs on. */
export const DEFAULT_PACK = 'axis-2023';

/** The default `--workers`: one per core, up to 8. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}
