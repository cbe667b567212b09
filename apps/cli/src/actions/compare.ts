import {
  type Aggregate,
  batchHeader,
  type Difference,
  type DifferenceInterval,
  differenceInterval,
  formatCount,
  formatInterval,
  type Pack,
  RUNGS,
  type Rung,
  type ShareInterval,
  type Summary,
  scenarioDifferences,
  summaryOf,
  wilsonInterval,
} from '@brink/core';
import type { Context } from '../context.js';
import { CliError, EXIT, inputError } from '../errors.js';
import { executeBatches } from '../executeBatches.js';
import { outcomeDefinitions, renderOutcomeDefinitions } from '../format/outcomeDefinitions.js';
import { formatPoints, formatShare } from '../format/share.js';
import { type Column, padEnd, table } from '../format/text.js';
import { loadScenario } from '../loadScenario.js';
import { defaultWorkers } from '../options.js';

/** The options of `brink compare`, as commander parses them. */
export interface CompareOptions {
  runs: number;
  seed: number;
  workers?: number;
  json?: boolean;
  quiet?: boolean;
}

/** A share in each scenario and their difference (b − a), as `--json` gives it. */
export interface ComparedShare {
  a: ShareInterval;
  b: ShareInterval;
  difference: DifferenceInterval;
}

/** What `brink compare` does, once its arguments are parsed. */
export async function compareAction(
  argA: string,
  argB: string,
  options: CompareOptions,
  ctx: Context,
) {
  const a = loadScenario(argA);
  const b = loadScenario(argB);
  if (a.pack.id !== b.pack.id) {
    throw inputError(`cannot compare scenarios of two packs (${a.pack.id} and ${b.pack.id})`);
  }
  const pack = a.pack;
  const headers = [a, b].map((loaded) => batchHeader(pack, loaded.scenario, options.seed));
  const executed = await executeBatches(
    ctx,
    [a, b].map((loaded, i) => ({
      key: headers[i]!.scenarioHash,
      pack,
      scenario: loaded.scenario,
      seed: options.seed,
      from: 0,
      to: options.runs,
      records: false,
    })),
    {
      workers: options.workers ?? defaultWorkers(),
      label: `${a.scenario.id} vs ${b.scenario.id}`,
      progress: !options.quiet,
    },
  );
  if (executed.interrupted) {
    throw new CliError('interrupted; nothing was compared', EXIT.interrupted);
  }
  const [aggA, aggB] = executed.aggregates as [Aggregate, Aggregate];
  const summaries = [summaryOf(aggA, headers[0]!), summaryOf(aggB, headers[1]!)] as const;
  const differences = scenarioDifferences(pack, a.scenario, b.scenario);
  const outcomes = Object.fromEntries(
    pack.outcomes.map((outcome) => [
      outcome.id,
      compared(aggA.outcomes[outcome.id] ?? 0, aggB.outcomes[outcome.id] ?? 0, options.runs),
    ]),
  );
  const reach = pack.actors.flatMap((actor) =>
    RUNGS.map((rung, r) => ({
      actor: actor.id,
      rung,
      ...compared(aggA.reached[actor.id]?.[r] ?? 0, aggB.reached[actor.id]?.[r] ?? 0, options.runs),
      firstDay: {
        a: summaries[0].actors[actor.id]?.firstDay[rung] ?? null,
        b: summaries[1].actors[actor.id]?.firstDay[rung] ?? null,
      },
    })).filter((cell) => cell.difference.significant),
  );

  if (options.json) {
    const definitions = outcomeDefinitions(pack);
    const document = {
      a: summaries[0],
      b: summaries[1],
      differences,
      outcomes,
      definitions,
      reach,
    };
    ctx.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const lines = renderComparison(summaries, differences, outcomes, reach, pack, ctx);
    ctx.out(`${lines.join('\n')}\n`);
  }
  ctx.log(
    ctx.errColor.dim(
      `brink: 2 × ${formatCount(options.runs, 'run')} in ${executed.seconds.toFixed(1)} s (${executed.workers} workers)`,
    ),
  );
}

