import { Axis, type AxisScale, Orientation } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { type ReactNode, type RefCallback, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { COLOURS, FONT, STROKE } from './theme';
import { wrapWords } from './wrapWords';

/** The narrowest a chart is laid out; a narrower container scales it down. */
export const MIN_CHART_WIDTH = 240;

/**
 * The width, in SVG units, to lay a chart out at: its `natural` width, or its container's width
 * in pixels where the container is narrower (a phone), so that one unit is one pixel there and
 * the theme's type sizes are the sizes read, instead of shrinking with the SVG. `measure` goes on
 * the chart's ChartFrame. Until the container is measured (on the server, in a test without
 * layout) the chart is laid out at its natural width.
 *
 * Not visx's useParentSize: it keeps the raw width, so every chart would render twice on mount
 * even where its layout does not change, and reading the width in a layout effect would force a
 * layout per chart. A ResizeObserver reports after the browser's own layout; the state changes
 * only when the layout does, and synchronously, so a phone never paints the wide layout.
 */
export function useChartWidth(natural: number): {
  width: number;
  measure: RefCallback<HTMLDivElement>;
} {
  const [narrow, setNarrow] = useState<number | null>(null);
  const measure = useCallback(
    (node: HTMLDivElement | null) => {
      if (!node || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const measured = entries[0]?.contentRect.width ?? 0;
        const next =
          measured > 0 && measured < natural
            ? Math.max(MIN_CHART_WIDTH, Math.floor(measured))
            : null;
        flushSync(() => setNarrow(next));
      });
      observer.observe(node);
      return () => observer.disconnect();
    },
    [natural],
  );
  return { width: narrow ?? natural, measure };
}

/** Space around a chart's plot, in SVG units: axes, row labels and the title live in it. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type TickValue = number | string;

/** One axis of a frame, on a side of the plot. */
export interface FrameAxis {
  /** The scale of that side: a day, a share, a rung, an actor or an outcome to a position. */
  scale: AxisScale<number>;
  /** The values to label; the scale's own ticks if left out. */
  values?: readonly TickValue[];
  /** A value's label. */
  format?: (value: TickValue, index: number) => string;
  /** Per label: its weight or ink, for a row that stands out. */
  emphasis?: (value: TickValue, index: number) => { fontWeight?: number; fill?: string };
  /** What the axis measures, under its labels (a bottom axis only). */
  label?: string;
  /** Tick labels at the small multiples' size. */
  small?: boolean;
  /** Grid lines across the plot at every labelled value. */
  grid?: boolean;
  /** Draw the axis line and tick marks (left out for category labels). */
  line?: boolean;
  /** Labels of a side axis wrap at spaces into lines of at most this many characters. */
  wrap?: number;
  /** Labels of a top axis slant up to the right (SLANT degrees), for columns too narrow for them. */
  slant?: boolean;
}

/** How far below a bottom axis its label's baseline sits, under the tick labels, in SVG units. */
const AXIS_LABEL_BELOW = 34;

/** How far slanted labels turn from the horizontal, in degrees. */
export const SLANT = 40;

/** The height a slanted label of `text` at `size` rises above its axis, in SVG units. */
export function slantedHeight(text: string, size: number): number {
  return labelWidth(text, size) * Math.sin((SLANT * Math.PI) / 180) + size;
}

/** Roughly how wide a label is, in SVG units: the frame keeps labels inside the chart with it. */
export function labelWidth(text: string, size: number): number {
  // 0.62 em a character: digits are 0.64 em and "%" 0.95 em in the common sans faces.
  return text.length * size * 0.62;
}

/**
 * The frame every chart is drawn in: an SVG of `width` × `height` units that scales to its
 * container's width (a chart lays itself out at `useChartWidth`'s width and passes its `measure`,
 * so on a narrow screen it is drawn one unit to the pixel rather than shrunk), named `label` for screen readers, with an optional `title` (a small
 * multiple's actor) at its top left, the themed axes of `axes` on the sides of the plot, and the
 * chart's marks (`children`, in the plot's coordinates: (0, 0) is its top left corner).
 * Horizontal axes keep their end labels inside the chart: a label that would pass an edge is
 * anchored at its tick's far side instead, so "day 119" is never cut to "day 1".
 */
