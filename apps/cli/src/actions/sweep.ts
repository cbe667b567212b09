import { existsSync, unlinkSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  type Aggregate,
  batchHeader,
  formatCount,
  formatIssue,
  formatPath,
  type GridPoint,
  gridPoints,
  hashOf,
  type Pack,
  parseSweepParam,
  type Scenario,
  type ShareInterval,
  type Summary,
  type SweepParam,
  scenarioAt,
  summaryOf,
  ValidationError,
  wilsonInterval,
} from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT, usageError } from '../errors.js';
import { executeBatches } from '../executeBatches.js';
import { summaryFacts } from '../format/batchSummary.js';
import { outcomeDefinitions, renderOutcomeDefinitions } from '../format/outcomeDefinitions.js';
import { formatShare } from '../format/share.js';
import { type Column, joinWrapped, table } from '../format/text.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';
import { claimOutput } from '../output/claimOutput.js';
import { type Manifest, manifestPath, writeManifest } from '../output/manifest.js';
import { writeFileAtomic } from '../output/writeFileAtomic.js';
import { CLI_VERSION } from '../version.js';

/** The options of `brink sweep`, as commander parses them. */
export interface SweepOptions {
  param: string[];
  runs: number;
  seed: number;
  workers?: number;
  json?: boolean;
  out?: string;
  /** `--force`: replace an existing `--out` file. */
  force?: boolean;
  quiet?: boolean;
}

/** One grid point's result, as `--json` and `--out` give it. */
export interface SweepPoint {
  point: number;
  values: GridPoint;
  scenarioHash: string;
  runs: number;
  outcomes: Record<string, ShareInterval>;
  summary: Summary;
}

const OUT_FORMATS = ['.json', '.csv', '.ndjson', '.jsonl'];

