import { describe, expect, it } from 'vitest';
import { type DecisionInput, type DriveTerms, moveCause, simulate } from '../src/index.js';
import { fixturePack, fixtureScenario } from './fixtures.js';

const zero: DriveTerms = {
  threat: 0,
  solidarity: 0,
  support: 0,
  deterrence: 0,
  risk: 0,
  restraint: 0,
  noise: 0,
};
const decision = (over: Partial<DecisionInput>): DecisionInput => ({
  day: 10,
  actor: 0,
  from: 3,
  to: 4,
  rule: 'rise',
  drive: 0,
  terms: zero,
  lift: null,
  injects: [],
  before: zero,
  since: 0,
  ...over,
});

describe('moveCause', () => {
  it('names the day’s uncertainty only when the drive without it would not have crossed', () => {
    const terms = { ...zero, threat: 0.68, noise: 0.04 };
    expect(moveCause(decision({ drive: 0.72, terms }), 0.7)).toBe('noise');
    const steady = { ...zero, threat: 0.71, noise: 0.04 };
    expect(moveCause(decision({ drive: 0.75, terms: steady }), 0.7)).toBe('threat');
  });

  it('names the term that moved most the way the actor moved since it took its rung', () => {
    const before = { ...zero, threat: 0.9, solidarity: 0.3 };
    const terms = { ...zero, threat: 0.2, solidarity: 0.25, deterrence: -0.1 };
    // threat fell by 0.7 (fading memory), deterrence by 0.1, solidarity by 0.05.
    expect(
      moveCause(decision({ rule: 'fall', from: 4, to: 3, drive: 0.35, terms, before }), 0.49),
    ).toBe('threat');
    const coerced = { ...before, deterrence: -0.8 };
    expect(
      moveCause(
        decision({ rule: 'fall', from: 4, to: 3, drive: 0.4, terms: coerced, before }),
        0.49,
      ),
    ).toBe('deterrence');
  });

  it('explains every fall on drive in a run by a named cause with both values compared', () => {
    let falls = 0;
    for (let seed = 0; seed < 30; seed++) {
      const trace = simulate(fixturePack, fixtureScenario, { seed, run: 0 });
      for (const day of trace.days)
        for (const d of day.decisions) {
          if (d.rule !== 'fall' || 'ceiling' in d.values) continue;
          falls++;
          const named = Object.keys(d.values).find((key) => key.endsWith('Before'));
          if (named) {
            expect(d.values.since).toBeLessThan(day.day);
            if (d.why.includes('fading memory'))
              expect(d.provenance[0]!.field).toMatch(/\.params\.decay$/);
          } else expect(d.why).toMatch(/uncertainty|dwell/);
        }
    }
    expect(falls).toBeGreaterThan(0);
  });
});
