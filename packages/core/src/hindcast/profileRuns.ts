import { simulate } from '../simulate.js';
import { addProfileTrace, emptyProfile, type TraceProfile } from '../traceProfile.js';
import type { Pack, Scenario } from '../types.js';

/** A range of a seeded batch's runs, to simulate in full for their trace profile. */
export interface ProfileRunsOptions {
  seed: number;
  /** First run (inclusive) and end (exclusive). */
  from: number;
  to: number;
  /** Called after each run, with the runs done so far in this range. */
  onRun?: (done: number) => void;
}

/**
 * The trace profile (per-day rungs of every actor, mergeable with `mergeProfiles`) of runs
 * `from` ≤ run < `to` of the batch seeded with `seed`: each run is `simulate`d on the stream of
 * (seed, run), so any split of a batch into ranges merges to the same profile.
 */
export function profileRuns(
  pack: Pack,
  scenario: Scenario,
  options: ProfileRunsOptions,
): TraceProfile {
  const profile = emptyProfile(pack);
  for (let run = options.from; run < options.to; run++) {
    addProfileTrace(profile, simulate(pack, scenario, { seed: options.seed, run }));
    options.onRun?.(run - options.from + 1);
  }
  return profile;
}
