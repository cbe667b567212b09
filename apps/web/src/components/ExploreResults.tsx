'use client';

import { type Distribution, describeField, type ExploreResult, type Pack } from '@brink/core';
import Link from 'next/link';
import { MorrisChart, type MorrisPoint } from '../charts/MorrisChart';
import { PrimBoxChart, type PrimLimit } from '../charts/PrimBoxChart';
import { PrimTradeoffChart } from '../charts/PrimTradeoffChart';
import { SobolChart, type SobolRow, sobolOrder } from '../charts/SobolChart';
import { percent } from '../lib/batchData';
import { ChartFigure, type FigureRun } from './ChartFigure';
import { ProvenanceBadge } from './ProvenanceBadge';

/** Rows the Sobol chart draws, by total order: the rest are in the table. */
const CHARTED = 20;

/** Two decimals, or a dash for an undefined number. */
function fixed(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(2) : '—';
}

function interval(value: number, [low, high]: readonly [number, number]): string {
  return `${fixed(value)} [${fixed(low)}, ${fixed(high)}]`;
}

/** A range as a table shows it: `pert 0.2–0.9, mode 0.5`. */
export function rangeText(distribution: Distribution): string {
  const mode = 'mode' in distribution ? `, mode ${distribution.mode}` : '';
  return `${distribution.kind} ${distribution.low}–${distribution.high}${mode}`;
}

/**
 * What an exploration found, for its method: Sobol indices as bars with intervals, Morris’s μ* and σ
 * scatter, or PRIM's box and its peeling trade-off; then every parameter in a table by its
 * plain name, with its provenance badge and a link to the rule in the source view. An outcome
 * that held in every run or in none is said plainly instead.
 */
