import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '@brink/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_PREFIX, SHARD_QUEUE } from '../src/queue/protocol.js';
import { BIN, brink, cliEnv, SHORT, tempDir } from './cli.js';
import { freePort, type RedisServer, startRedis } from './redisServer.js';
import { killAllTethered, startTethered, type Tethered } from './tethered.js';

// Queued batches against a real Redis (Debian's redis-server, installed by
// scripts/ensure-redis.sh), with `brink worker` processes, compared with a local batch. The
// baseline scenario (120 days) makes shards long enough to kill a worker in the middle of one.
const SCENARIO = 'baseline';
const RUNS = 600;
const dir = tempDir();
const read = (path: string) => readFileSync(path, 'utf8');
const manifestOf = (path: string) => JSON.parse(read(`${path}.manifest.json`));
const lines = (path: string) => read(path).split('\n').filter(Boolean);

let redis: RedisServer;
let local: { records: string; stdout: string };
const clients: Redis[] = [];

function client(db: number): Redis {
  const redisClient = new Redis(redis.url(db), { maxRetriesPerRequest: 1 });
  clients.push(redisClient);
  return redisClient;
}

/** A `brink worker` on database `db`, quick to notice a dead worker's shard; tethered. */
async function startWorker(db: number, concurrency = 1): Promise<Tethered> {
  const worker = await startTethered(
    process.execPath,
    [
      BIN,
      'worker',
      '--queue',
      redis.url(db),
      '--concurrency',
      String(concurrency),
      '--lock-duration',
      '3000',
      '--stalled-interval',
      '500',
    ],
    { env: cliEnv() },
  );
  await worker.waitForStderr(/serving redis:/);
  return worker;
}

/** `brink batch` of {@link SCENARIO} through the queue at database `db`, records to `out`. */
function queuedArgs(db: number, shardSize: number, out: string): string[] {
  return [
    'batch',
    SCENARIO,
    '--runs',
    String(RUNS),
    '--queue',
    redis.url(db),
    '--shard-size',
    String(shardSize),
    '--out',
    out,
    '--json',
  ];
}

beforeAll(async () => {
  redis = await startRedis();
  const out = join(dir, 'local.ndjson');
  const result = await brink([
    'batch',
    SCENARIO,
    '--runs',
    `${RUNS}`,
    '--workers',
    '2',
    '--out',
    out,
    '--json',
  ]);
  expect(result.code).toBe(0);
  local = { records: read(out), stdout: result.stdout };
});

afterAll(async () => {
  for (const redisClient of clients) redisClient.disconnect();
  await killAllTethered();
  await redis?.stop();
});

