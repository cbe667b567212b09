import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/simulate.js';
import {
  addProfileTrace,
  emptyProfile,
  mergeProfiles,
  rungQuantile,
  type TraceProfile,
} from '../src/traceProfile.js';
import { fixtureScenario, makeTrace, fixturePack as pack } from './fixtures.js';

const traces = Array.from({ length: 12 }, (_, run) =>
  simulate(pack, fixtureScenario, { seed: 3, run }),
);
const profileOf = (runs: typeof traces): TraceProfile =>
  runs.reduce((profile, trace) => addProfileTrace(profile, trace), emptyProfile(pack));

describe('traceProfile', () => {
  it('counts each actor at its rung on every day, one run per day', () => {
    const profile = profileOf(
      [0, 1].map(() =>
        makeTrace([{ rungs: { proxy: 'indirect' } }, { rungs: { proxy: 'limited' } }]),
      ),
    );
    expect(profile.runs).toBe(2);
    expect(profile.rungDays.proxy).toEqual([
      [0, 0, 0, 2, 0, 0, 0],
      [0, 0, 0, 0, 2, 0, 0],
    ]);
    expect(profile.rungDays.sponsor?.[1]).toEqual([2, 0, 0, 0, 0, 0, 0]);
  });

  it('counts the deciding field of every decision, and the runs it decided in', () => {
    const profile = profileOf(traces);
    const decisions = traces.flatMap((trace) => trace.days.flatMap((day) => day.decisions));
    expect(decisions.length).toBeGreaterThan(0);
    const field = decisions[0]!.provenance[0]!.field;
    const fired =
      decisions.filter((d) => d.provenance[0]?.field === field).length +
      traces
        .flatMap((trace) => trace.days.flatMap((day) => day.redLines))
        .filter((c) => c.provenance[0]?.field === field).length;
    expect(profile.rules[field]?.fired).toBe(fired);
    const runs = traces.filter((trace) =>
      trace.days.some(
        (day) =>
          day.decisions.some((d) => d.provenance[0]?.field === field) ||
          day.redLines.some((c) => c.provenance[0]?.field === field),
      ),
    ).length;
    expect(profile.rules[field]?.runs).toBe(runs);
  });

  it('merges to the same profile however the runs are split', () => {
    const whole = profileOf(traces);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: traces.length }), (cut) => {
        const merged = mergeProfiles(profileOf(traces.slice(cut)), profileOf(traces.slice(0, cut)));
        expect(merged).toEqual(mergeProfiles(whole, emptyProfile(pack)));
      }),
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
