import { percent } from '../lib/batchData';
import { OKABE_ITO } from '../lib/palette';
import { wrapWords } from './wrapWords';

/** One point of a sensitivity curve: the swept value and each outcome's share with its interval. */
export interface SweepPoint {
  label: string;
  outcomes: Record<string, { share: number; low: number; high: number }>;
}

const WIDTH = 720;
const HEIGHT = 340;
const LEFT = 48;
const RIGHT = 200;
const TOP = 14;
const BOTTOM = 40;

/** Lines of the outcomes after the first: dashed each its own way, so equal lines stay apart. */
const DASHES = ['', '7 3', '2 3', '9 3 2 3', '4 4', '1 2'];
/** Legend: characters a line holds, line height and the gap between outcomes. */
const LEGEND_CHARS = 24;
const LEGEND_LINE = 14;
const LEGEND_GAP = 8;

/** Outcome colours: Okabe–Ito, skipping black so the bands stay readable. */
export function outcomeColour(index: number): string {
  return OKABE_ITO[index % (OKABE_ITO.length - 1)]!;
}

/**
 * Each outcome's share across the swept values: a line through the points, each point's 95%
 * interval as a band, one colour and one marker shape per outcome, labelled in a legend.
 */
export function SweepChart({
  points,
  outcomes,
  parameter,
  highlight,
}: {
  points: readonly SweepPoint[];
  /** Each outcome with its label and, shown on hover of its legend entry, its definition. */
  outcomes: readonly { id: string; label: string; definition?: string }[];
  parameter: string;
  highlight: string;
}) {
  const n = points.length;
  const x = (i: number) => LEFT + (n === 1 ? 0.5 : i / (n - 1)) * (WIDTH - LEFT - RIGHT);
  const y = (share: number) => TOP + (1 - share) * (HEIGHT - TOP - BOTTOM);
  const every = Math.max(1, Math.ceil(n / 10));
  // Each outcome's legend entry, whole: wrapped over as many lines as it needs.
  let legendTop = TOP;
  const legend = outcomes.map((outcome) => {
    const lines = wrapWords(outcome.label, LEGEND_CHARS);
    const top = legendTop;
    legendTop += lines.length * LEGEND_LINE + LEGEND_GAP;
    return { lines, top };
  });
  // The plot keeps its height; a legend taller than it makes the figure taller.
  const height = Math.max(HEIGHT, legendTop);
  // The chosen outcome is drawn last, over lines at the same values.
  const order = outcomes
    .map((outcome, o) => ({ outcome, o }))
    .sort((a, b) => Number(a.outcome.id === highlight) - Number(b.outcome.id === highlight));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-label={`Outcome shares as ${parameter} varies, with 95% bands`}
      className="mc-svg"
    >
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="#e4e3de" />
          <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#5b5b57">
            {tick * 100}%
          </text>
        </g>
      ))}
      {points.map((point, i) =>
        i % every === 0 || i === n - 1 ? (
          <text
            key={point.label}
            x={x(i)}
            y={HEIGHT - BOTTOM + 16}
            textAnchor="middle"
            fontSize={11}
            fill="#1d1d1b"
          >
            {point.label}
          </text>
        ) : null,
      )}
      <text
        x={(LEFT + WIDTH - RIGHT) / 2}
        y={HEIGHT - 6}
        textAnchor="middle"
        fontSize={12}
        fill="#1d1d1b"
      >
        {parameter}
      </text>
      {order.map(({ outcome, o }) => {
        const colour = outcomeColour(o);
        const dash = DASHES[o % DASHES.length];
        const { lines, top } = legend[o]!;
        const at = (i: number) => points[i]!.outcomes[outcome.id] ?? { share: 0, low: 0, high: 0 };
        const band = [
          ...points.map((_, i) => `${x(i)},${y(at(i).high)}`),
          ...points.map((_, i) => `${x(n - 1 - i)},${y(at(n - 1 - i).low)}`),
        ];
        const line = points.map((_, i) => `${x(i)},${y(at(i).share)}`);
        const strong = outcome.id === highlight;
        return (
          <g key={outcome.id} data-curve={outcome.id}>
            {n > 1 && (
              <path d={`M${band.join('L')}Z`} fill={colour} opacity={strong ? 0.22 : 0.1} />
            )}
            {n > 1 && (
              <path
                d={`M${line.join('L')}`}
                fill="none"
                stroke={colour}
                strokeWidth={strong ? 3 : 1.6}
                strokeDasharray={dash || undefined}
              />
            )}
            {points.map((point, i) => (
              <Marker key={point.label} shape={o} cx={x(i)} cy={y(at(i).share)} colour={colour} />
            ))}
            <line
              x1={WIDTH - RIGHT + 8}
              x2={WIDTH - RIGHT + 28}
              y1={top + 6}
              y2={top + 6}
              stroke={colour}
              strokeWidth={strong ? 3 : 1.6}
              strokeDasharray={dash || undefined}
            />
            <Marker shape={o} cx={WIDTH - RIGHT + 18} cy={top + 6} colour={colour} />
            <text
              x={WIDTH - RIGHT + 34}
              y={top + 10}
              fontSize={11.5}
              fontWeight={strong ? 700 : 400}
              fill="#1d1d1b"
              data-legend={outcome.id}
            >
              {outcome.definition && <title>{`${outcome.label}: ${outcome.definition}`}</title>}
              {lines.map((text, i) => (
                <tspan key={text} x={WIDTH - RIGHT + 34} dy={i === 0 ? 0 : LEGEND_LINE}>
                  {text}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A point marker whose shape, not only its colour, tells the outcome. */
function Marker({
  shape,
  cx,
  cy,
  colour,
}: {
  shape: number;
  cx: number;
  cy: number;
  colour: string;
}) {
  const r = 4;
  switch (shape % 4) {
    case 0:
      return <circle cx={cx} cy={cy} r={r} fill={colour} />;
    case 1:
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />;
    case 2:
      return (
        <path
          d={`M${cx},${cy - r - 1}L${cx + r + 1},${cy + r}L${cx - r - 1},${cy + r}Z`}
          fill={colour}
        />
      );
    default:
      return (
        <path
          d={`M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}Z`}
          fill={colour}
        />
      );
  }
}

/** The points' shares of one outcome in words, for the chart's text alternative. */
export function describeSweep(points: readonly SweepPoint[], outcome: string): string {
  return points
    .map((point) => {
      const value = point.outcomes[outcome];
      return value ? `${point.label}: ${percent(value.share)}` : `${point.label}: —`;
    })
    .join('; ');
}