export function ChartFrame({
  width,
  height,
  margin,
  label,
  title,
  axes = {},
  className,
  measure,
  children,
}: {
  width: number;
  height: number;
  margin: Margin;
  label: string;
  title?: string | undefined;
  axes?: Partial<Record<'top' | 'right' | 'bottom' | 'left', FrameAxis>>;
  className?: string;
  /** From `useChartWidth`: the frame's box is measured for the chart's layout. */
  measure?: RefCallback<HTMLDivElement> | undefined;
  children: ReactNode;
}) {
  const inner = {
    width: Math.max(0, width - margin.left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom),
  };
  const sides = (['top', 'right', 'bottom', 'left'] as const).flatMap((side) =>
    axes[side] ? [{ side, axis: axes[side] }] : [],
  );
  return (
    <div ref={measure} className="mc-frame">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={label}
        className={className ? `mc-svg ${className}` : 'mc-svg'}
        fontFamily={FONT.family}
      >
        {title && (
          <text x={4} y={14} fontSize={FONT.title} fontWeight={700} fill={COLOURS.ink}>
            {title}
          </text>
        )}
        <Group left={margin.left} top={margin.top}>
          {sides.map(({ side, axis }) =>
            axis.grid ? (
              side === 'top' || side === 'bottom' ? (
                <GridColumns
                  key={`grid-${side}`}
                  scale={axis.scale}
                  height={inner.height}
                  stroke={COLOURS.grid}
                  {...(axis.values ? { tickValues: [...(axis.values as number[])] } : {})}
                />
              ) : (
                <GridRows
                  key={`grid-${side}`}
                  scale={axis.scale}
                  width={inner.width}
                  stroke={COLOURS.grid}
                  {...(axis.values ? { tickValues: [...(axis.values as number[])] } : {})}
                />
              )
            ) : null,
          )}
          {sides.map(({ side, axis }) => (
            <FrameSide key={side} side={side} axis={axis} inner={inner} margin={margin} />
          ))}
          {children}
        </Group>
      </svg>
    </div>
  );
}

/** One side's axis, themed, with its labels kept inside the chart. */
function FrameSide({
  side,
  axis,
  inner,
  margin,
}: {
  side: 'top' | 'right' | 'bottom' | 'left';
  axis: FrameAxis;
  inner: { width: number; height: number };
  margin: Margin;
}) {
  const size = axis.small ? FONT.small : FONT.tick;
  const horizontal = side === 'top' || side === 'bottom';
  const format = (value: TickValue, index: number) =>
    axis.format ? axis.format(value, index) : String(value);
  const anchor = (value: TickValue, index: number): 'start' | 'middle' | 'end' => {
    if (side === 'left') return 'end';
    if (side === 'right' || axis.slant) return 'start';
    const at = Number(axis.scale(value as number)) + bandOffset(axis.scale);
    const half = labelWidth(format(value, index), size) / 2;
    if (at + half > inner.width + margin.right) return 'end';
    if (at - half < -margin.left) return 'start';
    return 'middle';
  };
  const orientation = {
    top: Orientation.top,
    right: Orientation.right,
    bottom: Orientation.bottom,
    left: Orientation.left,
  }[side];
  const label = axis.label && side === 'bottom' && (
    <text
      x={inner.width / 2}
      y={inner.height + AXIS_LABEL_BELOW}
      textAnchor="middle"
      fontSize={FONT.label}
      fill={COLOURS.ink}
    >
      {axis.label}
    </text>
  );
  return (
    <>
      <Axis
        orientation={orientation}
        scale={axis.scale}
        {...(side === 'bottom' ? { top: inner.height } : {})}
        {...(side === 'right' ? { left: inner.width } : {})}
        {...(axis.values ? { tickValues: [...(axis.values as number[])] } : {})}
        tickFormat={(value, index) => format(value as TickValue, index)}
        hideAxisLine={!axis.line}
        hideTicks={!axis.line}
        tickLength={axis.line ? 4 : 2}
        stroke={COLOURS.baseline}
        tickStroke={COLOURS.baseline}
        strokeWidth={STROKE.hair}
        tickLabelProps={(value, index) => ({
          fontSize: axis.small ? FONT.small : horizontal ? FONT.tick : FONT.label,
          fill: horizontal || axis.small ? COLOURS.muted : COLOURS.ink,
          fontFamily: FONT.family,
          textAnchor: anchor(value as TickValue, index),
          ...(horizontal ? {} : { dy: '0.33em' }),
          ...axis.emphasis?.(value as TickValue, index),
        })}
        // Plain SVG text, not visx's <Text>, which wraps each label in an <svg> of its own.
        tickComponent={({
          formattedValue,
          x,
          y,
          dx,
          dy,
          fontSize,
          fill,
          fontFamily,
          fontWeight,
          textAnchor,
        }) => (
          <text
            x={x}
            y={y}
            {...(axis.slant ? { transform: `rotate(${-SLANT}, ${x}, ${y})` } : {})}
            dx={dx}
            dy={dy}
            fontSize={fontSize}
            fill={fill}
            fontFamily={fontFamily}
            fontWeight={fontWeight}
            textAnchor={textAnchor}
          >
            {axis.wrap
              ? wrapWords(formattedValue ?? '', axis.wrap).map((line, l, lines) => (
                  // The lines centred on the tick: the first raised by half the others' height.
                  <tspan key={line} x={x} dy={l === 0 ? `${-(lines.length - 1) * 0.6}em` : '1.2em'}>
                    {line}
                  </tspan>
                ))
              : formattedValue}
          </text>
        )}
      />
      {label}
    </>
  );
}

/** Half a band, for a band scale's labels, which sit at their band's middle. */
function bandOffset(scale: AxisScale<number>): number {
  return 'bandwidth' in scale && typeof scale.bandwidth === 'function'
    ? (scale.bandwidth as () => number)() / 2
    : 0;
}
