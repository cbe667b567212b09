import { describe, expect, it } from 'vitest';
import { runShard } from '../src/batch/runShard.js';
import { simulate } from '../src/run/simulate.js';
import { emptyProfile, mergeProfiles } from '../src/run/traceProfile.js';
import { RUNGS, rungIndex } from '../src/schema/rungs.js';
import { fixtureScenario, fixturePack as pack } from './fixtures.js';

const RUNS = 16;
const SEED = 5;
const traces = Array.from({ length: RUNS }, (_, run) =>
  simulate(pack, fixtureScenario, { seed: SEED, run }),
);
const horizon = traces[0]!.days.length;
// Three windows: the first days, an overlapping middle, and one running past the horizon.
const windows = [
  { fromDay: 0, toDay: 4 },
  { fromDay: 3, toDay: Math.floor(horizon / 2) },
  { fromDay: horizon - 3, toDay: horizon + 10 },
];

describe("the profile's window peaks", () => {
  it("counts each run's highest rung per actor within each window, as the traces show", () => {
    const { profile } = runShard(pack, fixtureScenario, { seed: SEED, from: 0, to: RUNS, windows });
    expect(profile.peaks!.windows).toEqual(windows);
    for (const actor of pack.actors) {
      const expected = windows.map(({ fromDay, toDay }) =>
        RUNGS.map(
          (_, r) =>
            traces.filter((trace) => {
              const days = trace.days.slice(fromDay, toDay + 1);
              return Math.max(...days.map((day) => rungIndex(day.rungs[actor.id]!))) === r;
            }).length,
        ),
      );
      expect(profile.peaks!.counts[actor.id]).toEqual(expected);
    }
  });

  it('counts a run in a window only if the run reaches it', () => {
    const late = [{ fromDay: horizon, toDay: horizon + 5 }];
    const { profile } = runShard(pack, fixtureScenario, {
      seed: SEED,
      from: 0,
      to: 2,
      windows: late,
    });
    for (const actor of pack.actors) {
      expect(profile.peaks!.counts[actor.id]).toEqual([RUNGS.map(() => 0)]);
    }
  });

  it('is absent without windows, merges over any split, and refuses to merge other windows', () => {
    const shard = (from: number, to: number, w = windows) =>
      runShard(pack, fixtureScenario, { seed: SEED, from, to, windows: w }).profile;
    expect(runShard(pack, fixtureScenario, { seed: SEED, from: 0, to: 2 }).profile.peaks).toBe(
      undefined,
    );
    const whole = shard(0, RUNS);
    expect(mergeProfiles(shard(0, 7), shard(7, RUNS))).toEqual(whole);
    expect(mergeProfiles(emptyProfile(pack), whole)).toEqual(whole);
    expect(() => mergeProfiles(shard(0, 2), shard(2, 4, windows.slice(1)))).toThrow(
      /different windows/,
    );
  });
});
