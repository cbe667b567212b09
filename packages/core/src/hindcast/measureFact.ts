import type { TraceProfile } from '../run/traceProfile.js';
import { rungIndex } from '../schema/rungs.js';
import type { StylisedFact } from './recordSchema.js';

/** A stylised fact measured on the model's runs. */
export interface FactResult {
  fact: StylisedFact;
  /** The measured share of runs (0..1); null when the profile has no runs on the window's days. */
  measured: number | null;
  /** The day the measured share was taken on (the best or worst day of the window). */
  day: number | null;
  passed: boolean;
}

/**
 * Measures one stylised fact on a trace profile: on each day of the fact's window, the share of
 * runs in which each named actor stood at or above `atLeast` (or at or below `atMost`), the lowest
 * among the actors; then the best day of the window (`over: any`) or the worst (`over: all`). The
 * fact passes when that share reaches the fact's `share`.
 */
export function measureFact(profile: TraceProfile, fact: StylisedFact): FactResult {
  const { actors, atLeast, atMost, from, to, over } = fact.measure;
  const holds =
    atLeast !== undefined
      ? (r: number) => r >= rungIndex(atLeast)
      : (r: number) => r <= rungIndex(atMost!);
  let measured: number | null = null;
  let measuredDay: number | null = null;
  for (let day = from; day <= to; day++) {
    let share: number | null = null;
    for (const actor of actors) {
      const histogram = profile.rungDays[actor]?.[day];
      const total = histogram?.reduce((sum, n) => sum + n, 0) ?? 0;
      if (!histogram || total === 0) {
        share = null;
        break;
      }
      const held = histogram.reduce((sum, n, r) => sum + (holds(r) ? n : 0), 0) / total;
      share = share === null ? held : Math.min(share, held);
    }
    if (share === null) continue;
    const better = over === 'any' ? share > (measured ?? -1) : share < (measured ?? 2);
    if (better) {
      measured = share;
      measuredDay = day;
    }
  }
  return { fact, measured, day: measuredDay, passed: measured !== null && measured >= fact.share };
}
