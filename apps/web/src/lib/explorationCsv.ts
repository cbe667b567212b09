import type { ExploreResult } from '@brink/core';

/** A cell of a CSV row: numbers as they are (empty when undefined), text quoted when it must be. */
function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * An exploration as CSV, one row per parameter in the analysis's order: its field name,
 * provenance, distribution and pack value, then the method's numbers — Sobol: first- and
 * total-order indices with their interval ends; Morris: μ*, its interval, μ and σ; PRIM: the chosen
 * box's limits (empty where the box leaves the parameter free). Undefined indices are empty cells.
 */
export function explorationCsv(result: ExploreResult): string {
  const head = ['parameter', 'provenance', 'distribution', 'low', 'mode', 'high', 'value'];
  let extra: string[] = [];
  let cells: (i: number) => (string | number | undefined)[] = () => [];
  if (result.sobol) {
    const indices = result.sobol.indices;
    extra = ['first', 'first_low', 'first_high', 'total', 'total_low', 'total_high'];
    cells = (i) => {
      const index = indices[i]!;
      return [
        index.first,
        index.firstInterval[0],
        index.firstInterval[1],
        index.total,
        index.totalInterval[0],
        index.totalInterval[1],
      ];
    };
  } else if (result.morris) {
    const effects = result.morris.effects;
    extra = ['mu_star', 'mu_star_low', 'mu_star_high', 'mu', 'sigma'];
    cells = (i) => {
      const effect = effects[i]!;
      return [
        effect.meanAbsolute,
        effect.meanAbsoluteInterval[0],
        effect.meanAbsoluteInterval[1],
        effect.mean,
        effect.deviation,
      ];
    };
  } else if (result.prim) {
    const box = result.prim.trajectory[result.prim.chosen]!;
    extra = ['box_low', 'box_high'];
    cells = (i) => {
      const name = result.parameters[i]!.name;
      return box.restricted.includes(name) ? [box.low[i], box.high[i]] : [undefined, undefined];
    };
  }
  const rows = result.parameters.map((parameter, i) => {
    const d = parameter.distribution;
    return [
      parameter.name,
      parameter.provenance,
      d.kind,
      d.low,
      'mode' in d ? d.mode : undefined,
      d.high,
      parameter.value,
      ...cells(i),
    ]
      .map(cell)
      .join(',');
  });
  return `${[...head, ...extra].join(',')}\n${rows.map((row) => `${row}\n`).join('')}`;
}
