import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** A seeded stream of random numbers; no global randomness and no clock. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** One item of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** A float in [min, max). */
  between(min: number, max: number): number;
}

/**
 * A random stream for run `stream` of a batch seeded with `seed`. Streams for different
 * `(seed, stream)` pairs are independent, so run i gives the same numbers in any worker and in
 * any order of runs. `domain` (a safe integer; 0, the runs' own, by default) separates streams
 * used for different purposes: the parameter values a sampled run draws come from domain 1, so
 * they are independent of the run's own random numbers. Domain 0 gives exactly the streams it
 * always gave.
 *
 * @example
 * const rng = createRng(42, 7); // run 7 of the batch with seed 42
 */
export function createRng(seed: number, stream = 0, domain = 0): Rng {
  const generator = xoroshiro128plusFromState(seedState(seed, stream, domain));
  return wrap(generator);
}

function wrap(generator: JumpableRandomGenerator): Rng {
  const next = () => uniformFloat64(generator);
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    between: (min, max) => min + next() * (max - min),
  };
}

/** Four 32-bit words of generator state, mixed from (seed, stream) with splitmix32. */
function seedState(seed: number, stream: number, domain: number): number[] {
  // Seeds and streams may be any safe integer: fold each into two 32-bit halves first.
  let state = mix(hi(seed) ^ 0x9e3779b9) ^ lo(seed);
  state = mix(state) ^ mix(hi(stream) ^ 0x85ebca6b) ^ lo(stream);
  if (domain !== 0) state = mix(state) ^ mix(hi(domain) ^ 0x27d4eb2f) ^ lo(domain);
  const words: number[] = [];
  for (let i = 0; i < 4; i++) {
    state = (state + 0x9e3779b9) | 0;
    words.push(mix(state));
  }
  if (!words.some((word) => word !== 0)) words[0] = 1; // xoroshiro's one forbidden state
  return words;
}

function mix(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

function lo(value: number): number {
  return value | 0;
}

function hi(value: number): number {
  return Math.floor(value / 0x1_0000_0000) | 0;
}
