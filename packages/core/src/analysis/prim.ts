import { ValidationError } from '../schema/ValidationError.js';

/** One box of a PRIM peeling trajectory: a range per parameter and how well it catches the cases. */
export interface PrimBox {
  /** Inclusive lower bound per parameter, in the inputs' units. */
  low: Float64Array;
  /** Inclusive upper bound per parameter. */
  high: Float64Array;
  /** Indices of the parameters whose range the box narrows from the whole data's. */
  restricted: number[];
  /** Share of all cases of interest that lie in the box, in [0, 1]. */
  coverage: number;
  /** Share of the points in the box that are cases of interest, in [0, 1]. */
  density: number;
  /** Share of all points that lie in the box, in (0, 1]. */
  mass: number;
  /** Number of points in the box. */
  points: number;
}

/** A PRIM peeling trajectory and the box chosen from it. */
export interface PrimResult {
  /** Boxes from the whole data (index 0) to the last peel, each inside its predecessor. */
  trajectory: PrimBox[];
  /** Index into `trajectory` of the chosen box: see {@link prim}. */
  chosen: number;
  /** Share of all points that are cases of interest, in [0, 1]. */
  baseDensity: number;
}

/** Options of {@link prim}. */
export interface PrimOptions {
  /** Share of the box's points removed by each peel, in (0, 0.5); 0.05 when omitted. */
  peelAlpha?: number;
  /** Peeling stops before a box would hold fewer than this share of all points, in (0, 1]; 0.05 when omitted. */
  minMass?: number;
  /** Density the chosen box must reach, in [0, 1]; 0.8 when omitted. */
  threshold?: number;
}

/**
 * The patient rule induction method's peeling trajectory (Friedman & Fisher 1999, *Statistics and
 * Computing* 9), as used for scenario discovery (Bryant & Lempert 2010): starting from the box
 * around all points, each step removes the `peelAlpha` share of the box's points at the low or the
 * high end of one parameter — whichever leaves the densest box — until the next box would hold
 * less than `minMass` of the points or no peel removes any point. `inputs[n]` is point n's
 * parameter vector (k numbers), `cases[n]` whether it is a case of interest. The chosen box is the
 * one of highest coverage among those of density ≥ `threshold`, else the densest. No pasting.
 * Throws a {@link ValidationError} for empty or ragged inputs, non-finite values, mismatched
 * lengths or a bad option.
 */
