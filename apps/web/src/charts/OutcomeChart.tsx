import type { OutcomeRow } from '../lib/batchData';
import { percent } from '../lib/batchData';

const WIDTH = 640;
const ROW = 34;
const TOP = 24;
const LABEL = 290;
const RIGHT = 64;
const BAR = '#0072B2';
const INK = '#1d1d1b';

const x = (share: number) => LABEL + share * (WIDTH - LABEL - RIGHT);

/**
 * Each outcome's share of the runs as a bar, its 95% interval as a whisker; outcomes listed in
 * `marked` (those that differ in a comparison) get a heavier label and a diamond.
 */
export function OutcomeChart({
  rows,
  marked = new Set<string>(),
  label,
}: {
  rows: readonly OutcomeRow[];
  marked?: ReadonlySet<string>;
  label: string;
}) {
  const height = TOP + rows.length * ROW + 8;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      className="mc-svg"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={height - 8} stroke="#e4e3de" />
          <text x={x(tick)} y={TOP - 10} textAnchor="middle" fontSize={11} fill="#5b5b57">
            {tick * 100}%
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = TOP + i * ROW;
        const isMarked = marked.has(row.id);
        return (
          <g key={row.id} data-outcome={row.id}>
            <title>{`${row.label}: ${row.definition}`}</title>
            <text
              x={LABEL - 8}
              y={y + ROW / 2 + 4}
              textAnchor="end"
              fontSize={12.5}
              fontWeight={isMarked ? 700 : 400}
              fill={INK}
            >
              {isMarked ? '◆ ' : ''}
              {row.label}
            </text>
            <rect
              x={x(0)}
              y={y + 8}
              width={Math.max(0, x(row.share) - x(0))}
              height={ROW - 16}
              fill={BAR}
              opacity={0.85}
            />
            <line
              x1={x(row.low)}
              x2={x(row.high)}
              y1={y + ROW / 2}
              y2={y + ROW / 2}
              stroke={INK}
              strokeWidth={1.5}
            />
            <line
              x1={x(row.low)}
              x2={x(row.low)}
              y1={y + 10}
              y2={y + ROW - 10}
              stroke={INK}
              strokeWidth={1.5}
            />
            <line
              x1={x(row.high)}
              x2={x(row.high)}
              y1={y + 10}
              y2={y + ROW - 10}
              stroke={INK}
              strokeWidth={1.5}
            />
            <text x={WIDTH - RIGHT + 8} y={y + ROW / 2 + 4} fontSize={12.5} fill={INK}>
              {percent(row.share)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
