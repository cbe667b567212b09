import {
  type Aggregate,
  addRecord,
  emptyAggregate,
  fanDays,
  runShard,
  simulate,
  toRunRecord,
} from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import {
  compareOutcomes,
  firstDayBins,
  outcomeRows,
  percent,
  reachCells,
  significantDifferences,
  topRules,
} from '../src/lib/batchData';
import { packRules } from '../src/lib/rules';

const scenario = getScenario('strike-on-iran');
const traces = Array.from({ length: 30 }, (_, run) =>
  simulate(axisPack, scenario, { seed: 11, run }),
);
const aggregate = traces.reduce(
  (sum, trace) => addRecord(sum, toRunRecord(trace, axisPack)),
  emptyAggregate(axisPack),
);
const { profile } = runShard(axisPack, scenario, { seed: 11, from: 0, to: 30 });

/** An aggregate of `runs` runs in which `outcome` held `count` times and nothing was reached. */
function counts(runs: number, outcome: string, count: number): Aggregate {
  const empty = emptyAggregate(axisPack);
  return { ...empty, runs, outcomes: { ...empty.outcomes, [outcome]: count } };
}

describe('outcomeRows', () => {
  it('gives every pack outcome its count, share and a 95% interval around it', () => {
    const rows = outcomeRows(aggregate, axisPack);
    expect(rows.map((row) => row.id)).toEqual(axisPack.outcomes.map((outcome) => outcome.id));
    for (const row of rows) {
      expect(row.share).toBe(row.count / 30);
      expect(row.low).toBeLessThanOrEqual(row.share);
      expect(row.high).toBeGreaterThanOrEqual(row.share);
    }
  });
});

describe('reachCells', () => {
  it('gives each actor a falling staircase of reach shares, all actors at dormant or higher', () => {
    const cells = reachCells(aggregate, axisPack);
    expect(cells).toHaveLength(axisPack.actors.length);
    for (const row of cells) {
      expect(row[0]!.share).toBe(1);
      for (let r = 1; r < row.length; r++)
        expect(row[r]!.share).toBeLessThanOrEqual(row[r - 1]!.share);
    }
  });
});

describe('fanDays', () => {
  it('orders its quantiles on every day and matches the runs’ rungs', () => {
    const actor = axisPack.actors[0]!.id;
    const days = fanDays(profile, actor);
    expect(days).toHaveLength(scenario.horizon);
    for (const day of days) {
      expect(day.p05).toBeLessThanOrEqual(day.p25);
      expect(day.p25).toBeLessThanOrEqual(day.p50);
      expect(day.p50).toBeLessThanOrEqual(day.p75);
      expect(day.p75).toBeLessThanOrEqual(day.p95);
    }
    // With every run at the same rung on day 0, all quantiles are that rung.
    const first = traces[0]!.days[0]!.rungs[actor];
    if (traces.every((trace) => trace.days[0]!.rungs[actor] === first)) {
      expect(new Set(Object.values(days[0]!).slice(1)).size).toBe(1);
    }
  });
});

describe('firstDayBins', () => {
  it('bins the first days of the runs that reached a rung, and only those', () => {
    const actor = axisPack.actors[0]!.id;
    const bins = firstDayBins(aggregate, actor, 'political', scenario.horizon, 7);
    expect(bins[0]).toMatchObject({ from: 0, to: 7 });
    expect(bins.at(-1)!.to).toBe(scenario.horizon);
    const reached = aggregate.reached[actor]![1]!;
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(reached);
  });
});

describe('topRules', () => {
  it('ranks the deciding fields by moves decided, each with the pack rule it rests on', () => {
    const rules = topRules(profile, packRules(axisPack), 5);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < rules.length; i++)
      expect(rules[i]!.fired).toBeLessThanOrEqual(rules[i - 1]!.fired);
    for (const rule of rules.filter((r) => r.rule)) {
      expect(rule.field.startsWith(rule.rule!.field)).toBe(true);
      expect(rule.provenance).toBe(rule.rule!.provenance);
    }
  });

  it('finds the rule of a field nested under it (a red line’s index)', () => {
    const redLine = packRules(axisPack).find((rule) => /\.redLines\[\d+\]$/.test(rule.field))!;
    const [fired] = topRules(
      { runs: 1, rungDays: {}, rules: { [`${redLine.field}.when`]: { fired: 2, runs: 1 } } },
      packRules(axisPack),
      1,
    );
    expect(fired?.rule?.field).toBe(redLine.field);
  });
});

describe('compareOutcomes and significantDifferences', () => {
  it('marks a large difference and leaves a small one unmarked', () => {
    const outcome = axisPack.outcomes[0]!.id;
    const far = compareOutcomes(counts(200, outcome, 20), counts(200, outcome, 120), axisPack);
    expect(far[0]!.difference.significant).toBe(true);
    expect(far[0]!.difference.difference).toBeCloseTo(0.5);
    const near = significantDifferences(
      counts(200, outcome, 100),
      counts(200, outcome, 104),
      axisPack,
    );
    expect(near.outcomes.has(outcome)).toBe(false);
    expect(near.reach.size).toBe(0);
  });
});

describe('percent', () => {
  it('prints one decimal', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(percent(1)).toBe('100.0%');
  });
});
