import { parentPort } from 'node:worker_threads';
import { runShard } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';

/** A benchmark worker thread: runs the shards it is sent with core's `runShard`, as the CLI's workers do. */
export interface ShardMessage {
  scenario: string;
  seed: number;
  from: number;
  to: number;
}

/** Integer work with no memory traffic, for the machine's own scaling from one thread to two. */
export function spin(iterations: number): number {
  let x = 0x9e3779b9;
  for (let i = 0; i < iterations; i++) x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i;
  return x;
}

parentPort?.on('message', (task: ShardMessage | { spin: number }) => {
  if ('spin' in task) {
    parentPort?.postMessage({ spun: spin(task.spin) });
    return;
  }
  const result = runShard(axisPack, getScenario(task.scenario), {
    seed: task.seed,
    from: task.from,
    to: task.to,
  });
  parentPort?.postMessage({ runs: result.aggregate.runs });
});