/** What `brink sweep` does, once its arguments are parsed. */
export async function sweepAction(scenarioArg: string, options: SweepOptions, ctx: Context) {
  if (options.force && !options.out)
    throw usageError('--force needs --out FILE: the file to replace');
  if (options.out && !OUT_FORMATS.includes(extname(options.out).toLowerCase())) {
    throw usageError(`--out ${options.out}: the file name must end in ${OUT_FORMATS.join(', ')}`);
  }
  const { scenario: base, pack, origin } = loadScenario(scenarioArg);
  const params = options.param.map((spec) => asUsageError(() => parseSweepParam(spec, pack)));
  const paths = params.map((param) => param.path);
  const repeated = paths.find((path, i) => paths.indexOf(path) !== i);
  if (repeated)
    throw usageError(`--param ${repeated} is given twice; give it once with every value`);
  const points = asUsageError(() => gridPoints(params));
  // Every point is validated before anything runs: a bad combination fails at once.
  const scenarios = points.map((point) =>
    asUsageError(() => scenarioAt(base, params, point, pack), point),
  );
  const header = batchHeader(pack, base, options.seed);
  const workers = options.workers ?? defaultWorkers();
  const manifest: Manifest | undefined = options.out
    ? {
        command: 'sweep',
        ...header,
        scenarioSource: origin,
        records: basename(options.out),
        format: extname(options.out).slice(1).toLowerCase(),
        cliVersion: CLI_VERSION,
        runsRequested: points.length * options.runs,
        runsCompleted: 0,
        workers,
        started: new Date().toISOString(),
        finished: null,
        complete: false,
        grid: {
          params: Object.fromEntries(params.map((param) => [param.path, param.values])),
          points: points.length,
          runsPerPoint: options.runs,
        },
      }
    : undefined;
  const claim = options.out
    ? claimOutput(options.out, {
        option: '--out',
        inputs: origin === 'built-in' ? [] : [origin],
        existing: options.force ? 'replace' : 'refuse',
        resumable: false,
      })
    : undefined;
  try {
    if (options.out && manifest) writeManifest(options.out, manifest);
    await runSweep();
  } catch (error) {
    // Stopped before its file was written: no manifest without its file.
    if (options.out && !existsSync(options.out)) removeQuietly(manifestPath(options.out));
    throw error;
  } finally {
    claim?.release();
  }

  async function runSweep() {
    const results: (SweepPoint | undefined)[] = points.map(() => undefined);
    const executed = await executeBatches(
      ctx,
      scenarios.map((scenario) => ({
        key: hashOf(scenario),
        pack,
        scenario,
        seed: options.seed,
        from: 0,
        to: options.runs,
        records: false,
      })),
      { workers, label: `sweep ${base.id}`, progress: !options.quiet },
    );
    executed.aggregates.forEach((aggregate, i) => {
      if (executed.delivered[i] === options.runs) {
        results[i] = pointResult(i, points[i]!, scenarios[i]!, aggregate, pack, options.seed);
      }
    });
    const done = results.filter((result): result is SweepPoint => result !== undefined);
    const document = sweepDocument(header, options, params, done, pack);

    if (options.out && manifest) {
      try {
        writeFileAtomic(options.out, renderOut(options.out, document, pack));
        writeManifest(options.out, {
          ...manifest,
          runsCompleted: done.length * options.runs,
          workers: executed.workers,
          finished: new Date().toISOString(),
          complete: !executed.interrupted,
        });
      } catch (error) {
        // A manifest that does not describe its file is worse than none.
        removeQuietly(manifestPath(options.out));
        throw error;
      }
    }
    if (executed.interrupted) {
      throw new CliError(
        `interrupted after ${done.length} of ${formatCount(points.length, 'grid point')}` +
          (options.out ? `; ${options.out} holds them (its manifest says complete: false)` : ''),
        EXIT.interrupted,
      );
    }
    if (options.json) {
      ctx.out(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      ctx.out(`${renderSweep(base, header, params, done, pack, ctx).join('\n')}\n`);
    }
    ctx.log(
      ctx.errColor.dim(
        `brink: ${formatCount(points.length, 'grid point')} × ${formatCount(options.runs, 'run')} in ${executed.seconds.toFixed(1)} s` +
          (options.out ? ` → ${options.out}` : ''),
      ),
    );
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function pointResult(
  index: number,
  values: GridPoint,
  scenario: Scenario,
  aggregate: Aggregate,
  pack: Pack,
  seed: number,
): SweepPoint {
  const summary = summaryOf(aggregate, batchHeader(pack, scenario, seed));
  return {
    point: index,
    values,
    scenarioHash: summary.scenarioHash,
    runs: aggregate.runs,
    outcomes: Object.fromEntries(
      pack.outcomes.map((outcome) => [
        outcome.id,
        wilsonInterval(aggregate.outcomes[outcome.id] ?? 0, aggregate.runs),
      ]),
    ),
    summary,
  };
}

function sweepDocument(
  header: ReturnType<typeof batchHeader>,
  options: SweepOptions,
  params: readonly SweepParam[],
  points: readonly SweepPoint[],
  pack: Pack,
) {
  return {
    ...header,
    runsPerPoint: options.runs,
    params: params.map((param) => ({ path: param.path, values: param.values })),
    definitions: outcomeDefinitions(pack),
    points,
  };
}

function renderOut(path: string, document: ReturnType<typeof sweepDocument>, pack: Pack): string {
  const format = extname(path).toLowerCase();
  if (format === '.json') return `${JSON.stringify(document, null, 2)}\n`;
  const paths = document.params.map((param) => param.path);
  const ids = pack.outcomes.map((outcome) => outcome.id);
  if (format === '.csv') {
    const head = [
      'point',
      ...paths,
      'runs',
      ...ids.flatMap((id) => [id, `${id}.low`, `${id}.high`]),
    ];
    const rows = document.points.map((point) => [
      point.point,
      ...paths.map((path) => point.values[path]),
      point.runs,
      ...ids.flatMap((id) => {
        const interval = point.outcomes[id]!;
        return [interval.share, interval.low, interval.high];
      }),
    ]);
    return [head, ...rows].map((row) => `${row.join(',')}\n`).join('');
  }
  return document.points
    .map(
      ({ point, values, scenarioHash, runs, outcomes }) =>
        `${JSON.stringify({ point, values, scenarioHash, runs, outcomes })}\n`,
    )
    .join('');
}

function renderSweep(
  base: Scenario,
  header: ReturnType<typeof batchHeader>,
  params: readonly SweepParam[],
  points: readonly SweepPoint[],
  pack: Pack,
  ctx: Context,
): string[] {
  const { color } = ctx;
  const ids = pack.outcomes.map((outcome) => outcome.id);
  const columns: Column[] = [
    ...params.map((param) => ({ header: param.path })),
    ...ids.map((id) => ({ header: id, align: 'right' as const })),
  ];
  const rows = points.map((point) => [
    ...params.map((param) => String(point.values[param.path])),
    ...ids.map((id) => {
      const share = point.outcomes[id]!.share;
      const text = formatShare(share);
      return share === 0 ? color.dim(text) : share >= 0.5 ? color.bold(text) : text;
    }),
  ]);
  const widest = Math.max(
    0,
    ...points.flatMap((point) =>
      ids.map((id) => point.outcomes[id]!.high - point.outcomes[id]!.low),
    ),
  );
  const runs = points[0]?.runs ?? 0;
  return [
    color.bold(`${base.id} — sweep of ${params.map((param) => param.path).join(' × ')}`),
    ...joinWrapped(
      [
        formatCount(points.length, 'grid point'),
        ...summaryFacts({ ...header, sampling: 'fixed', runs, actors: {}, outcomes: {} }),
      ],
      ' · ',
      ctx.width,
    ).map((line) => color.dim(line)),
    '',
    color.bold('Outcome shares at each grid point'),
    ...table(columns, rows, { indent: '  ', styleHeader: color.dim }),
    color.dim(
      `  each share's 95% Wilson interval is at most ${(widest * 100).toFixed(1)} points wide; --json gives every interval`,
    ),
    '',
    ...renderOutcomeDefinitions(pack, color, ctx.width),
  ];
}

/**
 * Core's sweep errors as usage errors (exit 2): `--param PATH: problem`, or for an invalid
 * combination `--param PATH=VALUE …: not a valid scenario: problems`.
 */
function asUsageError<T>(make: () => T, point?: GridPoint): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    if (!point) throw usageError(`--param ${error.issues.map(formatIssue).join('; ')}`);
    const where = Object.entries(point)
      .map(([path, value]) => `${path}=${value}`)
      .join(' ');
    const problems = error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw usageError(`--param ${where}: not a valid scenario: ${problems.join('; ')}`);
  }
}
