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

parentPort?.on('message', (task: ShardMessage) => {
  const result = runShard(axisPack, getScenario(task.scenario), {
    seed: task.seed,
    from: task.from,
    to: task.to,
  });
  parentPort?.postMessage({ runs: result.aggregate.runs });
});
