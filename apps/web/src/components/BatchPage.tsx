'use client';

import { axisPack, nearestId, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { type BatchState, batchHref, readBatchParams } from '../lib/batchParams';
import { compareHref } from '../lib/compareParams';
import { resolveScenario } from '../lib/resolveScenario';
import { MAX_RUNS } from '../lib/runBatch';
import { runHref } from '../lib/runParams';
import { useBatch } from '../lib/useBatch';
import { useHeldWork } from '../lib/useHeldWork';
import { whenIdle } from '../lib/whenIdle';
import { AnalysisNav } from './AnalysisNav';
import { BatchCharts } from './BatchCharts';
import { BatchExport } from './BatchExport';
import { BatchProgress } from './BatchProgress';
import { CancelledNotice } from './CancelledNotice';
import { PendingSettings } from './PendingSettings';
import { Problem } from './Problem';
import { RunsAndSeedFields } from './RunsAndSeedFields';

const scenarioIds = Object.keys(scenarios);

/** The Monte Carlo page: runs the batch its address describes, in Web Workers, and charts it. */
export function BatchPage() {
  const query = useSearchParams();
  const read = useMemo(
    () =>
      readBatchParams(new URLSearchParams(query.toString()), { scenarioIds, nearest: nearestId }),
    [query],
  );
  const state = read.ok ? read.state : null;
  const resolved = useMemo(
    () => (state ? resolveScenario(scenarios[state.scenario]!, state.edit, axisPack) : null),
    [state],
  );
  const { state: batch, start, cancel, reset, progress } = useBatch();
  const key = state ? batchHref(state) : '';
  // The address's batch was cancelled earlier in the session: it waits to be asked for again.
  const { held, mayStart, release, hold } = useHeldWork(reset, cancel);
  // The settings form differs from the address: the results shown are not what it says.
  const [pending, setPending] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what starts a batch
  useEffect(() => {
    setPending(false);
    if (!state || !resolved?.ok) return;
    if (!mayStart(key)) return;
    const request = {
      scenario: resolved.scenario,
      runs: state.runs,
      seed: state.seed,
      sampling: state.sampling ?? 'fixed',
    };
    return whenIdle(() => start(request));
  }, [key]);

  if (!read.ok) {
    return (
      <Problem title="This link does not describe a batch" problems={read.problems}>
        <Link prefetch={false} href="/batch?scenario=baseline&runs=1000&seed=42">
          Run the baseline 1,000 times
        </Link>
      </Problem>
    );
  }
  if (!state || !resolved) return null;
  if (!resolved.ok) {
    return (
      <Problem title="The edited scenario in this link cannot be run" problems={resolved.problems}>
        <Link prefetch={false} href={batchHref({ ...state, edit: null })}>
          Run “{resolved.base.title}” as built in
        </Link>
      </Problem>
    );
  }

  const go = (next: BatchState) => {
    const href = batchHref(next);
    release(href);
    if (href === key) {
      start({
        scenario: resolved.scenario,
        runs: next.runs,
        seed: next.seed,
        sampling: next.sampling ?? 'fixed',
      });
    } else window.history.pushState(null, '', href.slice('/batch'.length));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const scenario = String(form.get('scenario'));
    go({
      scenario,
      runs: Number(form.get('runs')),
      seed: Number(form.get('seed')),
      edit: scenario === state.scenario ? state.edit : null,
      ...(form.get('sampling') === 'sampled' ? { sampling: 'sampled' as const } : {}),
    });
  };
  const result = batch.status === 'done' ? batch.result : null;

  return (
    <div className="mc-page">
      <AnalysisNav current="batch" />
      <header className="mc-head">
        <div>
          <h1>
            Monte Carlo: {resolved.scenario.title}
            {resolved.edited && <span className="edited-mark"> (edited)</span>}
          </h1>
          <p className="mc-lede">
            Many runs of the same scenario, each with its own random stream, show how likely each
            outcome is — not just one story.{' '}
            <Link
              prefetch={false}
              href={runHref(state.scenario, { seed: state.seed, edit: state.edit })}
            >
              Watch one run
            </Link>
            {resolved.edited && (
              <>
                {' · '}
                <Link
                  prefetch={false}
                  href={compareHref({
                    a: state.scenario,
                    b: state.scenario,
                    edit: state.edit,
                    runs: state.runs,
                    seed: state.seed,
                  })}
                >
                  Compare with the scenario as built in
                </Link>
              </>
            )}
          </p>
        </div>
        <form
          className="mc-controls"
          onSubmit={submit}
          onChange={() => setPending(true)}
          aria-label="Batch settings"
          key={key}
        >
          <label>
            Scenario
            {/* Another scenario is another page: it opens (and runs) at once. */}
            <select
              name="scenario"
              defaultValue={state.scenario}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
            >
              {scenarioIds.map((id) => (
                <option key={id} value={id}>
                  {scenarios[id]!.title}
                </option>
              ))}
            </select>
          </label>
          <RunsAndSeedFields runs={state.runs} seed={state.seed} maxRuns={MAX_RUNS} />
          <label>
            Assumptions
            <select name="sampling" defaultValue={state.sampling ?? 'fixed'}>
              <option value="fixed">fixed: the pack's values</option>
              <option value="sampled">sampled: each run draws from the ranges</option>
            </select>
          </label>
          <button type="submit" disabled={batch.status === 'running'}>
            Run batch
          </button>
          {pending && (
            <PendingSettings
              action="Run batch"
              shown={`${state.runs.toLocaleString('en')} runs with seed ${state.seed}`}
            />
          )}
        </form>
      </header>

      <BatchProgress
        state={batch}
        progress={progress}
        onCancel={() => {
          hold(key);
        }}
      />
      {held && batch.status === 'idle' && (
        <CancelledNotice
          what={`this batch of ${state.runs.toLocaleString('en')} runs`}
          onRun={() => go(state)}
        />
      )}

      {result && (
        <>
          <BatchCharts
            view={result}
            prefix={`${state.scenario}${resolved.edited ? '-edited' : ''}-seed${state.seed}`}
          />
          <BatchExport
            result={result}
            name={`${state.scenario}${resolved.edited ? '-edited' : ''}`}
            edited={resolved.edited}
          />
        </>
      )}
    </div>
  );
}
