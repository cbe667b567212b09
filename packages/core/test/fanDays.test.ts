import { describe, expect, it } from 'vitest';
import { fanDays } from '../src/run/fanDays.js';
import { rulesFiredMost } from '../src/run/rulesFiredMost.js';
import type { TraceProfile } from '../src/run/traceProfile.js';

// Ten runs of one actor over three days; per day, runs at rungs 0..6.
const profile: TraceProfile = {
  runs: 10,
  rungDays: {
    a: [
      [10, 0, 0, 0, 0, 0, 0],
      [2, 0, 6, 2, 0, 0, 0],
      [0, 1, 0, 0, 0, 0, 9],
    ],
    b: [],
  },
  rules: {
    'a.ceiling': { fired: 4, runs: 3 },
    'a.params.reactivity': { fired: 9, runs: 7 },
    'a.redLines[0]': { fired: 4, runs: 4 },
    'b.params.solidarity': { fired: 1, runs: 1 },
  },
};

describe('fanDays', () => {
  it('gives the 5th, 25th, 50th, 75th and 95th percentile rung of the runs on each day', () => {
    expect(fanDays(profile, 'a')).toEqual([
      { day: 0, p05: 0, p25: 0, p50: 0, p75: 0, p95: 0 },
      { day: 1, p05: 0, p25: 2, p50: 2, p75: 2, p95: 3 },
      { day: 2, p05: 1, p25: 6, p50: 6, p75: 6, p95: 6 },
    ]);
  });

  it('is empty for an actor with no counted days or not in the profile', () => {
    expect(fanDays(profile, 'b')).toEqual([]);
    expect(fanDays(profile, 'nobody')).toEqual([]);
  });
});

describe('rulesFiredMost', () => {
  it('ranks the deciding fields by moves decided, ties by field, cut to the limit', () => {
    expect(rulesFiredMost(profile, 3)).toEqual([
      { field: 'a.params.reactivity', fired: 9, runs: 7 },
      { field: 'a.ceiling', fired: 4, runs: 3 },
      { field: 'a.redLines[0]', fired: 4, runs: 4 },
    ]);
    expect(rulesFiredMost(profile, 10)).toHaveLength(4);
    expect(rulesFiredMost(profile, 0)).toEqual([]);
  });
});
