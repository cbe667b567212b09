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
import { CliError, EXIT, usageError } from '../errors.js';
import { type Executed, executeBatches } from '../executeBatches.js';
import { batchProfileSummary, renderBatchProfile } from '../format/batchProfile.js';
import { renderBatchSummary } from '../format/batchSummary.js';
import { outcomeDefinitions } from '../format/outcomeDefinitions.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';
import { claimOutput } from '../output/claimOutput.js';
import { manifestPath } from '../output/manifest.js';
import { RecordFile } from '../output/recordFile.js';
import { codecFor } from '../output/recordFormat.js';
import type { RedisTarget } from '../queue/parseRedisUrl.js';
import { planQueuedBatch } from '../queue/planQueuedBatch.js';
import { defaultShardSize } from '../queue/queueDefaults.js';
import type { BatchJob } from '../runBatches.js';
import { CLI_VERSION } from '../version.js';

/** The options of `brink batch`, as commander parses them. */
export interface BatchOptions {
  runs: number;
  seed: number;
  workers?: number;
  out?: string;
  json?: boolean;
  resume?: boolean;
  /** `--force`: replace an existing `--out` file. */
  force?: boolean;
  quiet?: boolean;
  /** `--queue URL`: run the batch through the queue there, on `brink worker`s. */
  queue?: RedisTarget;
  shardSize?: number;
  /** `--sampling`: the pack's values (`fixed`, default) or draws from its ranges (`sampled`). */
  sampling?: 'fixed' | 'sampled';
}

/** What `brink batch` does, once its arguments are parsed. */
export async function batchAction(scenarioArg: string, options: BatchOptions, ctx: Context) {
  if (options.resume && !options.out) {
    throw usageError('--resume needs --out FILE: the partial output to continue');
  }
  if (options.force && !options.out)
    throw usageError('--force needs --out FILE: the file to replace');
  if (options.force && options.resume) {
    throw usageError('--force replaces --out FILE and --resume continues it: give one of them');
  }
  if (options.queue) {
    if (options.resume) {
      throw usageError(
        '--resume continues a local batch; a queued batch is continued by running the same command again, without --resume',
      );
    }
    if (options.workers !== undefined) {
      throw usageError(
        '--workers sets local threads; with --queue the shards run on brink workers (brink worker --concurrency K)',
      );
    }
  } else if (options.shardSize !== undefined) {
    throw usageError('--shard-size applies to queued batches: give --queue redis://HOST:PORT too');
  }
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
  const codec = options.out
    ? codecFor(
        options.out,
        pack,
        parameters.map((parameter) => parameter.name),
      )
    : undefined;
  const claim = options.out
    ? claimOutput(options.out, {
        option: '--out',
        inputs: origin === 'built-in' ? [] : [origin],
        existing: options.force ? 'replace' : options.resume ? 'continue' : 'refuse',
        resumable: !options.queue,
        // Running a queued batch's command again collects it, rewriting its unfinished file.
        ...(queued ? { ownPartial: (manifest) => manifest.queue?.batch === queued.id } : {}),
      })
    : undefined;
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
      const manifest = {
        command: 'batch' as const,
        ...header,
        sampling,
        scenarioSource: origin,
        format: codec.format,
        cliVersion: CLI_VERSION,
        runsRequested: options.runs,
        workers,
        ...(options.queue && queued
          ? {
              queue: {
                url: options.queue.display,
                batch: queued.id,
                shardSize: queued.shardSize,
                shards: queued.shards.length,
              },
            }
          : {}),
        started,
        finished: null,
        complete: false,
      };
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
