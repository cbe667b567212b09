import { describe, expect, it } from 'vitest';
import { actorColour, COLOURS, inkOnShare, outcomeColour, shareFill } from '../src/charts/theme';

// Colour-vision deficiencies simulated as Machado, Oliveira and Fernandes (2009) do, at full
// severity, on linear RGB; distances are CIE76 ΔE in CIELAB (D65).
const SIMULATIONS = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

const linear = (byte: number) => {
  const c = byte / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function lab(hex: string, matrix: readonly (readonly number[])[]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => linear(Number.parseInt(hex.slice(i, i + 2), 16)));
  const [r, g, b] = matrix.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

describe('actor colours', () => {
  const colours = Array.from({ length: 8 }, (_, i) => actorColour(i));

  it.each(Object.keys(SIMULATIONS))('stay apart (ΔE ≥ 12) with %s', (name) => {
    const matrix = SIMULATIONS[name as keyof typeof SIMULATIONS];
    const labs = colours.map((colour) => lab(colour, matrix));
    for (let i = 0; i < labs.length; i++) {
      for (let j = i + 1; j < labs.length; j++) {
        const distance = Math.hypot(...labs[i]!.map((v, k) => v - labs[j]![k]!));
        expect(distance, `${colours[i]} and ${colours[j]}`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});

/** WCAG contrast ratio of two colours given as #rrggbb or rgb(r, g, b). */
function contrast(a: string, b: string): number {
  const channels = (colour: string) =>
    colour.startsWith('#')
      ? [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16))
      : (colour.match(/\d+/g) ?? []).map(Number);
  const lum = (colour: string) => {
    const [r, g, b] = channels(colour).map(linear) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Every pair of `colours` at least `min` apart (CIE76 ΔE) under each simulation. */
function expectApart(colours: readonly string[], min: number) {
  for (const [name, matrix] of Object.entries(SIMULATIONS)) {
    const labs = colours.map((colour) => lab(colour, matrix));
    for (let i = 0; i < labs.length; i++) {
      for (let j = i + 1; j < labs.length; j++) {
        const distance = Math.hypot(...labs[i]!.map((v, k) => v - labs[j]![k]!));
        expect(distance, `${name}: ${colours[i]} and ${colours[j]}`).toBeGreaterThanOrEqual(min);
      }
    }
  }
}

describe('the charts’ theme', () => {
  it('keeps the outcome colours of the sensitivity chart apart under every simulation', () => {
    expectApart(
      Array.from({ length: 7 }, (_, i) => outcomeColour(i)),
      12,
    );
  });

  it('keeps the tornado’s low and high values apart, and the comparison mark off the bars', () => {
    expectApart([COLOURS.low, COLOURS.high], 12);
    expectApart([COLOURS.bar, COLOURS.marked], 12);
  });

  it('writes every text ink at 4.5:1 or more on the charts’ light fills', () => {
    for (const ink of [COLOURS.ink, COLOURS.muted, COLOURS.dark, COLOURS.lowInk, COLOURS.highInk]) {
      for (const paper of [COLOURS.white, COLOURS.paper, COLOURS.band, COLOURS.selectedRow]) {
        expect(contrast(ink, paper), `${ink} on ${paper}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('writes a heatmap cell’s share at 4.5:1 or more on its fill, at every share', () => {
    for (let step = 0; step <= 100; step++) {
      const share = step / 100;
      expect(contrast(inkOnShare(share), shareFill(share)), `${share}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
