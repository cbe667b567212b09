import { describe, expect, it } from 'vitest';
import {
  ENGINE_VERSION,
  parseScenario,
  RUNGS,
  simulate,
  summarize,
  ValidationError,
} from '../src/index.js';
import { fixturePack, fixtureScenario, fixtureScenarioInput } from './fixtures.js';

const pack = fixturePack;
const traces = Array.from({ length: 12 }, (_, run) =>
  simulate(pack, fixtureScenario, { seed: 42, run }),
);
const summary = summarize(traces, pack);

describe('summarize', () => {
  it('has the shape of the batch summary JSON', () => {
    // Key order is JSON cosmetics; the set of keys is the contract.
    expect(Object.keys(summary).sort()).toEqual(
      [
        'scenario',
        'scenarioHash',
        'pack',
        'packVersion',
        'sourceHash',
        'engineVersion',
        'seed',
        'sampling',
        'runs',
        'horizon',
        'actors',
        'outcomes',
      ].sort(),
    );
    expect(summary).toMatchObject({
      scenario: 'fixture-escalation',
      scenarioHash: traces[0]!.scenarioHash,
      pack: 'fixture',
      packVersion: '1.2.3',
      sourceHash: pack.sources[0]!.sha256,
      engineVersion: ENGINE_VERSION,
      seed: 42,
      runs: 12,
      horizon: 40,
    });
    expect(Object.keys(summary.actors)).toEqual(['sponsor', 'proxy', 'adversary']);
    for (const actor of Object.values(summary.actors)) {
      expect(Object.keys(actor)).toEqual(['reach', 'firstDay']);
      expect(Object.keys(actor.reach)).toEqual([...RUNGS]);
      expect(Object.keys(actor.firstDay)).toEqual([...RUNGS]);
    }
    expect(Object.keys(summary.outcomes)).toEqual(['proxy-open', 'exchange', 'contained']);
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('gives reach shares in [0, 1] that never grow up the ladder, starting from 1 at dormant', () => {
    for (const actor of Object.values(summary.actors)) {
      expect(actor.reach.dormant).toBe(1);
      const shares = RUNGS.map((rung) => actor.reach[rung]);
      for (let r = 1; r < shares.length; r++) {
        expect(shares[r]).toBeGreaterThanOrEqual(0);
        expect(shares[r]).toBeLessThanOrEqual(shares[r - 1]!);
      }
    }
    // The fixture's proxy always opens fire, and red lines lift it, so the ladder is not flat.
    expect(summary.actors.proxy!.reach.indirect).toBe(1);
    expect(summary.actors.proxy!.reach.war).toBe(0);
  });

  it('gives a first day exactly where a rung was reached, within the horizon', () => {
    for (const actor of Object.values(summary.actors)) {
      for (const rung of RUNGS) {
        const firstDay = actor.firstDay[rung];
        if (actor.reach[rung] === 0) expect(firstDay).toBeNull();
        else {
          expect(firstDay).not.toBeNull();
          expect(firstDay).toBeGreaterThanOrEqual(0);
          expect(firstDay).toBeLessThan(summary.horizon);
        }
      }
    }
    expect(summary.actors.sponsor!.firstDay.material).toBe(0);
  });

  it('gives outcome shares as multiples of 1/runs, with an outcome and its negation adding to 1', () => {
    for (const share of Object.values(summary.outcomes)) {
      expect(Number.isInteger(Math.round(share * summary.runs * 1e9) / 1e9)).toBe(true);
    }
    expect(summary.outcomes['proxy-open']! + summary.outcomes.contained!).toBeCloseTo(1, 12);
  });

  it('gives the same summary whatever the order of the runs', () => {
    expect(summarize([...traces].reverse(), pack)).toEqual(summary);
  });

  it('refuses no runs, and runs of different seeds or scenarios, with a ValidationError', () => {
    expect(() => summarize([], pack)).toThrow(ValidationError);
    const otherSeed = simulate(pack, fixtureScenario, { seed: 43, run: 0 });
    expect(() => summarize([...traces, otherSeed], pack)).toThrow(ValidationError);
    const otherScenario = parseScenario({ ...fixtureScenarioInput(), id: 'another' }, { pack });
    const other = simulate(pack, otherScenario, { seed: 42, run: 0 });
    expect(() => summarize([traces[0]!, other], pack)).toThrow(/share its scenario/);
  });
});
