import { runShard, type Scenario } from '@brink/core';
import { getPack } from './packs.js';
import type { ShardOutput, ShardTask } from './shardTask.js';

// Each task carries a structured-clone copy of its scenario; keeping the first copy per key lets
// the engine's per-scenario compile cache (keyed by object identity, weakly) work across tasks.
// Only the last few are kept: a sweep sends one scenario per grid point, and shards come grid
// point by grid point, so a worker's memory stays flat however many points there are.
const scenarios = new Map<string, Scenario>();
const KEPT_SCENARIOS = 4;

/** The worker-thread entry point: runs one shard of a batch with core's `runShard`. */
export default function runTask(task: ShardTask): ShardOutput {
  let scenario = scenarios.get(task.key);
  if (scenario) {
    // Most recently used last.
    scenarios.delete(task.key);
  } else {
    scenario = task.scenario;
    const oldest = scenarios.keys().next();
    if (scenarios.size >= KEPT_SCENARIOS && !oldest.done) scenarios.delete(oldest.value);
  }
  scenarios.set(task.key, scenario);
  const result = runShard(getPack(task.pack), scenario, {
    seed: task.seed,
    from: task.from,
    to: task.to,
    sampling: task.sampling,
  });
  return task.records ? result : { ...result, records: [] };
}
