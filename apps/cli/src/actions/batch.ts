import {
  type Aggregate,
  batchHeader,
  emptyAggregate,
  emptyProfile,
  formatCount,
  hashOf,
  mergeAggregates,
  mergeProfiles,
  samplingPlan,
  summaryOf,
  type TraceProfile,
} from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { type Executed, executeBatches } from '../executeBatches.js';
import { batchProfileSummary, renderBatchProfile } from '../format/batchProfile.js';
import { renderBatchSummary } from '../format/batchSummary.js';
import { outcomeDefinitions } from '../format/outcomeDefinitions.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';
import { claimRecordOutput } from '../output/claimRecordOutput.js';
import { manifestPath } from '../output/manifest.js';
import { newRecordManifest } from '../output/newRecordManifest.js';
import { RecordFile } from '../output/recordFile.js';
import { planQueuedBatch } from '../queue/planQueuedBatch.js';
import { defaultShardSize } from '../queue/queueDefaults.js';
import type { BatchJob } from '../runBatches.js';
import { checkRecordedRunOptions, type RecordedRunOptions } from './checkRecordedRunOptions.js';

/** The options of `brink batch`, as commander parses them. */
export interface BatchOptions extends RecordedRunOptions {
  runs: number;
  seed: number;
  json?: boolean;
  quiet?: boolean;
  /** `--sampling`: the pack's values (`fixed`, default) or draws from its ranges (`sampled`). */
  sampling?: 'fixed' | 'sampled';
}

