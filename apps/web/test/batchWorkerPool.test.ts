import { getScenario } from '@brink/data';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ShardMessage, ShardTask } from '../src/lib/batchShard';
import { type BatchWorker, createBatchWorkerPool } from '../src/lib/batchWorkerPool';
import { runBatch } from '../src/lib/runBatch';
import { fakeBatchWorker } from './fakeBatchWorker';

const scenario = getScenario('baseline');

/** A worker that runs nothing: it records what it is sent and whether it was terminated. */
function idleWorker() {
  const worker = {
    onmessage: null as BatchWorker['onmessage'],
    onerror: null as BatchWorker['onerror'],
    sent: [] as ShardTask[],
    terminated: false,
    postMessage(task: ShardTask) {
      worker.sent.push(task);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the batch worker pool', () => {
  it('runs the next batch on the workers of the last, with the same results on any workers', async () => {
    const log = { started: 0, terminated: 0 };
    const pool = createBatchWorkerPool(() => fakeBatchWorker(log), { maxIdle: 3 });
    const alone = await runBatch(
      { scenario, runs: 24, seed: 9, workers: 1 },
      { shardSize: 24, createWorker: () => fakeBatchWorker() },
    );
    const first = await runBatch(
      { scenario, runs: 24, seed: 9, workers: 3 },
      { shardSize: 7, pool },
    );
    expect(log).toEqual({ started: 3, terminated: 0 });
    expect(pool.idle).toBe(3);
    const second = await runBatch(
      { scenario, runs: 24, seed: 9, workers: 2 },
      { shardSize: 5, pool },
    );
    // No worker started for the second batch: it took two of the three idle ones.
    expect(log).toEqual({ started: 3, terminated: 0 });
    expect(pool.idle).toBe(3);
    for (const result of [first, second]) {
      expect(JSON.stringify(result.summary)).toBe(JSON.stringify(alone.summary));
      expect(result.aggregate).toEqual(alone.aggregate);
      expect(result.profile).toEqual(alone.profile);
      expect(result.csv()).toBe(alone.csv());
    }
    pool.clear();
    expect(log).toEqual({ started: 3, terminated: 3 });
    expect(pool.idle).toBe(0);
  }, 60_000);

  it('terminates the workers a cancelled batch was running, and starts new ones for the next', async () => {
    const log = { started: 0, terminated: 0 };
    const pool = createBatchWorkerPool(() => fakeBatchWorker(log), { maxIdle: 2 });
    const controller = new AbortController();
    const cancelled = runBatch(
      { scenario, runs: 400, seed: 1, workers: 2 },
      {
        shardSize: 50,
        pool,
        signal: controller.signal,
        // The first progress comes in the middle of a shard (every 20 runs of its 50).
        onProgress: (done) => {
          if (done >= 20) controller.abort();
        },
      },
    );
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    // Both had a shard in flight: both are stopped, none is kept.
    expect(log).toEqual({ started: 2, terminated: 2 });
    expect(pool.idle).toBe(0);
    const next = await runBatch({ scenario, runs: 30, seed: 1, workers: 2 }, { pool });
    expect(next.aggregate.runs).toBe(30);
    expect(log).toEqual({ started: 4, terminated: 2 });
    expect(pool.idle).toBe(2);
  }, 60_000);

  it('replaces a worker that fails, and keeps one whose shard reported an error', async () => {
    const made: ReturnType<typeof idleWorker>[] = [];
    const pool = createBatchWorkerPool(
      () => {
        const worker = idleWorker();
        made.push(worker);
        return worker;
      },
      { maxIdle: 2 },
    );
    // The worker itself fails (it could not load, say): the batch fails and the worker goes.
    const crashed = runBatch({ scenario, runs: 10, seed: 1, workers: 1 }, { pool });
    made[0]!.onerror?.({ message: 'boom' } as ErrorEvent);
    await expect(crashed).rejects.toThrow('a batch worker failed: boom');
    expect(made[0]!.terminated).toBe(true);
    expect(pool.idle).toBe(0);

    // A shard's own error: the batch fails; the worker, which finished its shard, is kept.
    const refused = runBatch({ scenario, runs: 10, seed: 1, workers: 1 }, { pool });
    expect(made).toHaveLength(2);
    const task = made[1]!.sent[0]!;
    made[1]!.onmessage?.({
      data: { type: 'error', id: task.id, message: 'no such actor' },
    } as MessageEvent<ShardMessage>);
    await expect(refused).rejects.toThrow('a batch worker failed on shard 0: no such actor');
    expect(made[1]!.terminated).toBe(false);
    expect(pool.idle).toBe(1);
    // Kept workers listen to nothing until a batch takes them again.
    expect(made[1]!.onmessage).toBeNull();
    expect(pool.acquire()).toBe(made[1]);
  });

  it('keeps at most maxIdle workers, each for idleMs, and ends one that fails while idle', () => {
    vi.useFakeTimers();
    const pool = createBatchWorkerPool(idleWorker, { maxIdle: 2, idleMs: 1000 });
    const [a, b, c] = [pool.acquire(), pool.acquire(), pool.acquire()] as ReturnType<
      typeof idleWorker
    >[];
    pool.release(a!);
    pool.release(b!);
    pool.release(c!);
    expect([a!.terminated, b!.terminated, c!.terminated]).toEqual([false, false, true]);
    expect(pool.idle).toBe(2);
    // Taken again before its time is up, a worker is not ended by its old timer.
    expect(pool.acquire()).toBe(b);
    vi.advanceTimersByTime(1000);
    expect(a!.terminated).toBe(true);
    expect(b!.terminated).toBe(false);
    expect(pool.idle).toBe(0);
    pool.release(b!);
    b!.onerror?.({ message: 'lost' } as ErrorEvent);
    expect(b!.terminated).toBe(true);
    expect(pool.idle).toBe(0);
  });
});
