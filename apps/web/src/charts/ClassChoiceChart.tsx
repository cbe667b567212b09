import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { formatShare } from '../lib/lessonView';
import { ChartFrame } from './ChartFrame';
import { COLOURS, FONT } from './theme';
import { wrapWords } from './wrapWords';

const WIDTH = 640;
/** A choice's rows: the class's bar over the model's, and a further line per label line. */
const ROW = 44;
const LINE = 14;
const LABEL_CHARS = 34;
const MARGIN = { top: 24, right: 56, bottom: 8, left: 260 };
const SHARES = [0, 0.25, 0.5, 0.75, 1];
/** The class's bars and the model's: Okabe–Ito blue and vermillion, also told apart by place. */
export const CLASS_COLOUR = COLOURS.bar;
export const MODEL_COLOUR = COLOURS.high;

const x = scaleLinear<number>({ domain: [0, 1], range: [0, WIDTH - MARGIN.left - MARGIN.right] });

/** One choice of a lesson: its label, the share of the class that chose it, the model's share. */
export interface ChoiceRow {
  id: string;
  label: string;
  /** Share of the class's codes with this choice, 0 to 1. */
  class: number;
  /** Share of the model's runs that answer this choice, 0 to 1. */
  model: number;
}

/**
 * A lesson's choices, each with two bars: the share of the class that predicted it (upper) and
 * the share of the model's runs that bear it out (lower), so a class sees where it and the model
 * part.
 */
export function ClassChoiceChart({ rows, label }: { rows: readonly ChoiceRow[]; label: string }) {
  let top = 0;
  const layout = rows.map((row) => {
    const lines = wrapWords(row.label, LABEL_CHARS);
    const height = ROW + Math.max(0, lines.length - 2) * LINE;
    const at = { lines, y: top, height };
    top += height;
    return at;
  });
  const bar = (y: number, share: number, fill: string, name: string) => (
    <>
      <Bar x={0} y={y} width={Math.max(0, x(share))} height={14} fill={fill} />
      <text x={x(share) + 6} y={y + 11} fontSize={FONT.tick} fill={COLOURS.ink}>
        {`${name} ${formatShare(share)}`}
      </text>
    </>
  );
  return (
    <ChartFrame
      width={WIDTH}
      height={MARGIN.top + top + MARGIN.bottom}
      margin={MARGIN}
      label={label}
      axes={{
        top: { scale: x, values: SHARES, format: (share) => `${Number(share) * 100}%`, grid: true },
      }}
    >
      {rows.map((row, i) => {
        const { lines, y, height } = layout[i]!;
        const middle = y + height / 2;
        return (
          <g key={row.id} data-choice={row.id}>
            <text
              x={-8}
              y={middle + 4 - ((lines.length - 1) * LINE) / 2}
              textAnchor="end"
              fontSize={FONT.label}
              fill={COLOURS.ink}
            >
              {lines.map((text, l) => (
                <tspan key={text} x={-8} dy={l === 0 ? 0 : LINE}>
                  {text}
                </tspan>
              ))}
            </text>
            {bar(middle - 16, row.class, CLASS_COLOUR, 'class')}
            {bar(middle + 2, row.model, MODEL_COLOUR, 'model')}
          </g>
        );
      })}
    </ChartFrame>
  );
}
