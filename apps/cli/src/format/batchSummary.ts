import {
  type Aggregate,
  formatCount,
  formatInterval,
  type Pack,
  RUNGS,
  type Summary,
  wilsonInterval,
} from '@brink/core';
import { renderOutcomeDefinitions } from './outcomeDefinitions.js';
import type { Palette } from './palette.js';
import { formatShare, shareBar } from './share.js';
import { joinWrapped, padEnd, padStart, truncate } from './text.js';

/** Every actor stands at `dormant` or higher, so its column says nothing. */
const SHOWN_RUNGS = RUNGS.slice(1);
const SHARE_WIDTH = 6;
const DAY_WIDTH = 4;
const CELL_WIDTH = SHARE_WIDTH + 1 + DAY_WIDTH;

/** What a summary is of: runs, seed, days, pack, engine, scenario hash. */
export function summaryFacts(summary: Summary): string[] {
  return [
    formatCount(summary.runs, 'run'),
    `seed ${summary.seed}`,
    ...(summary.sampling === 'sampled' ? ['parameters sampled from their ranges'] : []),
    `${summary.horizon} days`,
    `pack ${summary.pack} ${summary.packVersion}`,
    `engine ${summary.engineVersion}`,
    `scenario hash ${summary.scenarioHash.slice(0, 12)}`,
  ];
}

/**
 * The reach table of a batch: per actor, the share of runs in which it stood at each rung or
 * higher, and the median first day it did (`d12`).
 */
export function renderReachTable(summary: Summary, pack: Pack, color: Palette): string[] {
  const actors = pack.actors.filter((actor) => summary.actors[actor.id]);
  const labelWidth = Math.max(...actors.map((actor) => actor.name.length)) + 2;
  const lines = [
    color.bold('Reach: share of runs in which each actor stood at each rung or higher'),
    color.dim('(and the median first day it did, among those runs)'),
    color.dim(
      `  ${' '.repeat(labelWidth)}${SHOWN_RUNGS.map((rung) => padStart(rung, SHARE_WIDTH + 3).padEnd(CELL_WIDTH)).join(' ')}`.trimEnd(),
    ),
  ];
  for (const actor of actors) {
    const { reach, firstDay } = summary.actors[actor.id]!;
    const cells = SHOWN_RUNGS.map((rung) => {
      const share = reach[rung];
      const day = firstDay[rung];
      const shareText = padStart(formatShare(share), SHARE_WIDTH);
      const dayText = padEnd(day === null ? '' : `d${formatDay(day)}`, DAY_WIDTH);
      const styled =
        share === 0 ? color.dim(shareText) : share >= 0.5 ? color.bold(shareText) : shareText;
      return `${styled} ${color.dim(dayText)}`;
    });
    lines.push(`  ${padEnd(actor.name, labelWidth)}${cells.join(' ')}`.trimEnd());
  }
  return lines;
}

/**
 * The outcome table of a batch: per pack outcome its share of runs, the 95% Wilson interval and
 * a bar (solid to the share, shaded to the interval's upper end).
 */
export function renderOutcomeTable(
  aggregate: Aggregate,
  pack: Pack,
  options: { color: Palette; width: number },
): string[] {
  const { color } = options;
  const idWidth = Math.max(...pack.outcomes.map((outcome) => outcome.id.length));
  const longest = Math.max(...pack.outcomes.map((outcome) => outcome.label.length));
  const fixed = 2 + idWidth + 2 + 2 + SHARE_WIDTH + 2 + 11 + 2;
  // Labels whole if they fit beside a bar of at least 12 columns; the bar takes what is left.
  const labelWidth = Math.max(10, Math.min(longest, options.width - fixed - 12));
  const barWidth = Math.max(10, Math.min(30, options.width - fixed - labelWidth));
  const lines = [color.bold('Outcomes: share of runs, with 95% Wilson intervals')];
  for (const outcome of pack.outcomes) {
    const count = aggregate.outcomes[outcome.id] ?? 0;
    const interval = wilsonInterval(count, aggregate.runs);
    lines.push(
      [
        `  ${padEnd(outcome.id, idWidth)}`,
        color.dim(padEnd(truncate(outcome.label, labelWidth), labelWidth)),
        color.bold(padStart(formatShare(interval.share), SHARE_WIDTH)),
        color.dim(padEnd(formatInterval(interval.low, interval.high), 11)),
        color.cyan(shareBar(interval.share, interval.high, barWidth)),
      ]
        .join('  ')
        .trimEnd(),
    );
  }
  lines.push(color.dim('  █ share of runs  ░ up to the upper end of its 95% interval'));
  return lines;
}

/**
 * The whole text summary of a batch: what it is, the reach table, the outcome table and what each
 * outcome counts.
 */
export function renderBatchSummary(
  summary: Summary,
  aggregate: Aggregate,
  pack: Pack,
  options: { color: Palette; width: number; title: string },
): string[] {
  const { color } = options;
  return [
    color.bold(`${summary.scenario} — ${options.title}`),
    ...joinWrapped(summaryFacts(summary), ' · ', options.width).map((line) => color.dim(line)),
    '',
    ...renderReachTable(summary, pack, color),
    '',
    ...renderOutcomeTable(aggregate, pack, options),
    '',
    ...renderOutcomeDefinitions(pack, color, options.width),
  ];
}

function formatDay(day: number): string {
  // Medians of an even count can fall between two days.
  return Number.isInteger(day) ? String(day) : `${Math.floor(day)}½`;
}
