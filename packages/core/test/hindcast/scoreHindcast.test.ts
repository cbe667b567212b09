import { describe, expect, it } from 'vitest';
import {
  emptyProfile,
  parseRecord,
  recordedRungs,
  recordMonths,
  runShard,
  scoreHindcast,
  type TraceProfile,
} from '../../src/index.js';
import { fixturePack } from '../fixtures.js';
import { fixtureHindcast, RECORD_YAML } from './recordFixture.js';

const pack = fixturePack;
const record = parseRecord(RECORD_YAML, { pack, scenario: fixtureHindcast });

/**
 * A hand-made profile of four runs over days 0..31 (January: days 0-1, February: 2-30, March:
 * 31), with each run's peak per month. Histograms are over rung indices 0 (dormant) to 6 (war).
 */
function handProfile(): TraceProfile {
  const days = (jan: number[], feb: number[], mar: number[]) =>
    Array.from({ length: 32 }, (_, day) => [...(day <= 1 ? jan : day <= 30 ? feb : mar)]);
  const lines = {
    // Peaks: January 2 runs indirect, 2 limited; February one each of material..direct; March political.
    proxy: [
      [0, 0, 0, 2, 2, 0, 0],
      [0, 0, 1, 1, 1, 1, 0],
      [0, 4, 0, 0, 0, 0, 0],
    ],
    sponsor: [
      [0, 0, 4, 0, 0, 0, 0],
      [0, 0, 4, 0, 0, 0, 0],
      [0, 0, 4, 0, 0, 0, 0],
    ],
    adversary: [
      [0, 0, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0, 4],
      [0, 0, 0, 0, 0, 0, 4],
    ],
  };
  return {
    runs: 4,
    rules: {},
    // Each run stands at its peak all month, so the per-day rungs agree with the peaks.
    rungDays: Object.fromEntries(
      Object.entries(lines).map(([id, [jan, feb, mar]]) => [id, days(jan!, feb!, mar!)]),
    ),
    peaks: {
      windows: recordMonths(record.epoch, record.end).map(({ fromDay, toDay }) => ({
        fromDay,
        toDay,
      })),
      counts: lines,
    },
  };
}

describe('recordMonths', () => {
  it('cuts the record into calendar months of record days, the first and last cut short', () => {
    expect(recordMonths('2024-01-30', '2024-03-01')).toEqual([
      { month: '2024-01', fromDay: 0, toDay: 1 },
      { month: '2024-02', fromDay: 2, toDay: 30 },
      { month: '2024-03', fromDay: 31, toDay: 31 },
    ]);
  });
});

describe('recordedRungs', () => {
  it('takes the highest rung of a month’s events and carries the last event’s rung into empty months', () => {
    const lines = recordedRungs(record, recordMonths(record.epoch, record.end));
    // proxy: January indirect (p1); February indirect carried in, material (p2) → indirect;
    // March carries p2's material.
    expect(lines.proxy!.map((m) => m.rung)).toEqual(['indirect', 'indirect', 'material']);
    expect(lines.proxy!.map((m) => m.events)).toEqual([['p1'], ['p2'], []]);
    // sponsor: nothing before its first event.
    expect(lines.sponsor!.map((m) => m.rung)).toEqual([null, 'limited', 'limited']);
    expect(lines.adversary).toBeUndefined();
  });
});