describe('brink batch --queue with brink workers', () => {
  const workers: Tethered[] = [];

  beforeAll(async () => {
    workers.push(...(await Promise.all([startWorker(0), startWorker(0), startWorker(0)])));
  });

  it('gives the local batch’s records and summary when one of three workers is killed mid-shard', async () => {
    const out = join(dir, 'killed.ndjson');
    const coordinator = brink(queuedArgs(0, 150, out));
    const victim = workers[0]!;
    // A worker names its shard as it starts it; a shard of 150 runs takes far longer than the kill.
    const [, shard] = await victim.waitForStderr(/shard (\d+)\/4: runs/);
    process.kill(victim.pid, 'SIGKILL');
    const result = await coordinator;
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
    expect(result.stderr).toMatch(
      /queued batch batch-[0-9a-f]{24} at redis:\/\/127\.0\.0\.1:\d+\/0: 4 shards/,
    );
    expect(await victim.exited).toBe(128 + 9);

    // Another worker ran the victim's shard again, and nothing was lost or counted twice.
    const again = new RegExp(`shard ${shard}/4: runs \\d+–\\d+ \\(again`);
    expect(workers.slice(1).some((worker) => again.test(worker.stderr()))).toBe(true);
    expect(read(out)).toBe(local.records);
    // The summary and the profile of every run (rung by day, rules), as the local batch's.
    expect(result.stdout).toBe(local.stdout);
    expect(JSON.parse(local.stdout).profile).toMatchObject({ runs: RUNS });
    expect(JSON.parse(local.stdout).profile.rules.length).toBeGreaterThan(0);
    const manifest = manifestOf(out);
    expect(manifest).toMatchObject({
      complete: true,
      runsRequested: RUNS,
      runsCompleted: RUNS,
      queue: { url: redis.url(0), shardSize: 150, shards: 4 },
    });
    // Only the survivors' results were merged.
    expect(manifest.workers).toBeGreaterThanOrEqual(1);
    expect(manifest.workers).toBeLessThanOrEqual(2);
    const { workers: _, queue: __, started: ___, finished: ____, ...rest } = manifest;
    const {
      workers: _l,
      started: _s,
      finished: _f,
      ...localRest
    } = manifestOf(join(dir, 'local.ndjson'));
    expect({ ...rest, records: 'local.ndjson' }).toEqual(localRest);
  });

  it.each([7, RUNS])('gives the same records and summary with shards of %i runs', async (size) => {
    const out = join(dir, `shards-${size}.ndjson`);
    const result = await brink(queuedArgs(0, size, out));
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
    expect(read(out)).toBe(local.records);
    expect(result.stdout).toBe(local.stdout);
    expect(manifestOf(out).queue.shards).toBe(Math.ceil(RUNS / size));
  });

  it('leaves nothing of a collected batch in Redis', async () => {
    const keys = await client(0).keys('brink:*batch-*');
    expect(keys).toEqual([]);
  });

  it('stops a worker cleanly on SIGTERM: exit 0', async () => {
    const worker = workers[1]!;
    process.kill(worker.pid, 'SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.stderr()).toContain('SIGTERM: finishing the shards under way, then stopping');
  });
});

describe('a restarted coordinator', () => {
  it('picks its batch up from the queue instead of submitting it again', async () => {
    const out = join(dir, 'restarted.ndjson');
    const args = queuedArgs(1, 100, out);
    // No worker yet: the first coordinator submits the batch and waits, until Ctrl-C.
    const first = await startTethered(process.execPath, [BIN, ...args], { env: cliEnv() });
    const [, id] = await first.waitForStderr(/queued batch (batch-[0-9a-f]{24}) at/);
    await first.waitForStderr(/no worker is connected yet/);
    process.kill(first.pid, 'SIGINT');
    expect(await first.exited).toBe(130);
    // No worker is promised where there is none.
    expect(first.stderr()).toContain(
      `interrupted: batch ${id} stays queued at ${redis.url(1)}, but no worker is connected to take it: start one with brink worker --queue ${redis.url(1)}, then run the same command again to collect it`,
    );
    expect(manifestOf(out)).toMatchObject({ complete: false, runsCompleted: 0 });
    const db = client(1);
    expect(await db.exists(`brink:batches:${id}`)).toBe(1);
    expect(await db.llen('brink:shards:wait')).toBe(RUNS / 100);

    await startWorker(1, 2);
    const second = await brink(args);
    expect({ code: second.code, stderr: second.stderr }).toMatchObject({ code: 0 });
    expect(second.stderr).toContain(`picked up batch ${id} from ${redis.url(1)}`);
    expect(second.stderr).not.toContain('queued batch');
    expect(read(out)).toBe(local.records);
    expect(second.stdout).toBe(local.stdout);
    expect(manifestOf(out)).toMatchObject({ complete: true, runsCompleted: RUNS });
    expect(await db.exists(`brink:batches:${id}`)).toBe(0);
  });
});

describe('an interrupted coordinator', () => {
  it('says a connected worker goes on with the batch when one is connected', async () => {
    // The shard queue is paused, so the connected worker takes nothing and the batch cannot end
    // before the Ctrl-C, however fast the machine.
    const shardQueue = new Queue(SHARD_QUEUE, { prefix: QUEUE_PREFIX, connection: client(4) });
    await shardQueue.pause();
    const worker = await startWorker(4);
    const out = join(dir, 'interrupted.ndjson');
    const coordinator = await startTethered(process.execPath, [BIN, ...queuedArgs(4, 100, out)], {
      env: cliEnv(),
    });
    const [, id] = await coordinator.waitForStderr(/queued batch (batch-[0-9a-f]{24}) at/);
    process.kill(coordinator.pid, 'SIGINT');
    expect(await coordinator.exited).toBe(130);
    expect(coordinator.stderr()).not.toContain('no worker is connected');
    expect(coordinator.stderr()).toContain(
      `interrupted: batch ${id} stays queued at ${redis.url(4)}, where 1 connected worker goes on with it; run the same command again to collect it (0 of ${RUNS} runs are in ${out} so far)`,
    );
    process.kill(worker.pid, 'SIGTERM');
    expect(await worker.exited).toBe(0);
    await shardQueue.close();
  });
});

describe('a failed shard', () => {
  it('fails its batch with a message naming the shard, and removes it, instead of waiting forever', async () => {
    const out = join(dir, 'failed.ndjson');
    const args = queuedArgs(3, 100, out);
    const coordinator = await startTethered(process.execPath, [BIN, ...args], { env: cliEnv() });
    const [, id] = await coordinator.waitForStderr(/queued batch (batch-[0-9a-f]{24}) at/);
    // Shard 2 asks for a pack version no worker has: its worker refuses it, and it fails.
    const db = client(3);
    const key = `brink:shards:${id}-1`;
    const data = JSON.parse((await db.hget(key, 'data'))!);
    await db.hset(key, 'data', JSON.stringify({ ...data, packVersion: '0.0.0-none' }));
    await startWorker(3);
    expect(await coordinator.exited).toBe(1);
    expect(coordinator.stderr()).toMatch(
      new RegExp(
        `brink: batch ${id} failed: shard 2 \\(runs 100–199\\): worker \\S+ has no pack axis-2023 0\\.0\\.0-none .*; it was removed from the queue, so the same command submits it again\\n$`,
      ),
    );
    expect(manifestOf(out)).toMatchObject({ complete: false });
    expect(lines(out).length).toBe(manifestOf(out).runsCompleted);
    expect(await db.exists(`brink:batches:${id}`)).toBe(0);
  });
});

describe('queue errors', () => {
  it('says in one line that Redis cannot be reached, and exits 1', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    for (const args of [
      ['batch', SHORT, '--queue', url],
      ['worker', '--queue', url],
    ]) {
      const result = await brink(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `brink: cannot reach Redis at ${url}/0: connect ECONNREFUSED 127.0.0.1:${port}\n`,
      );
    }
  });

  it('refuses a queue made by another engine version, and exits 1', async () => {
    const db = client(2);
    await db.hset('brink:stamp', { engine: '0.0.0-old', protocol: '1' });
    for (const args of [
      ['batch', SHORT, '--queue', redis.url(2)],
      ['worker', '--queue', redis.url(2)],
    ]) {
      const result = await brink(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `^brink: the queue at redis://127\\.0\\.0\\.1:\\d+/2 was made by brink engine 0\\.0\\.0-old \\(queue protocol 1\\); this brink runs engine ${ENGINE_VERSION.replace(/\./g, '\\.')} .*\\n$`,
        ),
      );
    }
    expect(await db.keys('brink:batches:*')).toEqual([]);
  });

  it('refuses a database Redis does not have, rather than use another', async () => {
    const result = await brink(['batch', SHORT, '--queue', redis.url(99)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `brink: cannot use the queue at ${redis.url(99)}: ERR DB index is out of range\n`,
    );
  });

  it.each([
    [
      ['batch', SHORT, '--queue', 'http://127.0.0.1:6379'],
      '--queue must be a redis://HOST:PORT URL',
    ],
    [
      ['batch', SHORT, '--queue', 'redis://127.0.0.1:6379', '--shard-size', '0'],
      '--shard-size must be',
    ],
    [['batch', SHORT, '--shard-size', '10'], '--shard-size applies to queued batches'],
    [
      ['batch', SHORT, '--queue', 'redis://127.0.0.1:6379', '--workers', '2'],
      '--workers sets local threads',
    ],
    [
      ['batch', SHORT, '--queue', 'redis://127.0.0.1:6379', '--out', 'x.ndjson', '--resume'],
      '--resume continues a local batch',
    ],
    [['worker'], "required option '--queue <url>'"],
  ])('rejects %j with exit 2', async (args, message) => {
    const result = await brink(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
