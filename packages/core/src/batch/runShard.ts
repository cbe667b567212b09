import { combineObservers } from '../run/combineObservers.js';
import { createKernel } from '../run/createKernel.js';
import { createOutcomeTracker } from '../run/createOutcomeTracker.js';
import { createProfileRecorder } from '../run/createProfileRecorder.js';
import { createRecordRecorder } from '../run/createRecordRecorder.js';
import { createValueApplier } from '../run/createValueApplier.js';
import type { RunRecord } from '../run/runRecord.js';
import type { DayWindow, TraceProfile } from '../run/traceProfile.js';
import type { Pack, Scenario } from '../schema/types.js';
import { type Aggregate, addRecord, emptyAggregate } from './aggregate.js';
import { type Sampling, samplingPlan } from './samplingPlan.js';

export interface ShardOptions {
  seed: number;
  /** First run of the shard (inclusive). */
  from: number;
  /** End of the shard (exclusive). */
  to: number;
  /** Called with each run's record as soon as it is done, in run order. */
  onRecord?: (record: RunRecord) => void;
  /**
   * Where the runs take the pack's uncertain numbers from (`samplingPlan`): the pack's values
   * (`fixed`, the default), draws from its ranges (`sampled`), or a Sobol or Morris design.
   */
  sampling?: Sampling | undefined;
  /**
   * Windows of days over which the profile also counts each run's peak rung per actor
   * (`TraceProfile.peaks`): a hindcast passes its record's months. None by default.
   */
  windows?: readonly DayWindow[] | undefined;
}

/** What a shard of a batch produces: a mergeable aggregate and profile, and its runs' records. */
export interface ShardResult {
  from: number;
  to: number;
  aggregate: Aggregate;
  /** The profile of every run of the shard (fan charts, rules that decided). */
  profile: TraceProfile;
  records: RunRecord[];
}

/**
 * Runs `from` ≤ run < `to` of the batch seeded with `seed`: the one pure function every executor
 * (worker threads, Web Workers, queue workers) calls. Each run draws from the stream of
 * (seed, run), so a batch gives the same records, summary and profile however it is sharded.
 * One kernel (`createKernel`) runs them all, observed by a record recorder, an outcome tracker
 * and a profile recorder: records equal to those of the traces `simulate` gives, without
 * building the traces. Unless `sampling` is `fixed`, each run runs the compiled model with its
 * parameter vector applied (`createValueApplier`, loaded by `kernel.use`) and its record keeps the values, by field name.
 * Throws a `ValidationError` if the scenario does not fit the pack, or the sampling plan is bad.
 */
export function runShard(pack: Pack, scenario: Scenario, options: ShardOptions): ShardResult {
  const aggregate = emptyAggregate(pack);
  const records: RunRecord[] = [];
  const kernel = createKernel(pack, scenario);
  const ids = kernel.model.actors.map((actor) => actor.id);
  const outcomes = createOutcomeTracker(pack.outcomes, ids);
  const recorder = createRecordRecorder(ids, outcomes);
  const profile = createProfileRecorder(kernel, { windows: options.windows });
  const observer = combineObservers(recorder, outcomes, profile);
  const plan = samplingPlan(pack, scenario, options.sampling ?? 'fixed', options.seed);
  const names = plan.parameters.map((parameter) => parameter.name);
  const apply = names.length > 0 ? createValueApplier(kernel.model, names) : null;
  for (let run = options.from; run < options.to; run++) {
    const values = plan.valuesAt(run);
    let record: RunRecord;
    if (values === null) {
      kernel.run(options.seed, run, observer);
      record = recorder.record();
    } else {
      kernel.use(apply!(values));
      kernel.run(options.seed, plan.streamOf(run), observer);
      record = recorder.record();
      record.run = run;
      const parameters: Record<string, number> = {};
      for (let i = 0; i < names.length; i++) parameters[names[i]!] = values[i]!;
      record.parameters = parameters;
    }
    addRecord(aggregate, record);
    records.push(record);
    options.onRecord?.(record);
  }
  return { from: options.from, to: options.to, aggregate, profile: profile.profile(), records };
}
