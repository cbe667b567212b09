import { RUNGS, type Rung } from '@brink/core';
import { scaleBand } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useMemo } from 'react';
import type { ReachCell } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { rungLabel } from '../lib/format';
import { ChartFrame } from './ChartFrame';
import { COLOURS, FONT, inkOnShare, STROKE, shareFill } from './theme';

const CELL_W = 66;
const CELL_H = 30;
const MARGIN = { top: 26, right: 4, bottom: 4, left: 150 };

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
  const column = useMemo(
    () => scaleBand<string>({ domain: [...RUNGS], range: [0, RUNGS.length * CELL_W] }),
    [],
  );
  const row = useMemo(
    () => scaleBand<number>({ domain: cells.map((_, a) => a), range: [0, cells.length * CELL_H] }),
    [cells],
  );
  return (
    <ChartFrame
      width={MARGIN.left + RUNGS.length * CELL_W + MARGIN.right}
      height={MARGIN.top + cells.length * CELL_H + MARGIN.bottom}
      margin={MARGIN}
      label={label}
      axes={{
        top: { scale: column, format: (rung) => rungLabel(String(rung) as Rung) },
        left: { scale: row, format: (a) => names[Number(a)] ?? '' },
      }}
    >
      {cells.map((cellRow, a) => (
        <g key={cellRow[0]?.actor ?? a}>
          {cellRow.map((cell) => {
            const isMarked = marked?.has(`${cell.actor}:${cell.rung}`) ?? false;
            const left = column(cell.rung) ?? 0;
            const top = row(a) ?? 0;
            return (
              <g key={cell.rung}>
                <Bar
                  x={left + 1}
                  y={top + 1}
                  width={CELL_W - 2}
                  height={CELL_H - 2}
                  fill={shareFill(cell.share)}
                  stroke={isMarked ? COLOURS.marked : COLOURS.grid}
                  strokeWidth={isMarked ? STROKE.strong : STROKE.hair}
                />
                <text
                  x={left + CELL_W / 2}
                  y={top + CELL_H / 2 + 4}
                  textAnchor="middle"
                  fontSize={FONT.tick}
                  fill={inkOnShare(cell.share)}
                >
                  {percent(cell.share)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </ChartFrame>
  );
}
