/**
 * The one theme every chart draws with: the actor palette, the outcome palette, the inks, the
 * type sizes and the stroke widths. A fix to a colour's contrast or a label's size is made here.
 */

/**
 * Okabe–Ito, the palette that stays distinct under the common colour-vision deficiencies, with
 * its yellow replaced by a sand: Okabe–Ito's own yellow (#F0E442) is too pale for lines on white,
 * and a darkened yellow (#C9B200) fell onto the orange under deuteranopia (ΔE 1.9). Every pair
 * stays at least ΔE 12 apart under simulated deuteranopia, protanopia and tritanopia
 * (test/theme.test.ts). Actors take colours by their order in the pack, so no actor id is
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

/** The colour of the outcome at `index`: Okabe–Ito without black, so its bands stay readable. */
export function outcomeColour(index: number): string {
  return OKABE_ITO[index % (OKABE_ITO.length - 1)]!;
}

/** Inks and fills of the charts, on white paper. */
export const COLOURS = {
  /** Titles, labels and marks that must read at 4.5:1 or more on white. */
  ink: '#1d1d1b',
  /** Tick labels and notes: still 4.5:1 or more on white. */
  muted: '#5b5b57',
  /** Dark lines (rising transitions, rung names on the ladder). */
  dark: '#3b3b38',
  /** Falling transitions. */
  faint: '#8d8c86',
  /** Lines that matter least: scripted transitions, unused links. */
  pale: '#b9b8b2',
  /** Baselines under bars. */
  baseline: '#d9d8d2',
  /** Grid lines and cell borders. */
  grid: '#e4e3de',
  /** Alternate rows and bands. */
  band: '#f2f1ec',
  paper: '#fbfaf7',
  white: '#ffffff',
  black: '#000000',
  /** A light halo under text on a coloured fill. */
  halo: '#ffffffaa',
  /** Bars of one series (outcome shares). */
  bar: '#0072B2',
  /** Two sides of a comparison (the tornado's low and high values), and their text inks. */
  low: '#56B4E9',
  lowInk: '#00527F',
  high: '#D55E00',
  highInk: '#8F3E00',
  /** What differs between two batches. */
  marked: '#D55E00',
  /** The selected actor's row. */
  selectedRow: '#eef4fa',
  /** The last transition taken, under its line. */
  glow: '#ffd84d',
  /** Rungs above a red line. */
  redLineFill: '#fbd3b4',
} as const;

/** Red lines and red-line-guarded transitions. */
export const RED_LINE_COLOUR = '#D55E00';

/** Colours of the provenance kinds, also told apart by their badge's text. */
export const PROVENANCE_COLOURS = {
  stated: { fill: '#E3F2EC', ink: '#00664A' },
  inferred: { fill: '#E5F1FA', ink: '#00527F' },
  assumption: { fill: '#FBEBDD', ink: '#8F3E00' },
} as const;

/**
 * Type: the family and the sizes in SVG user units. A chart is drawn at its natural width or
 * wider, or, in a narrower container, laid out at the container's width (ChartFrame's
 * `useChartWidth`), one unit to the pixel: these sizes are the smallest a reader sees.
 */
export const FONT = {
  family: 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif',
  /** A chart's own title (one small multiple's actor). */
  title: 12.5,
  /** Row and legend labels. */
  label: 12,
  /** Axis tick labels. */
  tick: 11,
  /** Tick labels of the small multiples: the smallest text of any chart, still read on a phone. */
  small: 11,
} as const;

/** Stroke widths. */
export const STROKE = {
  hair: 1,
  whisker: 1.5,
  line: 1.6,
  median: 2.2,
  strong: 3,
} as const;

/** Opacities of a fan's outer (90%) and inner (50%) bands, and of an interval band. */
export const OPACITY = { outer: 0.18, inner: 0.38, interval: 0.1, intervalStrong: 0.22 } as const;

/** Channels of a share's fill: white to Okabe–Ito blue, one hue, so it reads the same under CVD. */
function shareRgb(share: number): [number, number, number] {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return [mix(255, 0), mix(255, 82), mix(255, 140)];
}

/** The fill of a cell holding a share in [0, 1] (the reach heatmap). */
export function shareFill(share: number): string {
  return `rgb(${shareRgb(share).join(', ')})`;
}

/** WCAG relative luminance of sRGB channels in 0–255. */
function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((byte) => {
    const c = byte / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The text ink on a `shareFill(share)` cell: black or white, whichever contrasts more. Black
 * (not the charts' ink) because only black and white keep every share of the ramp at 4.5:1 or
 * more: where the two are equal the ratio is 4.58:1 (test/theme.test.ts).
 */
export function inkOnShare(share: number): string {
  const fill = luminance(shareRgb(share));
  return (fill + 0.05) / 0.05 >= 1.05 / (fill + 0.05) ? COLOURS.black : COLOURS.white;
}
