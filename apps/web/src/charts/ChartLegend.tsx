import type { ReactNode } from 'react';
import { COLOURS, FONT } from './theme';
import { wrapWords } from './wrapWords';

/** One entry of a chart's key: its swatch, drawn in a 28 × 12 box, and its label. */
export interface LegendEntry {
  key: string;
  label: string;
  swatch: ReactNode;
  /** Drawn in bold: the entry the chart stresses. */
  strong?: boolean;
}

/** Entries of a key of filled bars, one square swatch of each fill. */
export function barEntries(
  bars: readonly { key: string; label: string; fill: string }[],
): LegendEntry[] {
  return bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    swatch: <rect x={0} y={1} width={10} height={10} fill={bar.fill} />,
  }));
}

/** Line height of a label and the gap between entries, in SVG units. */
const LINE = 14;
const GAP = 8;

/** Where each entry starts below the key's top, and the key's height, labels wrapped at `chars`. */
export function legendLayout(
  labels: readonly string[],
  chars: number,
): { entries: { lines: string[]; top: number }[]; height: number } {
  let top = 0;
  const entries = labels.map((label) => {
    const lines = wrapWords(label, chars);
    const entry = { lines, top };
    top += lines.length * LINE + GAP;
    return entry;
  });
  return { entries, height: Math.max(0, top - GAP) };
}

/**
 * A chart's key, inside its SVG (so a downloaded chart keeps it): one entry under another from
 * (`x`, `y`), each label whole, wrapped at `chars` characters a line.
 */
export function ChartLegend({
  x,
  y,
  entries,
  chars,
}: {
  x: number;
  y: number;
  entries: readonly LegendEntry[];
  chars: number;
}) {
  const layout = legendLayout(
    entries.map((entry) => entry.label),
    chars,
  );
  return (
    <g transform={`translate(${x}, ${y})`}>
      {entries.map((entry, i) => {
        const { lines, top } = layout.entries[i]!;
        return (
          <g key={entry.key} transform={`translate(0, ${top})`}>
            {entry.swatch}
            <text
              x={34}
              y={10}
              fontSize={FONT.label}
              fontWeight={entry.strong ? 700 : 400}
              fill={COLOURS.ink}
              data-legend={entry.key}
            >
              {lines.map((text, l) => (
                <tspan key={text} x={34} dy={l === 0 ? 0 : LINE}>
                  {text}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
