/**
 * Okabe–Ito, the palette that stays distinct under the common colour-vision deficiencies, with
 * its yellow replaced by a sand: Okabe–Ito's own yellow (#F0E442) is too pale for lines on white,
 * and a darkened yellow (#C9B200) fell onto the orange under deuteranopia (ΔE 1.9). Every pair
 * stays at least ΔE 16 apart under simulated deuteranopia, protanopia and tritanopia
 * (test/palette.test.ts). Actors take colours by their order in the pack, so no actor id is
 * named here.
 */
export const OKABE_ITO = [
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#E69F00', // orange
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#C8A850', // sand, in place of yellow
  '#0072B2', // blue
  '#000000', // black
] as const;

/** The colour of the actor at `index` in its pack. */
export function actorColour(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length]!;
}

/** Colours of the provenance kinds, also told apart by their badge's text. */
export const PROVENANCE_COLOURS = {
  stated: { fill: '#E3F2EC', ink: '#00664A' },
  inferred: { fill: '#E5F1FA', ink: '#00527F' },
  assumption: { fill: '#FBEBDD', ink: '#8F3E00' },
} as const;

/** Red lines and red-line-guarded transitions. */
export const RED_LINE_COLOUR = '#D55E00';
