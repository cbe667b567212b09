import { runBatchShard, type ShardMessage, type ShardTask } from '../src/lib/batchShard';
import type { BatchWorker } from '../src/lib/batchWorkerPool';

/**
 * An in-process stand-in for the batch Web Worker: runs each shard on a later turn of the loop,
 * its task and messages structured-cloned as a worker's are. `log` counts workers started and
 * terminated.
 */
export function fakeBatchWorker(
  log: { started: number; terminated: number } = { started: 0, terminated: 0 },
): BatchWorker {
  log.started += 1;
  let alive = true;
  const worker: BatchWorker = {
    onmessage: null,
    onerror: null,
    postMessage(task: ShardTask) {
      setTimeout(() => {
        if (!alive) return;
        runBatchShard(structuredClone(task), (message: ShardMessage) => {
          if (alive)
            worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<ShardMessage>);
        });
      }, 0);
    },
    terminate() {
      alive = false;
      log.terminated += 1;
    },
  };
  return worker;
}
