import { percent } from '../lib/batchData';

/** One bar: the outcome's share with the field at its low and at its high value. */
export interface TornadoBar {
  path: string;
  lowValue: number;
  highValue: number;
  lowShare: number;
  highShare: number;
}

const WIDTH = 720;
const ROW = 30;
const TOP = 30;
const LABEL = 300;
const RIGHT = 40;
const LOW = '#56B4E9';
const HIGH = '#D55E00';

/** The swing of a bar: how far the outcome moves between the field's low and high value. */
export function swing(bar: TornadoBar): number {
  return Math.abs(bar.highShare - bar.lowShare);
}

/**
 * A tornado chart: per field, a bar from the outcome's share at the field's low value to its
 * share at the high value, around the scenario's share (the vertical line); the widest swing on
 * top. Low and high differ by colour and by the value printed at each end.
 */
export function TornadoChart({
  bars,
  base,
  outcome,
}: {
  bars: readonly TornadoBar[];
  base: number;
  outcome: string;
}) {
  const sorted = [...bars].sort((a, b) => swing(b) - swing(a) || a.path.localeCompare(b.path));
  const shares = [base, ...bars.flatMap((bar) => [bar.lowShare, bar.highShare])];
  const min = Math.max(0, Math.min(...shares) - 0.05);
  const max = Math.min(1, Math.max(...shares) + 0.05);
  const x = (share: number) =>
    LABEL + ((share - min) / Math.max(1e-9, max - min)) * (WIDTH - LABEL - RIGHT);
  const height = TOP + sorted.length * ROW + 40;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`Tornado chart: how each field moves “${outcome}”`}
      className="mc-svg"
    >
      <text
        x={x(base)}
        y={TOP - 14}
        textAnchor={
          x(base) > WIDTH - RIGHT - 60 ? 'end' : x(base) < LABEL + 60 ? 'start' : 'middle'
        }
        fontSize={11}
        fill="#1d1d1b"
      >
        scenario: {percent(base)}
      </text>
      {sorted.map((bar, i) => {
        const yMid = TOP + i * ROW + ROW / 2;
        const lowX = x(bar.lowShare);
        const highX = x(bar.highShare);
        return (
          <g key={bar.path} data-bar={bar.path}>
            <text x={LABEL - 10} y={yMid + 4} textAnchor="end" fontSize={12} fill="#1d1d1b">
              {bar.path} <tspan fill="#00527F">{bar.lowValue}</tspan>
              <tspan fill="#5b5b57"> / </tspan>
              <tspan fill="#8F3E00">{bar.highValue}</tspan>
            </text>
            <rect
              x={Math.min(lowX, x(base))}
              y={yMid - 9}
              width={Math.abs(lowX - x(base))}
              height={18}
              fill={LOW}
            />
            <rect
              x={Math.min(highX, x(base))}
              y={yMid - 9}
              width={Math.abs(highX - x(base))}
              height={18}
              fill={HIGH}
              opacity={0.85}
            />
          </g>
        );
      })}
      <line
        x1={x(base)}
        x2={x(base)}
        y1={TOP - 8}
        y2={TOP + sorted.length * ROW}
        stroke="#1d1d1b"
        strokeWidth={1.5}
      />
      {[min, (min + max) / 2, max].map((tick) => (
        <text
          key={tick}
          x={x(tick)}
          y={height - 8}
          textAnchor="middle"
          fontSize={11}
          fill="#5b5b57"
        >
          {percent(tick)}
        </text>
      ))}
      <rect x={4} y={height - 32} width={10} height={10} fill={LOW} />
      <text x={18} y={height - 23} fontSize={11} fill="#1d1d1b">
        low value (left of the slash)
      </text>
      <rect x={4} y={height - 16} width={10} height={10} fill={HIGH} />
      <text x={18} y={height - 7} fontSize={11} fill="#1d1d1b">
        high value (right of the slash)
      </text>
    </svg>
  );
}
