'use client';

import { scenarioDifferences } from '@brink/core';
import { axisPack, nearestId, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { compareOutcomes, percent, significantDifferences } from '../lib/batchData';
import { type CompareState, compareHref, readCompareParams } from '../lib/compareParams';
import { resolveScenario } from '../lib/resolveScenario';
import { MAX_RUNS } from '../lib/runBatch';
import { runHref } from '../lib/runParams';
import { useBatchSeries } from '../lib/useBatchSeries';
import { useHeldWork } from '../lib/useHeldWork';
import { whenIdle } from '../lib/whenIdle';
import { AnalysisNav } from './AnalysisNav';
import { BatchCharts } from './BatchCharts';
import { CancelledNotice } from './CancelledNotice';
import { PendingSettings } from './PendingSettings';
import { Problem } from './Problem';
import { RunsAndSeedFields } from './RunsAndSeedFields';
import { SeriesProgress } from './SeriesProgress';

const scenarioIds = Object.keys(scenarios);

/**
 * Two batches side by side — two scenarios, or a scenario and its edited counterfactual — with
 * the same seed and runs: how their postures differ, which outcomes and rungs differ at the 95%
 * level, and the same charts for each.
 */
export function ComparePage() {
  const query = useSearchParams();
  const read = useMemo(
    () =>
      readCompareParams(new URLSearchParams(query.toString()), { scenarioIds, nearest: nearestId }),
    [query],
  );
  const state = read.ok ? read.state : null;
  const sides = useMemo(() => {
    if (!state) return null;
    const a = resolveScenario(scenarios[state.a]!, null, axisPack);
    const b = resolveScenario(scenarios[state.b]!, state.edit, axisPack);
    return { a, b };
  }, [state]);
  const { state: series, start, cancel, reset, progress } = useBatchSeries();
  const key = state ? compareHref(state) : '';
  // The address's comparison was cancelled earlier in the session: it waits to be asked again.
  const { held, mayStart, release, hold } = useHeldWork(reset, cancel);
  const [pending, setPending] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what starts the batches
  useEffect(() => {
    setPending(false);
    if (!state || !sides?.a.ok || !sides.b.ok) return;
    if (!mayStart(key)) return;
    const requests = [
      { scenario: sides.a.scenario, runs: state.runs, seed: state.seed },
      { scenario: sides.b.scenario, runs: state.runs, seed: state.seed },
    ];
    return whenIdle(() => start(requests));
  }, [key]);

  if (!read.ok) {
    return (
      <Problem title="This link does not describe a comparison" problems={read.problems}>
        <Link prefetch={false} href="/compare?a=baseline&b=strike-on-iran&runs=1000&seed=42">
          Compare the baseline with a strike on Iran
        </Link>
      </Problem>
    );
  }
  if (!state || !sides) return null;
  if (!sides.b.ok) {
    return (
      <Problem title="The edited scenario in this link cannot be run" problems={sides.b.problems}>
        <Link
          prefetch={false}
          href={runHref(state.b, { seed: state.seed, edit: state.edit, panel: 'edit' })}
        >
          Open the edit in the runner
        </Link>
      </Problem>
    );
  }
  if (!sides.a.ok) return null;
  const a = sides.a.scenario;
  const b = sides.b.scenario;
  const nameA = a.title;
  const nameB = sides.b.edited ? `${b.title} (edited)` : b.title;
  const differences = scenarioDifferences(axisPack, a, b);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: CompareState = {
      a: String(form.get('a')),
      b: String(form.get('b')),
      runs: Number(form.get('runs')),
      seed: Number(form.get('seed')),
      edit: String(form.get('b')) === state.b ? state.edit : null,
    };
    const href = compareHref(next);
    release(href);
    if (href === key) {
      start([
        { scenario: a, runs: next.runs, seed: next.seed },
        { scenario: b, runs: next.runs, seed: next.seed },
      ]);
    } else window.history.pushState(null, '', href.slice('/compare'.length));
  };

  const results = series.status === 'done' ? series.results : null;
  const [resultA, resultB] = results ?? [];
  const marks =
    resultA && resultB
      ? significantDifferences(resultA.aggregate, resultB.aggregate, axisPack)
      : null;
  const outcomes =
    resultA && resultB ? compareOutcomes(resultA.aggregate, resultB.aggregate, axisPack) : null;

  return (
    <div className="mc-page">
      <AnalysisNav current="compare" />
      <header className="mc-head">
        <div>
          <h1>
            Compare: {nameA} and {nameB}
          </h1>
          <p className="mc-lede">
            The same seed and number of runs for both, so what differs is the scenario. Outcomes and
            rungs that differ at the 95% level are marked ◆ and outlined.
          </p>
        </div>
        <form
          className="mc-controls"
          onSubmit={submit}
          onChange={() => setPending(true)}
          aria-label="Comparison settings"
          key={key}
        >
          <label>
            Scenario A{/* Another scenario is another comparison: it opens (and runs) at once. */}
            <select
              name="a"
              defaultValue={state.a}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
            >
              {scenarioIds.map((id) => (
                <option key={id} value={id}>
                  {scenarios[id]!.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Scenario B{sides.b.edited ? ' (edited)' : ''}
            <select
              name="b"
              defaultValue={state.b}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
            >
              {scenarioIds.map((id) => (
                <option key={id} value={id}>
                  {scenarios[id]!.title}
                </option>
              ))}
            </select>
          </label>
          <RunsAndSeedFields
            runs={state.runs}
            seed={state.seed}
            maxRuns={MAX_RUNS}
            runsLabel="Runs each"
          />
          <button type="submit" disabled={series.status === 'running'}>
            Compare
          </button>
          {pending && (
            <PendingSettings
              action="Compare"
              shown={`${state.runs.toLocaleString('en')} runs each with seed ${state.seed}`}
            />
          )}
        </form>
      </header>

      <SeriesProgress
        state={series}
        progress={progress}
        names={[`A: ${nameA}`, `B: ${nameB}`]}
        onCancel={() => {
          hold(key);
        }}
      />
      {held && series.status === 'idle' && (
        <CancelledNotice
          what="this comparison"
          onRun={() => {
            release(key);
            start([
              { scenario: a, runs: state.runs, seed: state.seed },
              { scenario: b, runs: state.runs, seed: state.seed },
            ]);
          }}
        />
      )}

      <section className="mc-figure" aria-labelledby="postures-title">
        <h2 id="postures-title" className="mc-h2">
          How B differs from A
        </h2>
        {differences.length === 0 ? (
          <p>The two scenarios set the same postures and script the same events.</p>
        ) : (
          <table className="mc-table" data-testid="differences">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((difference) => (
                <tr key={`${difference.path}:${difference.a}:${difference.b}`}>
                  <th scope="row">
                    <code>{difference.path}</code>
                  </th>
                  <td>{difference.a}</td>
                  <td>{difference.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {outcomes && (
        <section className="mc-figure" aria-labelledby="outcome-diff-title">
          <h2 id="outcome-diff-title" className="mc-h2">
            Outcomes, A against B
          </h2>
          <table className="mc-table" data-testid="outcome-differences">
            <thead>
              <tr>
                <th scope="col">Outcome</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">B − A (95% interval)</th>
                <th scope="col">Differs?</th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((row) => (
                <tr key={row.id} className={row.difference.significant ? 'mc-diff-yes' : undefined}>
                  <th scope="row">
                    {row.label}
                    <span className="mc-definition">{row.definition}</span>
                  </th>
                  <td>{percent(row.a.share)}</td>
                  <td>{percent(row.b.share)}</td>
                  <td>
                    {signed(row.difference.difference)} ({signed(row.difference.low)} to{' '}
                    {signed(row.difference.high)})
                  </td>
                  <td>{row.difference.significant ? '◆ yes' : 'no'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {resultA && resultB && marks && (
        <div className="mc-columns">
          <section className="mc-column" aria-labelledby="column-a" data-testid="column-a">
            <h2 id="column-a">A: {nameA}</h2>
            <BatchCharts view={resultA} prefix={`compare-a-${state.a}`} marks={marks} compact />
          </section>
          <section className="mc-column" aria-labelledby="column-b" data-testid="column-b">
            <h2 id="column-b">B: {nameB}</h2>
            <BatchCharts
              view={resultB}
              prefix={`compare-b-${state.b}${sides.b.edited ? '-edited' : ''}`}
              marks={marks}
              compact
            />
          </section>
        </div>
      )}
    </div>
  );
}

/** A difference of shares in percentage points, with its sign: `+12.3 pt`, `−4.0 pt`. */
function signed(value: number): string {
  const text = `${Math.abs(value * 100).toFixed(1)} pt`;
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
