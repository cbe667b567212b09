import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runShard } from '../src/batch/runShard.js';
import { simulate } from '../src/run/simulate.js';
import { emptyProfile, mergeProfiles, rungQuantile } from '../src/run/traceProfile.js';
import { RUNGS, rungIndex } from '../src/schema/rungs.js';
import { fixtureScenario, fixturePack as pack } from './fixtures.js';

const RUNS = 24;
const SEED = 3;
const traces = Array.from({ length: RUNS }, (_, run) =>
  simulate(pack, fixtureScenario, { seed: SEED, run }),
);
const profileOf = (from: number, to: number) =>
  runShard(pack, fixtureScenario, { seed: SEED, from, to }).profile;

describe('the trace profile of a shard', () => {
  it('counts each actor at its rung on every day, as the runs traces show', () => {
    const profile = profileOf(0, RUNS);
    expect(profile.runs).toBe(RUNS);
    for (const actor of pack.actors) {
      const expected = traces[0]!.days.map((_, day) =>
        RUNGS.map(
          (_, r) =>
            traces.filter((trace) => rungIndex(trace.days[day]!.rungs[actor.id]!) === r).length,
        ),
      );
      expect(profile.rungDays[actor.id]).toEqual(expected);
    }
  });

  it('counts the field each trace explanation names first, and the runs it decided in', () => {
    const profile = profileOf(0, RUNS);
    const fields = traces.map((trace) =>
      trace.days.flatMap((day) => [
        ...day.decisions.map((d) => d.provenance[0]!.field),
        ...day.redLines.map((c) => c.provenance[0]!.field),
      ]),
    );
    const all = [...new Set(fields.flat())].sort();
    expect(all.length).toBeGreaterThan(1);
    expect(Object.keys(profile.rules)).toEqual(all);
    for (const field of all) {
      expect(profile.rules[field]).toEqual({
        fired: fields.flat().filter((f) => f === field).length,
        runs: fields.filter((list) => list.includes(field)).length,
      });
    }
  });

  it('merges to the same profile however the runs are split', () => {
    const whole = profileOf(0, RUNS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: RUNS }), (cut) => {
        const merged = mergeProfiles(profileOf(cut, RUNS), profileOf(0, cut));
        expect(merged).toEqual(mergeProfiles(whole, emptyProfile(pack)));
      }),
      { numRuns: 12 },
    );
  });
});

describe('rungQuantile', () => {
  it('gives the lowest rung at or below which the share of runs stood', () => {
    const histogram = [2, 0, 6, 2, 0, 0, 0];
    expect(rungQuantile(histogram, 0)).toBe(0);
    expect(rungQuantile(histogram, 0.05)).toBe(0);
    expect(rungQuantile(histogram, 0.2)).toBe(0);
    expect(rungQuantile(histogram, 0.25)).toBe(2);
    expect(rungQuantile(histogram, 0.5)).toBe(2);
    expect(rungQuantile(histogram, 0.8)).toBe(2);
    expect(rungQuantile(histogram, 0.95)).toBe(3);
    expect(rungQuantile(histogram, 1)).toBe(3);
    expect(rungQuantile([0, 0, 0], 0.5)).toBeNull();
  });
});