export function prim(
  inputs: readonly ArrayLike<number>[],
  cases: ArrayLike<boolean | number>,
  options: PrimOptions = {},
): PrimResult {
  const peelAlpha = options.peelAlpha ?? 0.05;
  const minMass = options.minMass ?? 0.05;
  const threshold = options.threshold ?? 0.8;
  const n = inputs.length;
  const k = checkPrimInput(inputs, cases, { peelAlpha, minMass, threshold });
  const isCase = Uint8Array.from({ length: n }, (_, j) => (cases[j] ? 1 : 0));
  const totalCases = isCase.reduce((sum, c) => sum + c, 0);

  let inside: Int32Array = Int32Array.from({ length: n }, (_, j) => j);
  const low = Float64Array.from({ length: k }, (_, i) => min(inputs, inside, i));
  const high = Float64Array.from({ length: k }, (_, i) => max(inputs, inside, i));
  const whole = { low: low.slice(), high: high.slice() };
  const boxOf = (members: Int32Array): PrimBox => {
    const hits = members.reduce((sum, j) => sum + isCase[j]!, 0);
    return {
      low: low.slice(),
      high: high.slice(),
      restricted: [...low.keys()].filter(
        (i) => low[i]! > whole.low[i]! || high[i]! < whole.high[i]!,
      ),
      coverage: totalCases === 0 ? 0 : hits / totalCases,
      density: hits / members.length,
      mass: members.length / n,
      points: members.length,
    };
  };
  const trajectory = [boxOf(inside)];

  // The box's points sorted by each parameter, kept sorted by filtering after each peel.
  let order = Array.from({ length: k }, (_, i) =>
    Int32Array.from(inside).sort((x, y) => inputs[x]![i]! - inputs[y]![i]!),
  );
  const member = new Uint8Array(n).fill(1);
  for (;;) {
    const m = inside.length;
    if (m < 2) break;
    const q = Math.max(1, Math.floor(peelAlpha * m));
    const caseCount = inside.reduce((sum, j) => sum + isCase[j]!, 0);
    let best:
      | { kept: number; hits: number; i: number; bound: number; side: 'low' | 'high' }
      | undefined;
    for (let i = 0; i < k; i++) {
      const sorted = order[i]!;
      const value = (position: number) => inputs[sorted[position]!]![i]!;
      for (const side of ['low', 'high'] as const) {
        // Keep the points on the far side of the q-th value; ties with it are kept, so a peel
        // may remove fewer than q points, or none (then it is no candidate). Only the removed
        // points, at most q, are visited.
        const bound = side === 'low' ? value(q) : value(m - 1 - q);
        let removed = 0;
        let removedHits = 0;
        if (side === 'low') {
          for (let p = 0; p < q && value(p) < bound; p++, removed++) {
            removedHits += isCase[sorted[p]!]!;
          }
        } else {
          for (let p = m - 1; p > m - 1 - q && value(p) > bound; p--, removed++) {
            removedHits += isCase[sorted[p]!]!;
          }
        }
        const kept = m - removed;
        const hits = caseCount - removedHits;
        if (removed === 0 || kept < minMass * n) continue;
        if (
          !best ||
          hits * best.kept > best.hits * kept ||
          (hits * best.kept === best.hits * kept && kept > best.kept)
        ) {
          best = { kept, hits, i, bound, side };
        }
      }
    }
    if (!best) break;
    const { i, bound, side } = best;
    if (side === 'low') low[i] = bound;
    else high[i] = bound;
    for (const j of inside) {
      const x = inputs[j]![i]!;
      if (side === 'low' ? x < bound : x > bound) member[j] = 0;
    }
    inside = inside.filter((j) => member[j] === 1);
    order = order.map((sorted) => sorted.filter((j) => member[j] === 1));
    trajectory.push(boxOf(inside));
  }

  let chosen = -1;
  trajectory.forEach((box, b) => {
    if (box.density >= threshold && (chosen < 0 || box.coverage > trajectory[chosen]!.coverage)) {
      chosen = b;
    }
  });
  if (chosen < 0) {
    trajectory.forEach((box, b) => {
      if (chosen < 0 || box.density > trajectory[chosen]!.density) chosen = b;
    });
  }
  return { trajectory, chosen, baseDensity: n === 0 ? 0 : totalCases / n };
}

function min(inputs: readonly ArrayLike<number>[], members: Int32Array, i: number): number {
  return members.reduce((m, j) => Math.min(m, inputs[j]![i]!), Number.POSITIVE_INFINITY);
}

function max(inputs: readonly ArrayLike<number>[], members: Int32Array, i: number): number {
  return members.reduce((m, j) => Math.max(m, inputs[j]![i]!), Number.NEGATIVE_INFINITY);
}

/** Returns k, the number of parameters, or throws naming the first problem. */
function checkPrimInput(
  inputs: readonly ArrayLike<number>[],
  cases: ArrayLike<boolean | number>,
  options: Required<PrimOptions>,
): number {
  const fail = (path: (string | number)[], message: string): never => {
    throw new ValidationError('PRIM input', [{ path, message }]);
  };
  if (inputs.length === 0) fail(['inputs'], 'needs at least one point; got none');
  if (cases.length !== inputs.length) {
    fail(['cases'], `expected ${inputs.length} entries, one per point; got ${cases.length}`);
  }
  const k = inputs[0]!.length;
  if (k === 0) fail(['inputs', 0], 'needs at least one parameter; got none');
  inputs.forEach((point, j) => {
    if (point.length !== k) fail(['inputs', j], `expected ${k} values; got ${point.length}`);
    for (let i = 0; i < k; i++) {
      if (!Number.isFinite(point[i])) {
        fail(['inputs', j, i], `must be a finite number; got ${point[i]}`);
      }
    }
  });
  if (!(options.peelAlpha > 0 && options.peelAlpha < 0.5)) {
    fail(['peelAlpha'], `must lie strictly between 0 and 0.5; got ${options.peelAlpha}`);
  }
  if (!(options.minMass > 0 && options.minMass <= 1)) {
    fail(['minMass'], `must lie in (0, 1]; got ${options.minMass}`);
  }
  if (!(options.threshold >= 0 && options.threshold <= 1)) {
    fail(['threshold'], `must lie in [0, 1]; got ${options.threshold}`);
  }
  return k;
}
