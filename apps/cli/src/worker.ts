import { runShard, type Scenario } from '@brink/core';
import { getPack } from './packs.js';
import type { ShardOutput, ShardTask } from './shardTask.js';

// Each task carries a structured-clone copy of its scenario; keeping the first copy per key lets
// the engine's per-scenario compile cache (keyed by object identity) work across tasks.
const scenarios = new Map<string, Scenario>();

/** The worker-thread entry point: runs one shard of a batch with core's `runShard`. */
export default function runTask(task: ShardTask): ShardOutput {
  let scenario = scenarios.get(task.key);
  if (!scenario) {
    scenario = task.scenario;
    scenarios.set(task.key, scenario);
  }
  const result = runShard(getPack(task.pack), scenario, {
    seed: task.seed,
    from: task.from,
    to: task.to,
  });
  return task.records ? result : { ...result, records: [] };
}
