import { scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import { ChartFrame } from './ChartFrame';
import { CLASS_COLOUR, MODEL_COLOUR } from './ClassChoiceChart';
import { COLOURS, FONT, STROKE } from './theme';

const WIDTH = 640;
const MARGIN = { top: 34, right: 24, bottom: 40, left: 24 };
/** Bins of the dot plot, across the range; a dot's size and the gap between stacked dots. */
const BINS = 20;
const DOT = 5;
const STEP = 12;

/**
 * A class's estimates as a dot plot over the estimate's range (each student a dot, stacked in
 * twentieths of the range), with the model's figure as a vertical line and the class's median
 * dashed (named in the figure's key, beside it).
 */
export function ClassEstimateChart({
  estimates,
  model,
  range,
  unit,
  label,
}: {
  estimates: readonly number[];
  /** The model's figure in the estimate's unit (a percentage or a day); null if none. */
  model: number | null;
  range: { min: number; max: number };
  unit: 'percent' | 'day';
  label: string;
}) {
  const width = range.max - range.min || 1;
  const binOf = (value: number) =>
    Math.min(BINS - 1, Math.max(0, Math.floor(((value - range.min) / width) * BINS)));
  const stacks = new Array<number>(BINS).fill(0);
  const dots = estimates.map((value) => {
    const bin = binOf(value);
    const level = stacks[bin]!;
    stacks[bin] = level + 1;
    return { bin, level, value };
  });
  const tallest = Math.max(3, ...stacks);
  const plotHeight = tallest * STEP + 8;
  const x = scaleLinear<number>({
    domain: [range.min, range.max],
    range: [0, WIDTH - MARGIN.left - MARGIN.right],
  });
  const binWidth = x(range.min + width / BINS) - x(range.min);
  const format = (value: number) =>
    unit === 'percent' ? `${Math.round(value * 10) / 10}%` : `day ${Math.round(value * 10) / 10}`;
  const sorted = [...estimates].sort((a, b) => a - b);
  const median =
    sorted.length === 0
      ? null
      : sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]!
        : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const anchorOf = (value: number) =>
    x(value) < 80 ? 'start' : x(value) > x(range.max) - 80 ? 'end' : 'middle';
  return (
    <ChartFrame
      width={WIDTH}
      height={MARGIN.top + plotHeight + MARGIN.bottom}
      margin={MARGIN}
      label={label}
      axes={{
        bottom: {
          scale: x,
          format: (value) => (unit === 'percent' ? `${value}%` : String(value)),
          label: unit === 'percent' ? 'estimate (% of runs)' : 'estimate (day of the run)',
          grid: true,
        },
      }}
    >
      {dots.map(({ bin, level, value }, i) => (
        <circle
          // biome-ignore lint/suspicious/noArrayIndexKey: two students may give the same estimate
          key={i}
          cx={x(range.min) + binWidth * (bin + 0.5)}
          cy={plotHeight - DOT - 2 - level * STEP}
          r={DOT}
          fill={CLASS_COLOUR}
          opacity={0.85}
        >
          <title>{format(value)}</title>
        </circle>
      ))}
      {median !== null && (
        <Line
          from={{ x: x(median), y: 0 }}
          to={{ x: x(median), y: plotHeight }}
          stroke={CLASS_COLOUR}
          strokeWidth={STROKE.line}
          strokeDasharray="5 4"
        />
      )}
      {model !== null && (
        <>
          <Line
            from={{ x: x(model), y: -6 }}
            to={{ x: x(model), y: plotHeight }}
            stroke={MODEL_COLOUR}
            strokeWidth={STROKE.strong}
          />
          <text
            x={x(model)}
            y={-12}
            textAnchor={anchorOf(model)}
            fontSize={FONT.label}
            fontWeight={700}
            fill={COLOURS.highInk}
          >
            {`model: ${format(model)}`}
          </text>
        </>
      )}
    </ChartFrame>
  );
}
