import {
  batchHeader,
  type ExploreMethod,
  exploreAnalysis,
  exploreSampling,
  formatCount,
  formatPath,
  hashOf,
  type RunRecord,
  type Sampling,
  samplingPlan,
  ValidationError,
} from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT, inputError } from '../errors.js';
import { type Executed, executeBatches } from '../executeBatches.js';
import { renderExplore } from '../format/explore.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';
import { claimRecordOutput } from '../output/claimRecordOutput.js';
import { newRecordManifest } from '../output/newRecordManifest.js';
import { RecordFile } from '../output/recordFile.js';
import { planQueuedBatch } from '../queue/planQueuedBatch.js';
import { defaultShardSize } from '../queue/queueDefaults.js';
import { checkRecordedRunOptions, type RecordedRunOptions } from './checkRecordedRunOptions.js';

/** The options of `brink explore`, as commander parses them. */
export interface ExploreOptions extends RecordedRunOptions {
  method: ExploreMethod;
  outcome: string;
  runs: number;
  seed: number;
  json?: boolean;
  quiet?: boolean;
}

/** The option a core issue path is about, for error messages. */
const OPTION_OF: Readonly<Record<string, string>> = { outcome: '--outcome', runs: '--runs' };

/** What `brink explore` does, once its arguments are parsed. */
export async function exploreAction(scenarioArg: string, options: ExploreOptions, ctx: Context) {
  checkRecordedRunOptions(options, { one: 'exploration', many: 'explorations' });
  const { scenario, pack, origin } = loadScenario(scenarioArg);
  const request = {
    method: options.method,
    outcome: options.outcome,
    runs: options.runs,
    seed: options.seed,
  };
  const sampling = asInputError(() => exploreSampling(pack, scenario, request));
  const plan = asInputError(() => samplingPlan(pack, scenario, sampling, options.seed));
  const total = plan.runs ?? options.runs;
  const header = batchHeader(pack, scenario, options.seed);
  const label = samplingLabel(sampling);
  const ranges = hashOf(plan.parameters.map(({ name, distribution }) => ({ name, distribution })));
  const workers = options.queue ? 0 : (options.workers ?? defaultWorkers());
  const queued = options.queue
    ? planQueuedBatch(header, {
        from: 0,
        to: total,
        shardSize: options.shardSize ?? defaultShardSize(total),
        records: true,
        sampling: { sampling, ranges },
      })
    : undefined;
  const records: RunRecord[] = [];
  const { codec, claim } = claimRecordOutput(
    options,
    pack,
    plan.parameters.map((parameter) => parameter.name),
    origin,
    queued?.id,
  );
  let file: RecordFile | undefined;
  try {
    if (options.out && codec) {
      const manifest = newRecordManifest('explore', header, {
        sampling: label,
        origin,
        format: codec.format,
        runsRequested: total,
        workers,
        queue: options.queue && queued ? { target: options.queue, plan: queued } : undefined,
        started: new Date().toISOString(),
      });
      if (options.resume) {
        const resumed = RecordFile.resume(options.out, codec, manifest, pack, (record) =>
          records.push(record),
        );
        file = resumed.file;
        if (resumed.fresh) ctx.log(`brink: nothing to resume at ${options.out}; starting it`);
        else if (file.completed < total) {
          ctx.log(`brink: resuming ${options.out} at run ${file.completed} of ${total}`);
        }
      } else {
        file = RecordFile.create(options.out, codec, manifest);
      }
    }
    const from = file?.completed ?? 0;
    const job = {
      key: header.scenarioHash,
      pack,
      scenario,
      seed: options.seed,
      from,
      to: total,
      records: true,
      sampling,
    };
    const keep = (shard: { records: RunRecord[] }) => {
      if (file && codec) file.append(shard.records, codec.encode);
      for (const record of shard.records) records.push(record);
    };
    let executed: Executed;
    if (options.queue && queued) {
      const { runQueuedBatch } = await import('../queue/runQueuedBatch.js');
      executed = await runQueuedBatch(ctx, job, header, {
        target: options.queue,
        plan: queued,
        label: `${scenario.id} ${label}`,
        progress: !options.quiet,
        onShard: keep,
      });
    } else {
      executed = await executeBatches(ctx, [job], {
        workers,
        label: `${scenario.id} ${label}`,
        progress: !options.quiet,
        initial: from,
        onShard: (_job, shard) => keep(shard),
      });
    }
    if (executed.interrupted) {
      const written = file?.finish(false, executed.workers);
      const done = written ? written.runsCompleted : (executed.delivered[0] ?? 0);
      const where = options.out
        ? `: ${done} of ${total} runs are in ${options.out} (its manifest says complete: false)\n` +
          `continue with: brink explore ${scenarioArg} --method ${options.method} --outcome ${options.outcome} --runs ${options.runs} --seed ${options.seed} --out ${options.out} --resume`
        : ` after ${done} of ${total} runs; nothing was written`;
      throw new CliError(`interrupted${where}`, EXIT.interrupted);
    }
    file?.finish(true, executed.workers || workers);
    const result = asInputError(() => exploreAnalysis(pack, scenario, request, sampling, records));
    if (options.json) ctx.out(`${JSON.stringify(result, null, 2)}\n`);
    else
      ctx.out(
        `${renderExplore(result, pack, { color: ctx.color, width: ctx.width, title: scenario.title }).join('\n')}\n`,
      );
    logRate(ctx, executed, options.queue?.display);
  } catch (error) {
    file?.abandon(workers);
    throw error;
  } finally {
    claim?.release();
  }
}

/** How the manifest names an exploration's runs: `sobol N=512`, `morris r=40`, `sampled`. */
function samplingLabel(sampling: Sampling): string {
  if (typeof sampling === 'string') return sampling;
  return sampling.method === 'sobol'
    ? `sobol N=${sampling.baseSamples}`
    : `morris r=${sampling.trajectories}`;
}

/** Core's check of a request as exit 1, naming the option it is about. */
function asInputError<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw inputError(
      error.issues
        .map((issue) => {
          const first = issue.path[0];
          const option = typeof first === 'string' ? OPTION_OF[first] : undefined;
          return `${option ?? formatPath(issue.path)}: ${issue.message}`;
        })
        .join('\n'),
    );
  }
}

function logRate(ctx: Context, executed: Executed, queue: string | undefined) {
  if (executed.runs === 0) return;
  const rate = executed.seconds > 0 ? Math.round(executed.runs / executed.seconds) : executed.runs;
  ctx.log(
    ctx.errColor.dim(
      `brink: ${formatCount(executed.runs, 'run')} in ${executed.seconds.toFixed(1)} s ` +
        `(${rate.toLocaleString('en-US')} runs/s, ${formatCount(executed.workers, 'worker')}` +
        `${queue ? ` via ${queue}` : ''})`,
    ),
  );
}
