'use client';

import {
  type Aggregate,
  fanDays,
  formatCount,
  formatInterval,
  histogramMedian,
  type Pack,
  RUNGS,
  type Rung,
  type Scenario,
  type TraceProfile,
} from '@brink/core';
import { useMemo, useState } from 'react';
import { FanChart } from '../charts/FanChart';
import { FirstDayChart, type FirstDayRow } from '../charts/FirstDayChart';
import { OutcomeChart } from '../charts/OutcomeChart';
import { ReachHeatmap } from '../charts/ReachHeatmap';
import { actorViews, shortName } from '../lib/actors';
import { firstDayBins, outcomeRows, percent, reachCells, topRules } from '../lib/batchData';
import { rungLabel } from '../lib/format';
import { packRules } from '../lib/rules';
import { useStagedReveal } from '../lib/useStagedReveal';
import { ChartFigure } from './ChartFigure';
import { OutcomeDefinitions } from './OutcomeDefinitions';
import { RulesTable } from './RulesTable';

/** What the charts of one batch need. */
export interface BatchView {
  pack: Pack;
  scenario: Scenario;
  aggregate: Aggregate;
  profile: TraceProfile;
  seed: number;
}

/** Which cells and outcomes to highlight, when two batches are compared. */
export interface Marks {
  outcomes: ReadonlySet<string>;
  reach: ReadonlySet<string>;
}

const BIN_DAYS = 5;

/** A part of the view not drawn yet: it holds the part's place in the grid. */
function Pending({ className = 'mc-figure mc-pending' }: { className?: string }) {
  return <div className={className} aria-hidden="true" />;
}

/**
 * The charts of one batch: outcome shares with 95% intervals, the actor × rung reach heatmap,
 * each actor's fan chart, first-reach days of a chosen rung, and the rules that fired most.
 * `prefix` names downloaded files; `marks` highlights what differs from another batch. The
 * charts mount one at a time as the main thread is free (useStagedReveal), so a finished batch
 * never freezes the page while its charts draw; the view is `aria-busy` until all are drawn.
 */
