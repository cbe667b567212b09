import type { TraceProfile } from './traceProfile.js';
import { rungQuantile } from './traceProfile.js';

/** One day of a fan chart, as rung indices: the median and the 50% and 90% bands. */
export interface FanDay {
  /** Day of the run, from 0. */
  day: number;
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

/**
 * An actor's rung over the days of a profile: per day on which the profile counts runs, the
 * rung index (0 = the lowest rung) at the 5th, 25th, 50th, 75th and 95th percentile of the runs
 * (`rungQuantile`). Empty for an actor the profile does not know.
 *
 * @example
 * fanDays(profile, actorId)[30]; // { day: 30, p05: 1, p25: 1, p50: 2, p75: 3, p95: 4 }
 */
export function fanDays(profile: TraceProfile, actor: string): FanDay[] {
  const days = profile.rungDays[actor] ?? [];
  const out: FanDay[] = [];
  days.forEach((histogram, day) => {
    const at = (q: number) => rungQuantile(histogram, q);
    const p50 = at(0.5);
    if (p50 === null) return;
    out.push({ day, p05: at(0.05)!, p25: at(0.25)!, p50, p75: at(0.75)!, p95: at(0.95)! });
  });
  return out;
}
