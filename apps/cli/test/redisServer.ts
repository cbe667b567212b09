import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTethered, type Tethered } from './tethered.js';

/** A Redis started for the tests: Debian's redis-server on 127.0.0.1, persistence off. */
export interface RedisServer {
  port: number;
  /** `redis://127.0.0.1:PORT/DB`. */
  url(db?: number): string;
  stop(): Promise<void>;
}

/** A TCP port nothing listens on at the moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `redis-server` on a free port of 127.0.0.1 with `--save ''` and `--appendonly no`, and
 * waits until it accepts connections. The server is tethered to the test runner: it stops with
 * {@link RedisServer.stop}, and also if the runner dies first.
 */
export async function startRedis(): Promise<RedisServer> {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0) {
    throw new Error('redis-server is missing: run `bash scripts/ensure-redis.sh` (as root)');
  }
  let server: Tethered | undefined;
  let port = 0;
  // Another process may take the free port between the check and the start: try a few.
  for (let attempt = 0; attempt < 5 && !server; attempt++) {
    port = await freePort();
    const candidate = await startTethered('redis-server', [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      mkdtempSync(join(tmpdir(), 'brink-redis-')),
    ]);
    // redis-server logs to stdout; ready or failed, it says so within a few seconds.
    const ready = await new Promise<boolean>((resolve) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (/Ready to accept connections/.test(candidate.stdout())) {
          clearInterval(poll);
          resolve(true);
        } else if (Date.now() - started > 10_000) {
          clearInterval(poll);
          resolve(false);
        }
      }, 20);
      void candidate.exited.then(() => {
        clearInterval(poll);
        resolve(false);
      });
    });
    if (ready) server = candidate;
    else await candidate.kill();
  }
  if (!server) throw new Error('redis-server did not start on 127.0.0.1');
  const running = server;
  return {
    port,
    url: (db = 0) => `redis://127.0.0.1:${port}/${db}`,
    stop: () => running.kill(),
  };
}
