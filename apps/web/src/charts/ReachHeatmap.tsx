import { RUNGS } from '@brink/core';
import type { ReachCell } from '../lib/batchData';
import { percent } from '../lib/batchData';
import { rungLabel } from '../lib/format';

const LABEL = 150;
const CELL_W = 66;
const CELL_H = 30;
const TOP = 26;

/** White to Okabe–Ito blue: one hue, so it reads the same under colour-vision deficiencies. */
export function reachFill(share: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return `rgb(${mix(255, 0)}, ${mix(255, 82)}, ${mix(255, 140)})`;
}

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
  const width = LABEL + RUNGS.length * CELL_W + 4;
  const height = TOP + cells.length * CELL_H + 4;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      className="mc-svg"
    >
      {RUNGS.map((rung, r) => (
        <text
          key={rung}
          x={LABEL + r * CELL_W + CELL_W / 2}
          y={TOP - 9}
          textAnchor="middle"
          fontSize={11.5}
          fill="#1d1d1b"
        >
          {rungLabel(rung)}
        </text>
      ))}
      {cells.map((row, a) => (
        <g key={row[0]?.actor ?? a}>
          <text
            x={LABEL - 8}
            y={TOP + a * CELL_H + CELL_H / 2 + 4}
            textAnchor="end"
            fontSize={12}
            fill="#1d1d1b"
          >
            {names[a]}
          </text>
          {row.map((cell, r) => {
            const isMarked = marked?.has(`${cell.actor}:${cell.rung}`) ?? false;
            return (
              <g key={cell.rung}>
                <rect
                  x={LABEL + r * CELL_W + 1}
                  y={TOP + a * CELL_H + 1}
                  width={CELL_W - 2}
                  height={CELL_H - 2}
                  fill={reachFill(cell.share)}
                  stroke={isMarked ? '#D55E00' : '#e4e3de'}
                  strokeWidth={isMarked ? 3 : 1}
                />
                <text
                  x={LABEL + r * CELL_W + CELL_W / 2}
                  y={TOP + a * CELL_H + CELL_H / 2 + 4}
                  textAnchor="middle"
                  fontSize={11}
                  fill={cell.share > 0.5 ? '#ffffff' : '#1d1d1b'}
                >
                  {percent(cell.share)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
