import { csvCodec, runShard, simulate, summarize, toRunRecord } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { defaultShardSize, runBatch } from '../src/lib/runBatch';
import { fakeBatchWorker } from './fakeBatchWorker';

const fakeWorker = fakeBatchWorker;

const scenario = getScenario('strike-on-iran');
const traces = Array.from({ length: 45 }, (_, run) =>
  simulate(axisPack, scenario, { seed: 7, run }),
);

describe('runBatch', () => {
  it('runs a sampled batch as core’s runShard does, in any sharding, and says so in its summary', async () => {
    const expected = runShard(axisPack, scenario, {
      seed: 7,
      from: 0,
      to: 12,
      sampling: 'sampled',
    });
    const log = { started: 0, terminated: 0 };
    const result = await runBatch(
      { scenario, runs: 12, seed: 7, workers: 2, sampling: 'sampled' },
      { shardSize: 5, createWorker: () => fakeWorker(log) },
    );
    expect(result.summary.sampling).toBe('sampled');
    expect(result.aggregate).toEqual(expected.aggregate);
    expect(result.csv().split('\n')[0]).toContain('param.iran.params.solidarity');
  }, 30_000);

  it('gives the summary summarize gives for the same runs, whatever the workers and shards', async () => {
    const expected = summarize(traces, axisPack);
    for (const [workers, shardSize] of [
      [1, 45],
      [3, 7],
    ] as const) {
      const log = { started: 0, terminated: 0 };
      const progress: number[] = [];
      const result = await runBatch(
        { scenario, runs: 45, seed: 7, workers },
        {
          shardSize,
          createWorker: () => fakeWorker(log),
          onProgress: (done, total) => {
            expect(total).toBe(45);
            progress.push(done);
          },
        },
      );
      expect(result.summary).toEqual(expected);
      expect(JSON.stringify(result.summary)).toBe(JSON.stringify(expected));
      expect(result.summary.scenarioHash).toBe(traces[0]!.scenarioHash);
      expect(result.aggregate.runs).toBe(45);
      // The profile counts every run, whatever the sharding.
      expect(result.profile.runs).toBe(45);
      expect(result.profile).toEqual(
        runShard(axisPack, scenario, { seed: 7, from: 0, to: 45 }).profile,
      );
      expect(progress.at(-1)).toBe(45);
      expect(log).toEqual({ started: workers, terminated: workers });
      const codec = csvCodec(axisPack);
      expect(result.csv()).toBe(
        codec.header + traces.map((trace) => codec.encode(toRunRecord(trace, axisPack))).join(''),
      );
    }
  }, 60_000);

  it('terminates its workers and rejects with an AbortError when cancelled', async () => {
    const log = { started: 0, terminated: 0 };
    const controller = new AbortController();
    const batch = runBatch(
      { scenario, runs: 400, seed: 1, workers: 2 },
      {
        shardSize: 25,
        createWorker: () => fakeWorker(log),
        onProgress: (done) => {
          if (done >= 25) controller.abort();
        },
        signal: controller.signal,
      },
    );
    await expect(batch).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual({ started: 2, terminated: 2 });
  }, 60_000);

  it('rejects runs and seeds it cannot use, saying which', async () => {
    await expect(runBatch({ scenario, runs: 0, seed: 1 })).rejects.toThrow(/runs must be/);
    await expect(runBatch({ scenario, runs: 100_001, seed: 1 })).rejects.toThrow(/100000/);
    await expect(runBatch({ scenario, runs: 10, seed: -1 })).rejects.toThrow(/seed must be/);
  });

  it('cuts batches into shards of 25 to 500 runs, several per worker', () => {
    expect(defaultShardSize(1000, 2)).toBe(125);
    expect(defaultShardSize(40, 8)).toBe(25);
    expect(defaultShardSize(100_000, 4)).toBe(500);
  });
});
