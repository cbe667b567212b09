import './zodJitless';
import { runBatchShard, type ShardMessage, type ShardTask } from './batchShard';

// A Web Worker of the batch page: runs each shard it is sent and posts back progress and the
// result (see runBatch). The app's TypeScript lib is the DOM's, so the worker scope is typed here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ShardTask>) => void) | null;
  postMessage(message: ShardMessage): void;
};
scope.onmessage = (event) => {
  runBatchShard(event.data, (message) => scope.postMessage(message));
};
