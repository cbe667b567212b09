import { RUNGS, type Rung } from '@brink/core';
import type { Palette } from './palette.js';

/** One glyph per rung for strips: the higher the rung, the taller the block. */
export const RUNG_GLYPHS: Readonly<Record<Rung, string>> = {
  dormant: '·',
  political: '▁',
  material: '▂',
  indirect: '▃',
  limited: '▅',
  direct: '▆',
  war: '█',
};

/** Colours a rung's glyph or name: cool for words and material, warm once force is used. */
export function paintRung(rung: Rung, text: string, color: Palette): string {
  switch (rung) {
    case 'dormant':
      return color.dim(text);
    case 'political':
      return color.blue(text);
    case 'material':
      return color.cyan(text);
    case 'indirect':
      return color.yellow(text);
    case 'limited':
      return color.red(text);
    case 'direct':
      return color.bold(color.red(text));
    case 'war':
      return color.bold(color.magenta(text));
  }
}

/** The legend of the rung glyphs, one item per rung: `· dormant`, `▁ political`, … */
export function rungLegend(color: Palette): string[] {
  return RUNGS.map((rung) => `${paintRung(rung, RUNG_GLYPHS[rung], color)} ${rung}`);
}
