import {
  applyOverrides,
  type Pack,
  RUNGS,
  type Rung,
  rungIndex,
  type Scenario,
  type Trace,
} from '@brink/core';
import type { Palette } from './palette.js';
import { paintRung, RUNG_GLYPHS, rungLegend } from './rungStyle.js';
import { joinWrapped, padEnd, truncate } from './text.js';

/** How to draw the strips of a run. */
export interface StripOptions {
  /** Total columns available. */
  width: number;
  /** Only these actors, in pack order; all when omitted. */
  actors?: readonly string[];
  color: Palette;
}

const INDENT = '  ';
const RUNG_WIDTH = Math.max(...RUNGS.map((rung) => rung.length));
/** Room right of the strips for the peak and ceiling columns. */
const SUFFIX_WIDTH = 2 + RUNG_WIDTH + 2 + RUNG_WIDTH;
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/**
 * The shape of a run at a glance: one strip per actor, one column per day (or per bucket of days,
 * showing the highest rung in it, so it fits `width` columns), a block whose height is the rung;
 * the actor's peak and ceiling on the right, a marker row under any actor whose red line was
 * crossed (`!` the day it was, `─` while its ceiling was lifted), scripted days on top, a legend.
 */
export function renderStrips(
  trace: Trace,
  pack: Pack,
  scenario: Scenario,
  options: StripOptions,
): string[] {
  const { color } = options;
  const actors = pack.actors.filter(
    (actor) => !options.actors || options.actors.includes(actor.id),
  );
  const labelWidth = Math.max('scripted'.length, ...actors.map((actor) => actor.name.length)) + 2;
  const days = trace.days.length;
  const maxCells = Math.max(10, options.width - INDENT.length - labelWidth - SUFFIX_WIDTH);
  const bucket = Math.max(1, Math.ceil(days / maxCells));
  const cells = Math.ceil(days / bucket);
  const cellOf = (day: number) => Math.floor(day / bucket);
  const label = (text: string) => INDENT + padEnd(text, labelWidth);

  const lines: string[] = [];
  lines.push(
    color.dim(
      `${label('day')}${padEnd(axis(days, bucket, cells), cells)}  ${padEnd('peak', RUNG_WIDTH)}  ceiling`,
    ),
  );

  const scripted = Array.from({ length: cells }, () => ' ');
  for (const inject of scenario.injects) if (inject.day < days) scripted[cellOf(inject.day)] = '▼';
  lines.push(color.dim(label('scripted')) + scripted.join('').trimEnd());

  for (const actor of actors) {
    const ceiling = applyOverrides(actor, scenario).posture.ceiling.value;
    const top = Array.from({ length: cells }, () => 0);
    let peak = 0;
    for (const day of trace.days) {
      const rung = rungIndex(day.rungs[actor.id] ?? 'dormant');
      const cell = cellOf(day.day);
      top[cell] = Math.max(top[cell]!, rung);
      peak = Math.max(peak, rung);
    }
    const strip = top
      .map((index) => {
        const rung = RUNGS[index]!;
        const glyph = paintRung(rung, RUNG_GLYPHS[rung], color);
        // Above its own ceiling only through a lifted red line: make it stand out.
        return index > rungIndex(ceiling) ? color.inverse(glyph) : glyph;
      })
      .join('');
    const peakRung: Rung = RUNGS[peak]!;
    const peakText = paintRung(peakRung, padEnd(peakRung, RUNG_WIDTH), color);
    lines.push(`${label(actor.name)}${strip}  ${peakText}  ${ceiling}`);

    const crossings = trace.days.flatMap((day) =>
      day.redLines
        .filter((crossing) => crossing.actor === actor.id)
        .map((c) => ({ ...c, day: day.day })),
    );
    if (crossings.length === 0) continue;
    const marks = Array.from({ length: cells }, () => ' ');
    for (const crossing of crossings) {
      for (let day = crossing.day + 1; day < Math.min(crossing.until, days); day++) {
        if (marks[cellOf(day)] === ' ') marks[cellOf(day)] = '─';
      }
    }
    for (const crossing of crossings) marks[cellOf(crossing.day)] = '!';
    const ids = [...new Set(crossings.map((crossing) => `${crossing.redLine} → ${crossing.lift}`))];
    const room = options.width - INDENT.length - labelWidth - cells - 2;
    lines.push(
      `${label('')}${color.magenta(marks.join(''))}  ${color.dim(truncate(ids.join(', '), Math.max(8, room)))}`.trimEnd(),
    );
  }

  const scale =
    bucket === 1 ? 'one column = one day' : `one column = ${bucket} days (highest rung)`;
  const markers = [
    `${color.magenta('!')} red line crossed`,
    `${color.magenta('─')} ceiling lifted`,
    '▼ scripted event',
    color.dim(scale),
  ];
  // Reverse video only exists with colour; without it the marker row tells the same story.
  if (color.isColorSupported)
    markers.push(`${color.inverse(RUNG_GLYPHS.limited)} above its ceiling`);
  lines.push('');
  const room = options.width - INDENT.length;
  for (const line of joinWrapped(rungLegend(color), '  ', room)) lines.push(INDENT + line);
  for (const line of joinWrapped(markers, '  ', room)) lines.push(INDENT + line);
  return lines;
}

/** The day axis: labels at round days, spaced so they never touch. */
function axis(days: number, bucket: number, cells: number): string {
  const step = TICK_STEPS.find((candidate) => candidate / bucket >= 6) ?? bucket * 10;
  const chars = Array.from({ length: cells }, () => ' ');
  let free = 0;
  for (let day = 0; day < days; day += step) {
    const at = Math.floor(day / bucket);
    const text = String(day);
    if (at < free || at + text.length > cells) continue;
    [...text].forEach((char, i) => {
      chars[at + i] = char;
    });
    free = at + text.length + 1;
  }
  return chars.join('');
}
