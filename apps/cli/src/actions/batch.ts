import {
  type Aggregate,
  batchHeader,
  emptyAggregate,
  mergeAggregates,
  summaryOf,
} from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { executeBatches } from '../executeBatches.js';
import { renderBatchSummary } from '../format/batchSummary.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';
import { manifestPath } from '../output/manifest.js';
import { RecordFile } from '../output/recordFile.js';
import { codecFor } from '../output/recordFormat.js';
import { CLI_VERSION } from '../version.js';

/** The options of `brink batch`, as commander parses them. */
export interface BatchOptions {
  runs: number;
  seed: number;
  workers?: number;
  out?: string;
  json?: boolean;
  resume?: boolean;
  quiet?: boolean;
}

/** What `brink batch` does, once its arguments are parsed. */
export async function batchAction(scenarioArg: string, options: BatchOptions, ctx: Context) {
  if (options.resume && !options.out) {
    throw usageError('--resume needs --out FILE: the partial output to continue');
  }
  const { scenario, pack, origin } = loadScenario(scenarioArg);
  const header = batchHeader(pack, scenario, options.seed);
  const workers = options.workers ?? defaultWorkers();
  const started = new Date().toISOString();

  let file: RecordFile | undefined;
  let earlier: Aggregate = emptyAggregate(pack);
  const codec = options.out ? codecFor(options.out, pack) : undefined;
  if (options.out && codec) {
    const manifest = {
      command: 'batch' as const,
      ...header,
      scenarioSource: origin,
      format: codec.format,
      cliVersion: CLI_VERSION,
      runsRequested: options.runs,
      workers,
      started,
      finished: null,
      complete: false,
    };
    if (options.resume) {
      const resumed = RecordFile.resume(options.out, codec, manifest, pack);
      file = resumed.file;
      earlier = resumed.aggregate;
      if (resumed.fresh) ctx.log(`brink: nothing to resume at ${options.out}; starting it`);
      else if (file.completed < options.runs) {
        ctx.log(
          `brink: resuming ${options.out} at run ${file.completed} of ${options.runs}` +
            (resumed.dropped ? ' (dropped an incomplete last line)' : ''),
        );
      }
    } else {
      file = RecordFile.create(options.out, codec, manifest);
    }
  }

  const from = file?.completed ?? 0;
  const executed = await executeBatches(
    ctx,
    [
      {
        key: header.scenarioHash,
        pack,
        scenario,
        seed: options.seed,
        from,
        to: options.runs,
        records: file !== undefined,
      },
    ],
    {
      workers,
      label: scenario.id,
      progress: !options.quiet,
      initial: from,
      ...(file && codec
        ? { onShard: (_job: number, shard) => file.append(shard.records, codec.encode) }
        : {}),
    },
  );

  if (executed.interrupted) {
    const written = file?.finish(false, executed.workers);
    const done = written ? written.runsCompleted : (executed.delivered[0] ?? 0);
    const where = options.out
      ? `: ${done} of ${options.runs} runs are in ${options.out} (its manifest says complete: false)\n` +
        `continue with: brink batch ${scenarioArg} --runs ${options.runs} --seed ${options.seed} --out ${options.out} --resume`
      : ` after ${done} of ${options.runs} runs; nothing was written`;
    throw new CliError(`interrupted${where}`, EXIT.interrupted);
  }

  const aggregate = mergeAggregates(earlier, executed.aggregates[0] ?? emptyAggregate(pack));
  file?.finish(true, executed.workers || workers);
  const summary = summaryOf(aggregate, header);
  if (options.json) {
    ctx.out(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const lines = renderBatchSummary(summary, aggregate, pack, {
      color: ctx.color,
      width: ctx.width,
      title: scenario.title,
    });
    ctx.out(`${lines.join('\n')}\n`);
  }
  if (executed.runs > 0) {
    const rate =
      executed.seconds > 0 ? Math.round(executed.runs / executed.seconds) : executed.runs;
    ctx.log(
      ctx.errColor.dim(
        `brink: ${executed.runs.toLocaleString('en-US')} runs in ${executed.seconds.toFixed(1)} s ` +
          `(${rate.toLocaleString('en-US')} runs/s, ${executed.workers} worker${executed.workers === 1 ? '' : 's'})` +
          (options.out ? ` → ${options.out}, ${manifestPath(options.out)}` : ''),
      ),
    );
  } else if (options.out) {
    ctx.log(ctx.errColor.dim(`brink: ${options.out} already holds all ${options.runs} runs`));
  }
}