export function BatchCharts({
  view,
  prefix,
  marks,
  compact = false,
}: {
  view: BatchView;
  prefix: string;
  marks?: Marks;
  compact?: boolean;
}) {
  const { pack, scenario, aggregate, profile } = view;
  const actors = useMemo(() => actorViews(pack, scenario), [pack, scenario]);
  const names = useMemo(() => actors.map((actor) => shortName(actor.name)), [actors]);
  const [rung, setRung] = useState<Rung>('indirect');
  const outcomes = useMemo(() => outcomeRows(aggregate, pack), [aggregate, pack]);
  const cells = useMemo(() => reachCells(aggregate, pack), [aggregate, pack]);
  const fans = useMemo(
    () => actors.map((actor) => ({ actor, days: fanDays(profile, actor.id) })),
    [actors, profile],
  );
  const rules = useMemo(() => topRules(profile, packRules(pack), 10), [profile, pack]);
  const firstRows: FirstDayRow[] = useMemo(() => {
    const r = RUNGS.indexOf(rung);
    return actors.map((actor, a) => ({
      actor: actor.id,
      name: names[a]!,
      colour: actor.colour,
      bins: firstDayBins(aggregate, actor.id, rung, scenario.horizon, BIN_DAYS),
      reached: cells[a]![r]!.share,
      median: histogramMedian(aggregate.firstDays[actor.id]?.[r] ?? []),
    }));
  }, [actors, names, aggregate, rung, scenario.horizon, cells]);
  const runs = aggregate.runs;
  // Each chart's element is kept while its data stays, so that mounting the next part (below)
  // does not draw again the parts already shown.
  const outcomeChart = useMemo(
    () => (
      <OutcomeChart
        rows={outcomes}
        {...(marks ? { marked: marks.outcomes } : {})}
        label={`Outcome shares of ${runs} runs with 95% intervals`}
      />
    ),
    [outcomes, marks, runs],
  );
  const reachChart = useMemo(
    () => (
      <ReachHeatmap
        cells={cells}
        names={names}
        {...(marks ? { marked: marks.reach } : {})}
        label="Share of runs in which each actor reached each rung or higher"
      />
    ),
    [cells, names, marks],
  );
  const fanCharts = useMemo(
    () =>
      fans.map(({ actor, days }) => (
        <FanChart
          key={actor.id}
          days={days}
          horizon={scenario.horizon}
          name={shortName(actor.name)}
          colour={actor.colour}
        />
      )),
    [fans, scenario.horizon],
  );
  const firstDayChart = useMemo(
    () => (
      <FirstDayChart
        rows={firstRows}
        horizon={scenario.horizon}
        label={`When each actor first reached ${rung}, in ${BIN_DAYS}-day bins, with the median day dashed`}
      />
    ),
    [firstRows, scenario.horizon, rung],
  );
  const rulesTable = useMemo(() => <RulesTable rules={rules} runs={runs} />, [rules, runs]);
  // Parts in the order they are drawn: outcomes, reach, one fan per actor, first days, rules.
  const parts = 4 + fans.length;
  const shown = useStagedReveal(parts, view);
  const drawn = (part: number) => part < shown;
  const firstDayPart = 2 + fans.length;
  const run = { scenario: `${scenario.title} (${scenario.id})`, runs, seed: view.seed };
  const sample = `all ${formatCount(runs, 'run')}`;

  return (
    <div className={compact ? 'mc-charts mc-compact' : 'mc-charts'} aria-busy={shown < parts}>
      {/* One grid cell: the outcome chart with what each outcome counts under it. */}
      <div>
        <ChartFigure
          run={run}
          title="Outcomes"
          filename={`${prefix}-outcomes`}
          alternative={
            <ul>
              {outcomes.map((row) => (
                <li key={row.id}>
                  {row.label} ({row.definition}): {percent(row.share)} of {formatCount(runs, 'run')}{' '}
                  (95% interval {formatInterval(row.low, row.high)})
                </li>
              ))}
            </ul>
          }
        >
          {outcomeChart}
        </ChartFigure>
        <OutcomeDefinitions outcomes={outcomes} />
      </div>

      {!drawn(1) ? (
        <Pending />
      ) : (
        <ChartFigure
          run={run}
          title="How far each actor went"
          filename={`${prefix}-reach`}
          alternative={
            <ul>
              {cells.map((row, a) => (
                <li key={row[0]!.actor}>
                  {names[a]}:{' '}
                  {row
                    .filter((cell) => cell.share > 0)
                    .map((cell) => `${cell.rung} or higher in ${percent(cell.share)}`)
                    .join(', ') || 'no rung'}
                </li>
              ))}
            </ul>
          }
        >
          {reachChart}
        </ChartFigure>
      )}

      {!drawn(2) ? (
        <Pending />
      ) : (
        <ChartFigure
          run={run}
          title="Rung over the days"
          filename={`${prefix}-fan`}
          alternative={
            <>
              <p>
                From {sample}. For each actor, the median rung by day, with the middle 50% and 90%
                of runs as bands.
              </p>
              <ul>
                {fans.map(({ actor, days }) => {
                  const last = days.at(-1);
                  return (
                    <li key={actor.id}>
                      {shortName(actor.name)}: on the last day the median is{' '}
                      {last ? RUNGS[last.p50] : 'unknown'}, 90% of runs between{' '}
                      {last ? `${RUNGS[last.p05]} and ${RUNGS[last.p95]}` : '—'}.
                    </li>
                  );
                })}
              </ul>
            </>
          }
        >
          <p className="mc-note">
            Median (line), middle 50% (dark band) and middle 90% (light band) of {sample}.
          </p>
          <div className="mc-fans">
            {fans.map(({ actor }, a) =>
              drawn(2 + a) ? fanCharts[a] : <Pending key={actor.id} className="mc-pending-fan" />,
            )}
          </div>
        </ChartFigure>
      )}

      {!drawn(firstDayPart) ? (
        <Pending />
      ) : (
        <ChartFigure
          run={run}
          title={`First day at ${rungLabel(rung)} or higher`}
          filename={`${prefix}-first-days-${rung}`}
          controls={
            <label className="mc-inline">
              Rung{' '}
              <select value={rung} onChange={(event) => setRung(event.target.value as Rung)}>
                {RUNGS.slice(1).map((option) => (
                  <option key={option} value={option}>
                    {rungLabel(option)}
                  </option>
                ))}
              </select>
            </label>
          }
          alternative={
            <ul>
              {firstRows.map((row) => (
                <li key={row.actor}>
                  {row.name}:{' '}
                  {row.reached > 0
                    ? `reached ${rung} in ${percent(row.reached)} of runs, median first day ${row.median}`
                    : `never reached ${rung}`}
                </li>
              ))}
            </ul>
          }
        >
          {firstDayChart}
        </ChartFigure>
      )}

      {!drawn(firstDayPart + 1) ? (
        <Pending />
      ) : (
        <section className="mc-figure" aria-labelledby={`${prefix}-rules`}>
          <div className="mc-figure-head">
            <h3 id={`${prefix}-rules`}>Rules that fired most</h3>
          </div>
          <p className="mc-note">
            The deciding rule of every rung change and red line in {sample}, with the words it rests
            on.
          </p>
          {rulesTable}
        </section>
      )}
    </div>
  );
}
