import { RUNGS, type Rung } from '@brink/core';
import { scaleBand } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import type { ReachCell } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { rungLabel } from '../lib/format';
import { ChartFrame, labelWidth, slantedHeight, useChartWidth } from './ChartFrame';
import { COLOURS, FONT, inkOnShare, STROKE, shareFill } from './theme';
import { wrapWords } from './wrapWords';

const CELL_W = 66;
const CELL_H = 30;
const MARGIN = { top: 26, right: 4, bottom: 4, left: 150 };
/** The chart's width with cells of CELL_W. */
const WIDTH = MARGIN.left + RUNGS.length * CELL_W + MARGIN.right;
/** Narrower cells than this show whole percents; narrower than CELL_W, rung names slant. */
const DECIMALS_FROM = 46;
/** Characters a line of an actor's name holds where the chart is narrow. */
const NAME_CHARS = 10;

/** Actors down, rungs across: each cell the share of runs in which the actor reached that rung. */
export function ReachHeatmap({
  cells,
  names,
  marked,
  label,
}: {
  cells: readonly (readonly ReachCell[])[];
  names: readonly string[];
  /** `actor:rung` keys of cells to outline (differences in a comparison). */
  marked?: ReadonlySet<string>;
  label: string;
}) {
  const { width, measure } = useChartWidth(WIDTH);
  // Narrower than its natural width, names wrap at spaces and the margin shrinks to the longest
  // line, then the cells narrow; their rung names slant so that they do not run into each other.
  const narrow = width < WIDTH;
  const lines = narrow ? names.flatMap((name) => wrapWords(name, NAME_CHARS)) : [];
  const left = narrow
    ? Math.min(MARGIN.left, Math.max(...lines.map((line) => labelWidth(line, FONT.label))) + 10)
    : MARGIN.left;
  const cellW = Math.min(CELL_W, (width - left - MARGIN.right) / RUNGS.length);
  const slant = cellW < CELL_W - 0.5;
  const margin = {
    ...MARGIN,
    left,
    top: slant
      ? Math.max(...RUNGS.map((rung) => slantedHeight(rungLabel(rung), FONT.tick))) + 6
      : MARGIN.top,
  };
  const share = (value: number) =>
    cellW < DECIMALS_FROM ? `${Math.round(value * 100)}%` : percent(value);
  const column = useMemo(
    () => scaleBand<string>({ domain: [...RUNGS], range: [0, RUNGS.length * cellW] }),
    [cellW],
  );
  const row = useMemo(
    () => scaleBand<number>({ domain: cells.map((_, a) => a), range: [0, cells.length * CELL_H] }),
    [cells],
  );
  return (
    <ChartFrame
      width={margin.left + RUNGS.length * cellW + margin.right}
      measure={measure}
      height={margin.top + cells.length * CELL_H + margin.bottom}
      margin={margin}
      label={label}
      axes={{
        top: { scale: column, format: (rung) => rungLabel(String(rung) as Rung), slant },
        left: {
          scale: row,
          format: (a) => names[Number(a)] ?? '',
          ...(narrow ? { wrap: NAME_CHARS } : {}),
        },
      }}
    >
      {cells.map((cellRow, a) => (
        <g key={cellRow[0]?.actor ?? a}>
          {cellRow.map((cell) => {
            const isMarked = marked?.has(`${cell.actor}:${cell.rung}`) ?? false;
            const x = column(cell.rung) ?? 0;
            const top = row(a) ?? 0;
            return (
              <g key={cell.rung}>
                <Bar
                  x={x + 1}
                  y={top + 1}
                  width={cellW - 2}
                  height={CELL_H - 2}
                  fill={shareFill(cell.share)}
                  stroke={isMarked ? COLOURS.marked : COLOURS.grid}
                  strokeWidth={isMarked ? STROKE.strong : STROKE.hair}
                />
                <text
                  x={x + cellW / 2}
                  y={top + CELL_H / 2 + 4}
                  textAnchor="middle"
                  fontSize={FONT.tick}
                  fill={inkOnShare(cell.share)}
                >
                  {share(cell.share)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}
