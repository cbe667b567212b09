import { type ExploreResult, formatCount, type Pack } from '@brink/core';
import type { Palette } from './palette.js';
import { formatShare } from './share.js';
import { joinWrapped, padEnd, padStart } from './text.js';

export interface ExploreRenderOptions {
  color: Palette;
  width: number;
  title: string;
}

/** Rows shown of a ranking; the rest are in --json. */
const SHOWN = 15;
const METHOD_TITLES = {
  sobol: 'Sobol indices',
  morris: 'Morris screening',
  prim: 'PRIM scenario discovery',
} as const;

/**
 * An exploration for a person: what was asked and run, then the ranking (Sobol: total- and
 * first-order indices with intervals; Morris: μ* with its interval and σ) or PRIM's chosen box
 * and trade-off — or, when the outcome does not vary, a plain statement that there is nothing to
 * rank. Each parameter is shown by its plain name (actor and field) with its provenance.
 */
export function renderExplore(
  result: ExploreResult,
  pack: Pack,
  options: ExploreRenderOptions,
): string[] {
  const { color } = options;
  const outcome = pack.outcomes.find((o) => o.id === result.outcome);
  const lines = [
    color.bold(`${options.title} — ${METHOD_TITLES[result.method]} of ${result.outcome}`),
    ...joinWrapped(
      [
        formatCount(result.runs, 'run'),
        `seed ${result.seed}`,
        formatCount(result.parameters.length, 'parameter'),
        ...(result.sobol ? [`N = ${result.sobol.baseSamples}`] : []),
        ...(result.morris ? [`r = ${result.morris.trajectories}`] : []),
        `${result.outcome} held in ${formatShare(result.share)} of runs`,
      ],
      ' · ',
      options.width,
    ).map((line) => color.dim(line)),
    ...(outcome ? [color.dim(outcome.label)] : []),
    '',
  ];
  if (result.degenerate) {
    lines.push(
      `${result.outcome} held in ${result.share === 0 ? 'none' : 'every one'} of the ${formatCount(result.runs, 'run')}: over these ranges it does not vary with the assumptions, so there is nothing to attribute${result.method === 'sobol' ? ' (its Sobol indices are undefined)' : ''}.`,
    );
    return lines;
  }
  const plain = (name: string) => plainName(name, pack);
  const nameWidth = Math.min(
    44,
    Math.max(...result.parameters.map((p) => plain(p.name).length), 9),
  );
  const row = (name: string, provenance: string, ...cells: string[]) =>
    `  ${padEnd(name, nameWidth)}  ${padEnd(provenance, 10)}  ${cells.join('  ')}`;
  const interval = (value: number, [low, high]: [number, number]) =>
    `${fixed(value)} [${fixed(low)}, ${fixed(high)}]`;
  if (result.sobol) {
    const order = rankBy(result.sobol.indices.map((index) => index.total));
    lines.push(
      color.bold(
        row('parameter', 'provenance', padEnd('total order (95%)', 24), 'first order (95%)'),
      ),
    );
    for (const i of order.slice(0, SHOWN)) {
      const index = result.sobol.indices[i]!;
      const parameter = result.parameters[i]!;
      lines.push(
        row(
          plain(parameter.name),
          parameter.provenance,
          padEnd(interval(index.total, index.totalInterval), 24),
          interval(index.first, index.firstInterval),
        ),
      );
    }
    lines.push(
      color.dim(`  (${result.parameters.length - Math.min(SHOWN, order.length)} more in --json)`),
    );
  } else if (result.morris) {
    const order = rankBy(result.morris.effects.map((effect) => effect.meanAbsolute));
    lines.push(
      color.bold(
        row('parameter', 'provenance', padEnd('μ* (95%)', 24), padStart('μ', 7), padStart('σ', 7)),
      ),
    );
    for (const i of order.slice(0, SHOWN)) {
      const effect = result.morris.effects[i]!;
      lines.push(
        row(
          plain(result.parameters[i]!.name),
          result.parameters[i]!.provenance,
          padEnd(interval(effect.meanAbsolute, effect.meanAbsoluteInterval), 24),
          padStart(fixed(effect.mean), 7),
          padStart(fixed(effect.deviation), 7),
        ),
      );
    }
  } else if (result.prim) {
    const { trajectory, chosen, baseDensity } = result.prim;
    const box = trajectory[chosen]!;
    lines.push(
      `${result.outcome} holds in ${formatShare(box.density)} of the runs inside this box (${formatShare(baseDensity)} overall); the box holds ${formatShare(box.coverage)} of the runs where it holds (coverage) and ${formatShare(box.mass)} of all runs:`,
    );
    for (const name of box.restricted) {
      const i = result.parameters.findIndex((p) => p.name === name);
      const parameter = result.parameters[i]!;
      lines.push(
        row(
          plain(name),
          parameter.provenance,
          `${fixed(box.low[i]!)} ≤ value ≤ ${fixed(box.high[i]!)}`,
          color.dim(
            `(range ${fixed(parameter.distribution.low)}–${fixed(parameter.distribution.high)}, pack ${fixed(parameter.value)})`,
          ),
        ),
      );
    }
    if (box.restricted.length === 0) lines.push('  (no box narrows any parameter)');
    lines.push('', color.bold('  peel  coverage  density  mass'));
    const step = Math.max(1, Math.ceil(trajectory.length / 10));
    trajectory.forEach((b, t) => {
      if (t % step !== 0 && t !== chosen && t !== trajectory.length - 1) return;
      const mark = t === chosen ? ' ← chosen' : '';
      lines.push(
        `  ${padStart(String(t), 4)}  ${padStart(formatShare(b.coverage), 8)}  ${padStart(formatShare(b.density), 7)}  ${padStart(formatShare(b.mass), 5)}${mark}`,
      );
    });
  }
  return lines;
}

/** `iran.params.riskAversion` → `Iran: riskAversion`; `world.noise` → `world: noise`. */
function plainName(name: string, pack: Pack): string {
  const dot = name.indexOf('.');
  const owner = name.slice(0, dot);
  const field = name.slice(dot + 1).replace(/^params\./, '');
  const actor = pack.actors.find((a) => a.id === owner);
  return `${actor ? actor.name : owner}: ${field}`;
}

/** Indices of `values` from highest to lowest, NaN last. */
function rankBy(values: readonly number[]): number[] {
  const key = (i: number) => (Number.isNaN(values[i]!) ? Number.NEGATIVE_INFINITY : values[i]!);
  return values.map((_, i) => i).sort((a, b) => key(b) - key(a));
}

function fixed(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '—';
}
