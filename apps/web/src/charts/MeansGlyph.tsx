import type { Means } from '@brink/core';
import { GlyphCross, GlyphDiamond, GlyphSquare, GlyphStar, GlyphTriangle } from '@visx/glyph';
import { COLOURS } from './theme';

const GLYPHS = {
  rocket: GlyphTriangle,
  drone: GlyphDiamond,
  missile: GlyphStar,
  airstrike: GlyphCross,
  ground: GlyphSquare,
} as const satisfies Record<Means, unknown>;

/** Glyph area for a severity: even a light attack stays visible. */
export const glyphSize = (severity: number) => 14 + 70 * severity;

/** An attack's glyph: its shape tells the means, its size the severity. */
export function MeansGlyph({
  means,
  severity,
  left,
  top,
  fill,
}: {
  means: Means;
  severity: number;
  left: number;
  top: number;
  fill: string;
}) {
  const Glyph = GLYPHS[means];
  return (
    <Glyph
      left={left}
      top={top}
      size={glyphSize(severity)}
      fill={fill}
      stroke={COLOURS.white}
      strokeWidth={0.6}
    />
  );
}
