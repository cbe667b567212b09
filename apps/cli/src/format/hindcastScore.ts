import { formatCount, type HindcastScore, type PublicRecord, type Rung } from '@brink/core';
import type { Context } from '../context.js';
import { paintRung, RUNG_GLYPHS, rungLegend } from './rungStyle.js';
import { formatShare } from './share.js';
import { joinWrapped, table, wrap } from './text.js';

/** One glyph per month: the rung, or a space where there is none (before the first event). */
function strip(rungs: readonly (Rung | null)[], color: Context['color']): string {
  return rungs
    .map((rung) => (rung === null ? ' ' : paintRung(rung, RUNG_GLYPHS[rung], color)))
    .join('');
}

const share = (value: number | null) => (value === null ? '–' : formatShare(value));
const rungs = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/**
 * `brink hindcast` for a person: the score's definition (core's, in plain words), then per actor
 * its share of runs whose monthly peak is within one rung of the record's and its mean absolute
 * rung error, with the record's rung and the model's median monthly peak as glyph strips; then the overall means and the stylised facts, ✓ or ✗ with their measured share.
 */
export function renderHindcast(
  score: HindcastScore,
  record: PublicRecord,
  run: { seed: number; scenario: string },
  ctx: Pick<Context, 'color' | 'width'>,
): string[] {
  const { color, width } = ctx;
  const months = score.months;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const lines = [
    color.bold(`Model vs record: ${record.title}`),
    ...wrap(
      `${formatCount(score.runs, 'run')} of ${run.scenario}, seed ${run.seed}; the record has ${record.events.length} events, ${first} to ${last}. ${score.definition} Each strip is one glyph per month: the record's rung, then the runs' median peak.`,
      width,
    ).map((line) => color.dim(line)),
    '',
  ];
  const rows = score.actors.map((actor) => [
    color.bold(actor.actor),
    share(actor.withinOne),
    rungs(actor.meanAbsError),
    String(actor.scoredMonths),
    strip(
      actor.months.map((cell) => cell.recorded),
      color,
    ),
    strip(
      actor.months.map((cell) => cell.model.median),
      color,
    ),
  ]);
  lines.push(
    ...table(
      [
        { header: 'actor' },
        { header: 'within 1', align: 'right' },
        { header: '|error|', align: 'right' },
        { header: 'months', align: 'right' },
        { header: `record ${first}→` },
        { header: 'model median peak' },
      ],
      rows,
      { indent: '  ', styleHeader: color.dim },
    ),
  );
  lines.push(
    '',
    `  ${color.bold('all')}  ${share(score.overall.withinOne)} of runs' monthly peaks within one rung, mean error ${rungs(score.overall.meanAbsError)} rungs, over ${score.overall.scoredCells} actor-months`,
    ...joinWrapped(rungLegend(color), '  ', width - 2).map((line) => `  ${line}`),
    '',
    color.bold(`Stylised facts: ${score.factsPassed} of ${score.facts.length} hold in the model`),
  );
  for (const { fact, measured, day, passed } of score.facts) {
    const mark = passed ? color.green('✓') : color.red('✗');
    const figure =
      measured === null
        ? 'not measured (no runs on these days)'
        : `${formatShare(measured)} of runs${day === null ? '' : ` (day ${day})`}, needs ${formatShare(fact.share)}`;
    lines.push(`  ${mark} ${fact.title}`);
    lines.push(
      ...wrap(`${figure} · ${fact.kind} · events: ${fact.events.join(', ')}`, width, '      ').map(
        (line) => color.dim(line),
      ),
    );
  }
  return lines;
}
