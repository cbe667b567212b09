import {
  type FanDay,
  type FiredField,
  fanDays,
  formatCount,
  type Pack,
  RUNGS,
  type Rung,
  rulesFiredMost,
  type TraceProfile,
} from '@brink/core';
import type { Palette } from './palette.js';
import { RUNG_GLYPHS } from './rungStyle.js';
import { formatShare } from './share.js';
import { padEnd, padStart, truncate } from './text.js';

/** The days of a run a batch's profile is shown at: the last day of each quarter of the horizon. */
const QUARTERS = 4;
/** How many of the rules that decided most are shown. */
const TOP_RULES = 8;

/** An actor's rung on one day across a batch's runs, by percentile of the runs. */
export interface RungBand {
  /** Day of the run, from 0. */
  day: number;
  p05: Rung;
  p25: Rung;
  median: Rung;
  p75: Rung;
  p95: Rung;
}

/** What `brink batch` reports of its runs' trace profile (in its text and under `--json`). */
export interface BatchProfileSummary {
  /** Runs profiled: every run of the batch. */
  runs: number;
  /** The days shown: the last day of each quarter of the horizon (from 0). */
  days: number[];
  /** Per actor (pack order), its rung on each shown day: median, 25–75% and 5–95% of the runs. */
  rungs: Record<string, RungBand[]>;
  /** The deciding fields that decided most rung changes and red-line crossings, most first. */
  rules: FiredField[];
}

/**
 * The summary of a batch's trace profile: core's `fanDays` of each actor at the last day of each
 * quarter of the horizon, and core's `rulesFiredMost` (the web's fan charts and rules table
 * read the same profile with the same functions).
 */
export function batchProfileSummary(
  profile: TraceProfile,
  pack: Pack,
  horizon: number,
): BatchProfileSummary {
  const days = [
    ...new Set(
      Array.from({ length: QUARTERS }, (_, q) =>
        Math.max(0, Math.ceil((horizon * (q + 1)) / QUARTERS) - 1),
      ),
    ),
  ];
  const rungs = Object.fromEntries(
    pack.actors.map((actor) => {
      const fan = new Map(fanDays(profile, actor.id).map((day) => [day.day, day]));
      return [
        actor.id,
        days.flatMap((day) => {
          const at = fan.get(day);
          return at ? [bandOf(at)] : [];
        }),
      ];
    }),
  );
  return { runs: profile.runs, days, rungs, rules: rulesFiredMost(profile, TOP_RULES) };
}

function bandOf(day: FanDay): RungBand {
  return {
    day: day.day,
    p05: RUNGS[day.p05]!,
    p25: RUNGS[day.p25]!,
    median: RUNGS[day.p50]!,
    p75: RUNGS[day.p75]!,
    p95: RUNGS[day.p95]!,
  };
}

const RUNG_WIDTH = Math.max(...RUNGS.map((rung) => rung.length));
/** A cell: the median rung's name, then the 5–95% band as two rung glyphs. */
const CELL_WIDTH = RUNG_WIDTH + 5;

/**
 * The text of a batch's profile: each actor's median rung on the shown days with the band 90% of
 * the runs stood in (as rung glyphs), then the rules that decided most moves.
 */
export function renderBatchProfile(
  summary: BatchProfileSummary,
  pack: Pack,
  options: { color: Palette; width: number },
): string[] {
  const { color } = options;
  if (summary.runs === 0) return [];
  const actors = pack.actors.filter((actor) => (summary.rungs[actor.id]?.length ?? 0) > 0);
  const labelWidth = Math.max(...pack.actors.map((actor) => actor.name.length)) + 2;
  const lines = [
    color.bold(`Rung by day, over all ${formatCount(summary.runs, 'run')}`),
    color.dim(
      `(the median rung, and from the 5th to the 95th percentile of the runs: ${RUNGS.map((rung) => RUNG_GLYPHS[rung]).join('')} = ${RUNGS[0]}…${RUNGS.at(-1)})`,
    ),
    color.dim(
      `  ${' '.repeat(labelWidth)}${summary.days.map((day) => padEnd(`d${day}`, CELL_WIDTH)).join(' ')}`.trimEnd(),
    ),
  ];
  for (const actor of actors) {
    const cells = summary.rungs[actor.id]!.map((band) =>
      padEnd(
        `${padEnd(band.median, RUNG_WIDTH)} ${color.dim(`${RUNG_GLYPHS[band.p05]}–${RUNG_GLYPHS[band.p95]}`)}`,
        CELL_WIDTH,
      ),
    );
    lines.push(`  ${padEnd(actor.name, labelWidth)}${cells.join(' ')}`.trimEnd());
  }
  if (summary.rules.length === 0) return lines;
  const fieldWidth = Math.min(
    Math.max(...summary.rules.map((rule) => rule.field.length)),
    Math.max(16, options.width - 40),
  );
  const firedWidth = Math.max(...summary.rules.map((rule) => String(rule.fired).length));
  lines.push(
    '',
    color.bold('Rules that fired most: the field that decided a rung change or red line'),
    color.dim('(how many moves it decided, and the share of runs in which it decided one)'),
  );
  for (const rule of summary.rules) {
    lines.push(
      [
        `  ${padEnd(truncate(rule.field, fieldWidth), fieldWidth)}`,
        padStart(String(rule.fired), firedWidth),
        color.dim(`moves, in ${formatShare(rule.runs / summary.runs)} of runs`),
      ].join('  '),
    );
  }
  return lines;
}
