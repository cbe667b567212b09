import type { RunObserver } from './RunObserver.js';

type Hook = keyof RunObserver;
const HOOKS: readonly Hook[] = [
  'startRun',
  'redLine',
  'decision',
  'rungs',
  'attack',
  'support',
  'restrain',
  'ceasefire',
  'statement',
  'endDay',
  'endRun',
];

/**
 * One observer that tells each of `observers` everything, in the order given. A hook none of
 * them has is left out, so the kernel skips it as it would for a single observer.
 *
 * @example
 * kernel.run(seed, run, combineObservers(records, outcomes, profile));
 */
export function combineObservers(...observers: readonly RunObserver[]): RunObserver {
  const combined: RunObserver = {};
  for (const hook of HOOKS) {
    const listeners = observers.filter((observer) => observer[hook] !== undefined);
    if (listeners.length === 0) continue;
    const calls = listeners.map((observer) =>
      (observer[hook] as (...args: unknown[]) => void).bind(observer),
    );
    (combined as Record<Hook, (...args: unknown[]) => void>)[hook] =
      calls.length === 1
        ? calls[0]!
        : (...args: unknown[]) => {
            for (const call of calls) call(...args);
          };
  }
  return combined;
}
