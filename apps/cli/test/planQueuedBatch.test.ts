import { readFileSync } from 'node:fs';
import { batchHeader, parseScenario } from '@brink/core';
import { axisPack } from '@brink/data';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planQueuedBatch, shardJobId } from '../src/queue/planQueuedBatch.js';
import { defaultShardSize } from '../src/queue/queueDefaults.js';
import { SHORT } from './cli.js';

const scenario = parseScenario(readFileSync(SHORT, 'utf8'), { pack: axisPack });
const header = batchHeader(axisPack, scenario, 42);
const options = { from: 0, to: 1000, shardSize: 100, records: true };

describe('planQueuedBatch', () => {
  it('cuts the runs into consecutive shards that cover them once, in order', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 500 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        (from, runs, shardSize) => {
          const { shards } = planQueuedBatch(header, {
            from,
            to: from + runs,
            shardSize,
            records: false,
          });
          expect(shards).toHaveLength(Math.ceil(runs / shardSize));
          shards.forEach((shard, i) => {
            expect(shard.index).toBe(i);
            expect(shard.from).toBe(i === 0 ? from : shards[i - 1]!.to);
            expect(shard.to - shard.from).toBeGreaterThan(0);
            expect(shard.to - shard.from).toBeLessThanOrEqual(shardSize);
          });
          expect(shards.at(-1)!.to).toBe(from + runs);
        },
      ),
    );
  });

  it('names a batch by what decides its results, so the same command finds it again', () => {
    const { id } = planQueuedBatch(header, options);
    expect(id).toMatch(/^batch-[0-9a-f]{24}$/);
    expect(planQueuedBatch({ ...header }, { ...options }).id).toBe(id);
    const others = [
      planQueuedBatch({ ...header, seed: 43 }, options),
      planQueuedBatch({ ...header, engineVersion: '9.9.9' }, options),
      planQueuedBatch({ ...header, scenarioHash: '0'.repeat(64) }, options),
      planQueuedBatch({ ...header, packVersion: '0.0.1' }, options),
      planQueuedBatch(header, { ...options, to: 1001 }),
      planQueuedBatch(header, { ...options, shardSize: 50 }),
      planQueuedBatch(header, { ...options, records: false }),
    ].map((plan) => plan.id);
    expect(new Set([id, ...others]).size).toBe(others.length + 1);
  });

  it('gives shard jobs ids BullMQ accepts: no colon, not a number', () => {
    const id = shardJobId(planQueuedBatch(header, options).id, 3);
    expect(id).toMatch(/^batch-[0-9a-f]{24}-3$/);
  });
});

describe('defaultShardSize', () => {
  it('is 100 runs, more when that would make over 10,000 shards', () => {
    expect(defaultShardSize(1)).toBe(100);
    expect(defaultShardSize(1_000_000)).toBe(100);
    expect(defaultShardSize(10_000_000)).toBe(1000);
  });
});
