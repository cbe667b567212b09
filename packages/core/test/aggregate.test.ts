import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Aggregate,
  addRecord,
  addTrace,
  aggregateShares,
  batchHeader,
  emptyAggregate,
  histogramMedian,
  mergeAggregates,
  runShard,
  simulate,
  summarize,
  summaryOf,
  type Trace,
  toRunRecord,
} from '../src/index.js';
import { attack, fixturePack, fixtureScenario, makeTrace } from './fixtures.js';

const pack = fixturePack;
const aggregateOf = (traces: readonly Trace[]) =>
  traces.reduce((aggregate, trace) => addTrace(aggregate, trace, pack), emptyAggregate(pack));

// Real runs, so first days and outcomes vary between them.
const traces = Array.from({ length: 10 }, (_, run) =>
  simulate(pack, fixtureScenario, { seed: 3, run, horizon: 25 }),
);

describe('aggregate', () => {
  it('counts, per actor and rung, the runs that stood at that rung or higher', () => {
    const aggregate = aggregateOf([
      makeTrace([{ rungs: { proxy: 'material' } }, { rungs: { proxy: 'limited' } }]),
      makeTrace([{ rungs: { proxy: 'political' } }, { rungs: { proxy: 'political' } }]),
    ]);
    expect(aggregate.runs).toBe(2);
    expect(aggregate.reached.proxy).toEqual([2, 2, 1, 1, 1, 0, 0]);
    expect(aggregate.firstDays.proxy).toEqual([[2], [2], [1], [0, 1], [0, 1], [], []]);
    expect(aggregate.reached.sponsor).toEqual([2, 0, 0, 0, 0, 0, 0]);
  });

  it('counts the runs in which each pack outcome held', () => {
    const open = makeTrace([{ rungs: { proxy: 'limited' } }]);
    const exchange = makeTrace([
      { events: [attack('proxy', 'adversary'), attack('adversary', 'proxy', { rung: 'limited' })] },
    ]);
    expect(aggregateOf([open, exchange, exchange]).outcomes).toEqual({
      'proxy-open': 1,
      exchange: 2,
      contained: 2,
    });
  });

  it('merges with an empty aggregate to the same aggregate', () => {
    const aggregate = aggregateOf(traces);
    expect(mergeAggregates(aggregate, emptyAggregate(pack))).toEqual(aggregate);
    expect(mergeAggregates(emptyAggregate(pack), aggregate)).toEqual(aggregate);
  });

  it('gives the same shares whatever the split, grouping and order of the runs merged', () => {
    const whole = aggregateShares(aggregateOf(traces));
    const shard = fc
      .shuffledSubarray(
        traces.map((_, i) => i),
        { minLength: traces.length, maxLength: traces.length },
      )
      .chain((order) =>
        fc
          .array(fc.integer({ min: 0, max: order.length }), { maxLength: 5 })
          .map((cuts) => ({ order, cuts: [...new Set(cuts)].sort((a, b) => a - b) })),
      );
    fc.assert(
      fc.property(shard, fc.boolean(), ({ order, cuts }, leftFold) => {
        const bounds = [0, ...cuts, order.length];
        const shards: Aggregate[] = [];
        for (let b = 0; b + 1 < bounds.length; b++) {
          shards.push(aggregateOf(order.slice(bounds[b], bounds[b + 1]).map((i) => traces[i]!)));
        }
        // Fold from either end, so both groupings of the merges are tried.
        const merged = leftFold
          ? shards.reduce((a, b) => mergeAggregates(a, b), emptyAggregate(pack))
          : shards.reduceRight((a, b) => mergeAggregates(b, a), emptyAggregate(pack));
        expect(merged.runs).toBe(traces.length);
        expect(aggregateShares(merged)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same summary from shards run apart and merged as from all the traces at once', () => {
    const seed = 8;
    const all = Array.from({ length: 6 }, (_, run) =>
      simulate(pack, fixtureScenario, { seed, run }),
    );
    const shards = [
      runShard(pack, fixtureScenario, { seed, from: 4, to: 6 }),
      runShard(pack, fixtureScenario, { seed, from: 0, to: 1 }),
      runShard(pack, fixtureScenario, { seed, from: 1, to: 4 }),
    ];
    expect(shards.flatMap((shard) => shard.records.map((record) => record.run))).toEqual([
      4, 5, 0, 1, 2, 3,
    ]);
    const merged = shards.reduce(
      (a, shard) => mergeAggregates(a, shard.aggregate),
      emptyAggregate(pack),
    );
    expect(summaryOf(merged, batchHeader(pack, fixtureScenario, seed))).toEqual(
      summarize(all, pack),
    );
  });

  it('gives the same summary however shard aggregates are grouped, ordered and merged', () => {
    // Every executor (threads, Web Workers, queue workers) merges shards as they come: any
    // bracketing of any order of any sharding must give the summary of the whole batch.
    const seed = 3; // the seed `traces` were run with
    const records = traces.map((trace) => toRunRecord(trace, pack));
    const header = batchHeader(pack, fixtureScenario, seed);
    const whole = summaryOf(
      records.reduce((a, record) => addRecord(a, record), emptyAggregate(pack)),
      header,
    );
    const merges = fc.record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: records.length - 1 }), { maxLength: 6 }),
      order: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      // Each step merges the pair at (pick mod pairs left), either way round.
      steps: fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 8, maxLength: 8 }),
    });
    fc.assert(
      fc.property(merges, ({ cuts, order, steps }) => {
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), records.length];
        let shards: Aggregate[] = [];
        for (let b = 0; b + 1 < bounds.length; b++) {
          shards.push(
            records
              .slice(bounds[b], bounds[b + 1])
              .reduce((a, record) => addRecord(a, record), emptyAggregate(pack)),
          );
        }
        // Shuffle by the drawn keys, then merge adjacent pairs until one aggregate is left.
        shards = shards
          .map((shard, i) => ({ shard, key: order[i % order.length]! * 100 + i }))
          .sort((a, b) => a.key - b.key)
          .map(({ shard }) => shard);
        let step = 0;
        while (shards.length > 1) {
          const [pick, flip] = steps[step++ % steps.length]!;
          const i = pick % (shards.length - 1);
          const [a, b] = [shards[i]!, shards[i + 1]!];
          shards.splice(i, 2, flip ? mergeAggregates(b, a) : mergeAggregates(a, b));
        }
        expect(summaryOf(shards[0]!, header)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the share of runs, and the median first day of those that reached a rung', () => {
    const shares = aggregateShares(
      aggregateOf([
        makeTrace([{ rungs: { proxy: 'limited' } }, { rungs: { proxy: 'limited' } }]),
        makeTrace([{}, { rungs: { proxy: 'limited' } }]),
        makeTrace([{}, {}, {}]),
        makeTrace([{}, {}, {}, { rungs: { proxy: 'indirect' } }]),
      ]),
    );
    expect(shares.actors.proxy!.reach.indirect).toBe(0.75);
    expect(shares.actors.proxy!.reach.limited).toBe(0.5);
    expect(shares.actors.proxy!.firstDay.limited).toBe(0.5);
    expect(shares.actors.proxy!.firstDay.indirect).toBe(1);
    expect(shares.actors.proxy!.firstDay.war).toBeNull();
    expect(shares.outcomes['proxy-open']).toBe(0.5);
  });

  it('gives zero shares, not NaN, for an aggregate of no runs', () => {
    const shares = aggregateShares(emptyAggregate(pack));
    expect(shares.actors.proxy!.reach.dormant).toBe(0);
    expect(shares.actors.proxy!.firstDay.dormant).toBeNull();
    expect(shares.outcomes).toEqual({ 'proxy-open': 0, exchange: 0, contained: 0 });
  });

  describe('histogramMedian', () => {
    it.each([
      [[0, 1, 1], 1.5],
      [[1], 0],
      [[0, 0, 3], 2],
      [[2, 0, 0, 1], 0],
      [[1, 0, 0, 1], 1.5],
      [[1, 1, 1], 1],
      [[0, 2, 0, 2], 2],
      [[3, 0, 0, 0, 0, 4], 5],
    ])('gives the median of the days histogram %j counts: %s', (histogram, median) => {
      expect(histogramMedian(histogram)).toBe(median);
    });

    it('gives null when the histogram counts nothing', () => {
      expect(histogramMedian([])).toBeNull();
      expect(histogramMedian([0, 0])).toBeNull();
    });

    it('agrees with the median of the values it counts', () => {
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 40 }), (days) => {
          const histogram: number[] = [];
          for (const day of days) {
            while (histogram.length <= day) histogram.push(0);
            histogram[day]! += 1;
          }
          const sorted = [...days].sort((a, b) => a - b);
          const mid = (sorted.length - 1) / 2;
          const median = (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
          expect(histogramMedian(histogram)).toBe(median);
        }),
      );
    });
  });
});