describe('scoreHindcast', () => {
  const score = scoreHindcast(pack, record, handProfile());
  const actor = (id: string) => score.actors.find((a) => a.actor === id)!;

  it('scores each run’s monthly peak against the coded rung, with figures computed by hand', () => {
    const proxy = actor('proxy');
    // January: 4 runs, 2 peaking at indirect (0 off) and 2 at limited (1 off): all within one; MAE 2/4.
    expect(proxy.months[0]).toMatchObject({
      recorded: 'indirect',
      withinOne: 1,
      meanAbsError: 0.5,
    });
    // February: one run each peaking at material, indirect, limited, direct;
    // within one of indirect: 3/4 = 0.75; distances 1+0+1+2: 4/4 = 1.
    expect(proxy.months[1]).toMatchObject({
      recorded: 'indirect',
      withinOne: 0.75,
      meanAbsError: 1,
    });
    expect(proxy.months[1]!.model).toMatchObject({
      runs: 4,
      p5: 'material',
      p25: 'material',
      median: 'indirect',
      p75: 'limited',
      p95: 'direct',
    });
    // March: 4 runs peaking at political against material: within one, 1 rung off.
    expect(proxy.months[2]).toMatchObject({ recorded: 'material', withinOne: 1, meanAbsError: 1 });
    expect(proxy.scoredMonths).toBe(3);
    expect(proxy.withinOne).toBeCloseTo((1 + 0.75 + 1) / 3, 12);
    expect(proxy.meanAbsError).toBeCloseTo((0.5 + 1 + 1) / 3, 12);
  });

  it('leaves months before an actor’s first event, and actors the record never names, unscored', () => {
    const sponsor = actor('sponsor');
    expect(sponsor.months[0]).toMatchObject({
      recorded: null,
      withinOne: null,
      meanAbsError: null,
    });
    // February and March: material against limited, two rungs off in every run.
    expect(sponsor).toMatchObject({ scoredMonths: 2, withinOne: 0, meanAbsError: 2 });
    expect(actor('adversary')).toMatchObject({
      scoredMonths: 0,
      withinOne: null,
      meanAbsError: null,
    });
    expect(score.overall.scoredCells).toBe(5);
    expect(score.overall.withinOne).toBeCloseTo((1 + 0.75 + 1 + 0 + 0) / 5, 12);
    expect(score.overall.meanAbsError).toBeCloseTo((0.5 + 1 + 1 + 2 + 2) / 5, 12);
  });

  it('measures each stylised fact on the best or worst day of its window', () => {
    const facts = Object.fromEntries(score.facts.map((f) => [f.fact.id, f]));
    // Every run at indirect or higher on days 0 and 1.
    expect(facts['proxy-fires']).toMatchObject({ measured: 1, day: 0, passed: true });
    // At best 2 of 4 runs at limited or higher (February), short of 0.6.
    expect(facts['proxy-strikes-openly']).toMatchObject({ measured: 0.5, day: 2, passed: false });
    // proxy at material or lower in 1 of 4 runs, sponsor in 4 of 4: the lower, 0.25.
    expect(facts['both-hold']).toMatchObject({ measured: 0.25, day: 2, passed: false });
    expect(facts['sponsor-holds']).toMatchObject({ measured: 1, passed: true });
    expect(score.factsPassed).toBe(2);
  });

  it('scores nothing and passes no fact on a profile of no runs', () => {
    const empty = scoreHindcast(pack, record, emptyProfile(pack));
    expect(empty.overall).toEqual({ scoredCells: 0, withinOne: null, meanAbsError: null });
    expect(empty.facts.every((f) => f.measured === null && !f.passed)).toBe(true);
  });

  it('says it compares like with like, and refuses a profile without monthly peaks', () => {
    expect(score.definition).toMatch(/each run's peak/);
    const { peaks: _, ...withoutPeaks } = handProfile();
    expect(() => scoreHindcast(pack, record, withoutPeaks)).toThrow(
      /no peaks over the months of record/,
    );
  });

  it('scores simulated runs the same however the batch is split into ranges', async () => {
    const { mergeProfiles } = await import('../../src/index.js');
    const windows = recordMonths(record.epoch, record.end);
    const profileOf = (from: number, to: number) =>
      runShard(pack, fixtureHindcast, { seed: 3, from, to, windows }).profile;
    const whole = profileOf(0, 6);
    const split = mergeProfiles(profileOf(0, 2), profileOf(2, 6));
    expect(scoreHindcast(pack, record, split)).toEqual(scoreHindcast(pack, record, whole));
  });
});
