import { runShard } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../src/lib/runBatch';
import { fakeBatchWorker } from './fakeBatchWorker';

const scenario = getScenario('baseline');
const windows = [
  { fromDay: 0, toDay: 29 },
  { fromDay: 30, toDay: 59 },
];

describe('runBatch with windows', () => {
  it("profiles each run's peak per window in the workers, as core's runShard does, in any sharding", async () => {
    const expected = runShard(axisPack, scenario, { seed: 11, from: 0, to: 20, windows }).profile;
    const result = await runBatch(
      { scenario, runs: 20, seed: 11, workers: 3, windows },
      { shardSize: 6, createWorker: () => fakeBatchWorker() },
    );
    expect(result.profile.peaks).toEqual(expected.peaks);
    expect(result.profile.peaks!.counts.iran![0]!.reduce((sum, n) => sum + n, 0)).toBe(20);
  }, 30_000);
});