export function ExploreResults({
  result,
  pack,
  run,
  filename,
}: {
  result: ExploreResult;
  pack: Pack;
  /** What the charts were drawn from, for their downloads: scenario, runs, seed. */
  run: FigureRun;
  filename: string;
}) {
  const outcome = pack.outcomes.find((o) => o.id === result.outcome);
  const outcomeLabel = outcome?.label ?? result.outcome;
  // A ranged field's plain name (core's describeField): `Iran’s fear of a wider war`.
  const label = (name: string) => describeField(pack, name).name;
  if (result.degenerate) {
    return (
      <p className="mc-progress" role="status" data-testid="no-variation">
        “{outcomeLabel}” held in {result.share === 0 ? 'none' : 'every one'} of the{' '}
        {result.runs.toLocaleString('en')} runs: over these ranges it does not vary with the
        assumptions, so there is nothing to attribute
        {result.method === 'sobol' ? ' (its Sobol indices are undefined)' : ''}. Choose another
        outcome or scenario.
      </p>
    );
  }
  let figures: React.ReactNode = null;
  let numbers: (i: number) => string[] = () => [];
  let heads: string[] = [];
  let order = result.parameters.map((_, i) => i);
  if (result.sobol) {
    const indices = result.sobol.indices;
    const rows: SobolRow[] = result.parameters.map((parameter, i) => ({
      name: parameter.name,
      label: label(parameter.name),
      ...indices[i]!,
    }));
    const sorted = sobolOrder(rows);
    order = sorted.map((row) => rows.indexOf(row));
    heads = ['total order (95%)', 'first order (95%)'];
    numbers = (i) => [
      interval(indices[i]!.total, indices[i]!.totalInterval),
      interval(indices[i]!.first, indices[i]!.firstInterval),
    ];
    figures = (
      <ChartFigure
        title={`Sobol indices: what drives “${outcomeLabel}”`}
        run={run}
        filename={`${filename}-sobol`}
        alternative={
          <ol>
            {sorted.map((row) => (
              <li key={row.name}>
                {row.label}: total order {interval(row.total, row.totalInterval)}, first order{' '}
                {interval(row.first, row.firstInterval)}
              </li>
            ))}
          </ol>
        }
      >
        <SobolChart rows={sorted.slice(0, CHARTED)} outcome={outcomeLabel} />
        {sorted.length > CHARTED && (
          <p className="mc-note">
            The {CHARTED} highest total-order indices of {sorted.length}; every one is in the table
            below.
          </p>
        )}
      </ChartFigure>
    );
  } else if (result.morris) {
    const effects = result.morris.effects;
    const points: MorrisPoint[] = result.parameters.map((parameter, i) => ({
      name: parameter.name,
      label: label(parameter.name),
      ...effects[i]!,
    }));
    order = [...order].sort((a, b) => effects[b]!.meanAbsolute - effects[a]!.meanAbsolute || a - b);
    heads = ['μ* (95%)', 'μ', 'σ'];
    numbers = (i) => [
      interval(effects[i]!.meanAbsolute, effects[i]!.meanAbsoluteInterval),
      fixed(effects[i]!.mean),
      fixed(effects[i]!.deviation),
    ];
    figures = (
      <ChartFigure
        title={`Morris screening: what moves “${outcomeLabel}”`}
        run={run}
        filename={`${filename}-morris`}
        alternative={
          <ol>
            {order.map((i) => (
              <li key={result.parameters[i]!.name}>
                {label(result.parameters[i]!.name)}: μ*{' '}
                {interval(effects[i]!.meanAbsolute, effects[i]!.meanAbsoluteInterval)}, σ{' '}
                {fixed(effects[i]!.deviation)}
              </li>
            ))}
          </ol>
        }
      >
        <MorrisChart points={points} outcome={outcomeLabel} />
      </ChartFigure>
    );
  } else if (result.prim) {
    const { trajectory, chosen, baseDensity } = result.prim;
    const box = trajectory[chosen]!;
    const limits: PrimLimit[] = box.restricted.map((name) => {
      const i = result.parameters.findIndex((p) => p.name === name);
      const parameter = result.parameters[i]!;
      return {
        name,
        label: label(name),
        low: parameter.distribution.low,
        high: parameter.distribution.high,
        boxLow: box.low[i]!,
        boxHigh: box.high[i]!,
        value: parameter.value,
      };
    });
    const restricted = new Set(box.restricted);
    order = [...order].sort(
      (a, b) =>
        Number(restricted.has(result.parameters[b]!.name)) -
          Number(restricted.has(result.parameters[a]!.name)) || a - b,
    );
    heads = ['in the box'];
    numbers = (i) => {
      const name = result.parameters[i]!.name;
      return [restricted.has(name) ? `${fixed(box.low[i])} to ${fixed(box.high[i])}` : 'free'];
    };
    figures = (
      <>
        <p className="mc-note" data-testid="prim-summary">
          “{outcomeLabel}” happens in {percent(box.density)} of the runs inside this box (
          {percent(baseDensity)} of all runs); the box holds {percent(box.coverage)} of the runs
          where it happens (its coverage) and {percent(box.mass)} of all runs.
        </p>
        <ChartFigure
          title={`PRIM: where “${outcomeLabel}” mostly happens`}
          run={run}
          filename={`${filename}-prim-box`}
          alternative={
            limits.length === 0 ? (
              <p>No box narrows any assumption.</p>
            ) : (
              <ul>
                {limits.map((limit) => (
                  <li key={limit.name}>
                    {limit.label}: {fixed(limit.boxLow)} to {fixed(limit.boxHigh)} (range{' '}
                    {fixed(limit.low)} to {fixed(limit.high)}, pack {fixed(limit.value)})
                  </li>
                ))}
              </ul>
            )
          }
        >
          {limits.length === 0 ? (
            <p className="mc-note">No box narrows any assumption.</p>
          ) : (
            <PrimBoxChart limits={limits} outcome={outcomeLabel} />
          )}
        </ChartFigure>
        <ChartFigure
          title="PRIM’s peeling trade-off: coverage against density"
          run={run}
          filename={`${filename}-prim-tradeoff`}
          alternative={
            <ol start={0}>
              {trajectory.map((step, t) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a peel is its index
                <li key={t}>
                  coverage {percent(step.coverage)}, density {percent(step.density)}
                  {t === chosen ? ' (chosen)' : ''}
                </li>
              ))}
            </ol>
          }
        >
          <PrimTradeoffChart
            steps={trajectory}
            chosen={chosen}
            baseDensity={baseDensity}
            outcome={outcomeLabel}
          />
        </ChartFigure>
      </>
    );
  }
  return (
    <>
      {figures}
      <section className="mc-figure" aria-labelledby="explore-parameters">
        <h2 id="explore-parameters" className="mc-h2">
          The {result.parameters.length} assumptions varied
        </h2>
        <div className="mc-scroll">
          <table className="mc-table mc-explore-table">
            <thead>
              <tr>
                <th scope="col">assumption</th>
                <th scope="col">basis</th>
                <th scope="col">range</th>
                <th scope="col">pack</th>
                {heads.map((head) => (
                  <th scope="col" key={head}>
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {order.map((i) => {
                const parameter = result.parameters[i]!;
                return (
                  <tr key={parameter.name} data-parameter={parameter.name}>
                    <td>
                      <Link
                        prefetch={false}
                        href={`/source?rule=${encodeURIComponent(parameter.name)}`}
                        title={`${parameter.name}: ${parameter.reason}`}
                      >
                        {label(parameter.name)}
                      </Link>
                    </td>
                    <td>
                      <ProvenanceBadge kind={parameter.provenance} />
                    </td>
                    <td>{rangeText(parameter.distribution)}</td>
                    <td>{parameter.value}</td>
                    {numbers(i).map((text, c) => (
                      <td key={heads[c]}>{text}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