/** What `brink batch` does, once its arguments are parsed. */
export async function batchAction(scenarioArg: string, options: BatchOptions, ctx: Context) {
  checkRecordedRunOptions(options, { one: 'batch', many: 'batches' });
  const { scenario, pack, origin } = loadScenario(scenarioArg);
  const header = batchHeader(pack, scenario, options.seed);
  const sampling = options.sampling ?? 'fixed';
  // Checked here, so a pack with nothing to sample fails before any output is claimed.
  const parameters = samplingPlan(pack, scenario, sampling, options.seed).parameters;
  const workers = options.queue ? 0 : (options.workers ?? defaultWorkers());
  const queued = options.queue
    ? planQueuedBatch(header, {
        from: 0,
        to: options.runs,
        shardSize: options.shardSize ?? defaultShardSize(options.runs),
        records: options.out !== undefined,
        ...(sampling === 'fixed'
          ? {}
          : {
              sampling: {
                sampling,
                ranges: hashOf(
                  parameters.map(({ name, distribution }) => ({ name, distribution })),
                ),
              },
            }),
      })
    : undefined;
  const started = new Date().toISOString();

  let file: RecordFile | undefined;
  let earlier: Aggregate = emptyAggregate(pack);
  let earlierProfile: TraceProfile = emptyProfile(pack);
  /** Workers BullMQ saw connected when a queued batch was interrupted; undefined when not asked. */
  let workersConnected: number | undefined;
  const { codec, claim } = claimRecordOutput(
    options,
    pack,
    parameters.map((parameter) => parameter.name),
    origin,
    queued?.id,
  );
  try {
    await runBatch();
  } catch (error) {
    file?.abandon(workers);
    throw error;
  } finally {
    claim?.release();
  }

  async function runBatch() {
    if (options.out && codec) {
      const manifest = newRecordManifest('batch', header, {
        sampling,
        origin,
        format: codec.format,
        runsRequested: options.runs,
        workers,
        queue: options.queue && queued ? { target: options.queue, plan: queued } : undefined,
        started,
      });
      if (options.resume) {
        const resumed = RecordFile.resume(options.out, codec, manifest, pack);
        file = resumed.file;
        earlier = resumed.aggregate;
        earlierProfile = resumed.profile;
        if (resumed.fresh) ctx.log(`brink: nothing to resume at ${options.out}; starting it`);
        else if (file.completed < options.runs) {
          ctx.log(
            `brink: resuming ${options.out} at run ${file.completed} of ${options.runs}` +
              (resumed.dropped ? ' (dropped an incomplete last line)' : ''),
          );
        }
      } else {
        file = RecordFile.create(options.out, codec, { ...manifest, profile: emptyProfile(pack) });
      }
    }

    const from = file?.completed ?? 0;
    const job = {
      key: header.scenarioHash,
      pack,
      scenario,
      seed: options.seed,
      from,
      to: options.runs,
      records: file !== undefined,
      ...(sampling === 'fixed' ? {} : { sampling }),
    };
    const records = file;
    if (records && earlierProfile.runs < from) {
      // The runs appended after the manifest was last written (or all of a file whose manifest
      // kept no profile) are profiled again: same seed, same runs, so the same profile.
      earlierProfile = await profileAgain(
        { ...job, from: earlierProfile.runs, to: from, records: false },
        records,
      );
    }
    let executed: Executed;
    if (options.queue && queued) {
      const { runQueuedBatch } = await import('../queue/runQueuedBatch.js');
      const queuedResult = await runQueuedBatch(ctx, job, header, {
        target: options.queue,
        plan: queued,
        label: scenario.id,
        progress: !options.quiet,
        ...(records && codec
          ? { onShard: (shard) => records.append(shard.records, codec.encode, shard.profile) }
          : {}),
      });
      executed = queuedResult;
      workersConnected = queuedResult.workersConnected;
    } else {
      executed = await executeBatches(ctx, [job], {
        workers,
        label: scenario.id,
        progress: !options.quiet,
        initial: from,
        ...(records && codec
          ? {
              onShard: (_job: number, shard) =>
                records.append(shard.records, codec.encode, shard.profile),
            }
          : {}),
      });
    }

    if (executed.interrupted) throw interrupted(executed);

    const aggregate = mergeAggregates(earlier, executed.aggregates[0] ?? emptyAggregate(pack));
    const profile = mergeProfiles(earlierProfile, executed.profiles[0] ?? emptyProfile(pack));
    file?.finish(true, executed.workers || workers);
    const summary = summaryOf(aggregate, header, sampling);
    const profiled = batchProfileSummary(profile, pack, scenario.horizon);
    if (options.json) {
      const document = { ...summary, definitions: outcomeDefinitions(pack), profile: profiled };
      ctx.out(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      const lines = [
        ...renderBatchSummary(summary, aggregate, pack, {
          color: ctx.color,
          width: ctx.width,
          title: scenario.title,
        }),
        '',
        ...renderBatchProfile(profiled, pack, { color: ctx.color, width: ctx.width }),
      ];
      ctx.out(`${lines.join('\n')}\n`);
    }
    if (executed.runs > 0) {
      const rate =
        executed.seconds > 0 ? Math.round(executed.runs / executed.seconds) : executed.runs;
      ctx.log(
        ctx.errColor.dim(
          `brink: ${formatCount(executed.runs, 'run')} in ${executed.seconds.toFixed(1)} s ` +
            `(${rate.toLocaleString('en-US')} runs/s, ${formatCount(executed.workers, 'worker')}` +
            `${options.queue ? ` via ${options.queue.display}` : ''})` +
            (options.out ? ` → ${options.out}, ${manifestPath(options.out)}` : ''),
        ),
      );
    } else if (options.out) {
      ctx.log(ctx.errColor.dim(`brink: ${options.out} already holds all ${options.runs} runs`));
    }
  }

  /** The error to stop with when a signal stopped the batch: how far it got, how to go on. */
  function interrupted(executed: Executed): CliError {
    const written = file?.finish(false, executed.workers);
    const done = written ? written.runsCompleted : (executed.delivered[0] ?? 0);
    if (options.queue && queued) {
      const connected = workersConnected;
      const soFar = options.out
        ? ` (${done} of ${options.runs} runs are in ${options.out} so far)`
        : '';
      const collect = 'run the same command again to collect it';
      const next =
        connected === undefined
          ? `whether a worker is connected to take it could not be asked; ${collect}`
          : connected === 0
            ? `but no worker is connected to take it: start one with brink worker --queue ${options.queue.display}, then ${collect}`
            : `where ${formatCount(connected, 'connected worker')} ${connected === 1 ? 'goes' : 'go'} on with it; ${collect}`;
      return new CliError(
        `interrupted: batch ${queued.id} stays queued at ${options.queue.display}, ${next}${soFar}`,
        EXIT.interrupted,
      );
    }
    const where = options.out
      ? `: ${done} of ${options.runs} runs are in ${options.out} (its manifest says complete: false)\n` +
        `continue with: brink batch ${scenarioArg} --runs ${options.runs} --seed ${options.seed}${sampling === 'fixed' ? '' : ` --sampling ${sampling}`} --out ${options.out} --resume`
      : ` after ${done} of ${options.runs} runs; nothing was written`;
    return new CliError(`interrupted${where}`, EXIT.interrupted);
  }

  /**
   * Profiles the runs `job.from` ≤ run < `job.to` already in `file` again (records not wanted),
   * on the same local workers, and keeps their profile in its manifest; the profile of every
   * run before `job.to`.
   */
  async function profileAgain(job: BatchJob, into: RecordFile): Promise<TraceProfile> {
    ctx.log(
      `brink: profiling runs ${job.from}–${job.to - 1} of ${options.out} again (its manifest kept the profile of ${formatCount(job.from, 'run')})`,
    );
    const again = await executeBatches(ctx, [job], {
      workers,
      label: `${scenario.id} (profile)`,
      progress: !options.quiet,
    });
    if (again.interrupted) throw interrupted(again);
    into.addProfile(job.from, again.profiles[0]!);
    return mergeProfiles(earlierProfile, again.profiles[0]!);
  }
}