function compared(countA: number, countB: number, runs: number): ComparedShare {
  const a = wilsonInterval(countA, runs);
  const b = wilsonInterval(countB, runs);
  return { a, b, difference: differenceInterval(a, b) };
}

function renderComparison(
  summaries: readonly [Summary, Summary],
  differences: readonly Difference[],
  outcomes: Record<string, ComparedShare>,
  reach: readonly (ComparedShare & {
    actor: string;
    rung: Rung;
    firstDay: { a: number | null; b: number | null };
  })[],
  pack: Pack,
  ctx: Context,
): string[] {
  const { color } = ctx;
  const [sa, sb] = summaries;
  const mark = (difference: DifferenceInterval) =>
    !difference.significant
      ? color.dim('≈')
      : difference.difference > 0
        ? color.red('▲')
        : color.green('▼');
  const lines = [
    `${color.bold(sa.scenario)} vs ${color.bold(sb.scenario)}`,
    color.dim(
      `${formatCount(sa.runs, 'run')} each · seed ${sa.seed} · pack ${sa.pack} ${sa.packVersion} · engine ${sa.engineVersion}`,
    ),
    '',
    color.bold(`What ${sb.scenario} changes`),
  ];
  if (differences.length === 0)
    lines.push(color.dim('  nothing: the two scenarios set the same postures and scripts'));
  for (const difference of differences) {
    if (difference.path === 'inject') {
      lines.push(
        difference.a === '—'
          ? `  ${color.green('+')} ${difference.b}`
          : `  ${color.red('−')} ${difference.a}`,
      );
    } else {
      lines.push(`  ${padEnd(difference.path, 28)} ${difference.a} → ${color.bold(difference.b)}`);
    }
  }

  const columns: Column[] = [
    { header: 'outcome' },
    { header: sa.scenario, align: 'right' },
    { header: '' },
    { header: sb.scenario, align: 'right' },
    { header: '' },
    { header: '' },
    { header: 'difference (95%)' },
  ];
  const rows = pack.outcomes.map((outcome) => {
    const { a, b, difference } = outcomes[outcome.id]!;
    return [
      outcome.id,
      formatShare(a.share),
      color.dim(formatInterval(a.low, a.high)),
      formatShare(b.share),
      color.dim(formatInterval(b.low, b.high)),
      mark(difference),
      `${formatPoints(difference.difference)} ${color.dim(`(${formatPoints(difference.low).replace(' pts', '')} to ${formatPoints(difference.high)})`)}`,
    ];
  });
  lines.push('', color.bold('Outcomes: share of runs, 95% Wilson intervals'));
  lines.push(...table(columns, rows, { indent: '  ', styleHeader: color.dim }));
  lines.push(
    color.dim(`  ▲ ▼ ${sb.scenario} is higher or lower at the 95% level; ≈ no clear difference`),
  );
  lines.push('', ...renderOutcomeDefinitions(pack, color, ctx.width));

  lines.push('', color.bold('Rungs reached: where the two differ at the 95% level'));
  if (reach.length === 0)
    lines.push(color.dim('  no actor reaches any rung in a clearly different share of runs'));
  const names = new Map(pack.actors.map((actor) => [actor.id, actor.name]));
  const day = (value: number | null) => (value === null ? '—' : String(value));
  const reachRows = reach.map((cell) => [
    names.get(cell.actor) ?? cell.actor,
    cell.rung,
    formatShare(cell.a.share),
    '→',
    formatShare(cell.b.share),
    mark(cell.difference),
    formatPoints(cell.difference.difference),
    color.dim(`median first day ${day(cell.firstDay.a)} → ${day(cell.firstDay.b)}`),
  ]);
  if (reachRows.length > 0) {
    const reachColumns: Column[] = [
      { header: 'actor' },
      { header: 'rung' },
      { header: sa.scenario, align: 'right' },
      { header: '' },
      { header: sb.scenario, align: 'right' },
      { header: '' },
      { header: 'difference', align: 'right' },
      { header: '' },
    ];
    lines.push(...table(reachColumns, reachRows, { indent: '  ', styleHeader: color.dim }));
  }
  return lines;
}
