'use client';

import {
  formatIssue,
  gridPoints,
  type Scenario,
  SWEEP_FIELDS,
  scenarioAt,
  ValidationError,
  wilsonInterval,
} from '@brink/core';
import { axisPack, nearestId, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { describeSweep, SweepChart, type SweepPoint } from '../charts/SweepChart';
import { swing, type TornadoBar, TornadoChart } from '../charts/TornadoChart';
import { shortName } from '../lib/actors';
import { percent } from '../lib/batchData';
import type { BatchRequest } from '../lib/runBatch';
import {
  MAX_POINT_RUNS,
  readSensitivityParams,
  type SensitivityState,
  sensitivityHref,
  type TornadoSwing,
} from '../lib/sensitivityParams';
import { type TornadoSetting, tornadoSettings } from '../lib/tornado';
import { useBatchSeries } from '../lib/useBatchSeries';
import { useHeldWork } from '../lib/useHeldWork';
import { whenIdle } from '../lib/whenIdle';
import { AnalysisNav } from './AnalysisNav';
import { CancelledNotice } from './CancelledNotice';
import { ChartFigure } from './ChartFigure';
import { OutcomeDefinitions } from './OutcomeDefinitions';
import { PendingSettings } from './PendingSettings';
import { Problem } from './Problem';
import { RunsAndSeedFields } from './RunsAndSeedFields';
import { SeriesProgress } from './SeriesProgress';

const scenarioIds = Object.keys(scenarios);

/** Scenarios for each swept value, or the problems of the values that make no valid scenario. */
function curveScenarios(
  state: SensitivityState,
): { ok: true; scenarios: Scenario[] } | { ok: false; problems: string[] } {
  const base = scenarios[state.scenario]!;
  const problems: string[] = [];
  const built: Scenario[] = [];
  for (const point of gridPoints([state.param])) {
    try {
      built.push(scenarioAt(base, [state.param], point, axisPack));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      problems.push(
        `At ${state.param.path} = ${point[state.param.path]}: ${error.issues.map(formatIssue).join('; ')}`,
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios: built };
}

/** The tornado's batches: the scenario, then each field at its low and its high value. */
function tornadoRequests(state: SensitivityState, settings: TornadoSetting[]): BatchRequest[] {
  const base = scenarios[state.scenario]!;
  const { runs, seed } = state;
  const at = (setting: TornadoSetting, value: number) =>
    scenarioAt(
      base,
      [{ path: setting.path, actor: state.param.actor, field: setting.field, values: [value] }],
      { [setting.path]: value },
      axisPack,
    );
  return [
    { scenario: base, runs, seed },
    ...settings.flatMap((setting) => [
      { scenario: at(setting, setting.low), runs, seed },
      { scenario: at(setting, setting.high), runs, seed },
    ]),
  ];
}

/**
 * Sensitivity: one posture field swept over a range, each value a batch, drawn as outcome shares
 * with 95% bands; and a tornado chart of how each of the actor's fields, moved low and high,
 * shifts a chosen outcome.
 */
export function SensitivityPage() {
  const query = useSearchParams();
  const read = useMemo(
    () =>
      readSensitivityParams(new URLSearchParams(query.toString()), {
        scenarioIds,
        nearest: nearestId,
        pack: axisPack,
      }),
    [query],
  );
  const state = read.ok ? read.state : null;
  const curve = useMemo(() => (state ? curveScenarios(state) : null), [state]);
  // What is wrong with the settings last submitted: shown beside the form, which keeps what was
  // typed, while the address (and the curve drawn from it) stays as it was.
  const [formProblems, setFormProblems] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const {
    state: curveSeries,
    start: startCurve,
    cancel: cancelCurve,
    reset: resetCurve,
    progress: curveProgress,
  } = useBatchSeries();
  const {
    state: tornadoSeries,
    start: startTornado,
    cancel: cancelTornado,
    reset: resetTornado,
    progress: tornadoProgress,
  } = useBatchSeries();
  // The swing the tornado's control shows: the address's, until another is chosen.
  const [swingChoice, setSwingChoice] = useState<TornadoSwing | null>(null);
  const chosenSwing = swingChoice ?? state?.swing ?? 'fraction';
  // The curve's address, and the tornado's (the same with tornado=1, and its swing).
  const key = state ? sensitivityHref({ ...state, path: state.param.path }) : '';
  const tornadoHref = state
    ? sensitivityHref({ ...state, path: state.param.path, tornado: true, swing: chosenSwing })
    : '';
  const tornadoKey = state?.tornado
    ? sensitivityHref({ ...state, path: state.param.path, tornado: true })
    : '';
  const settings = useMemo(
    () =>
      state
        ? tornadoSettings(axisPack, scenarios[state.scenario]!, state.param.actor, state.swing)
        : [],
    [state],
  );
  // A swing chosen but not drawn is forgotten when the address's swing changes (Back, a link).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address's swing resets the choice
  useEffect(() => setSwingChoice(null), [state?.swing]);
  // Work cancelled earlier in the session waits to be asked for again (Back never restarts it).
  const curveWork = useHeldWork(resetCurve, cancelCurve);
  const tornadoWork = useHeldWork(resetTornado, cancelTornado);
  const curveHeld = curveWork.held;
  const tornadoHeld = tornadoWork.held;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what starts the curve
  useEffect(() => {
    setPending(false);
    if (!state || !curve?.ok) return;
    if (!curveWork.mayStart(key)) return;
    const requests = curve.scenarios.map((scenario) => ({
      scenario,
      runs: state.runs,
      seed: state.seed,
    }));
    return whenIdle(() => startCurve(requests));
  }, [key]);

  // The tornado in the address is drawn once per address, after the curve (each batch of either
  // uses every worker).
  const curveSettled = curveSeries.status === 'done' || curveHeld;
  const tornadoStarted = useRef('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the tornado's address starts it
  useEffect(() => {
    if (!state?.tornado) {
      tornadoStarted.current = '';
      resetTornado();
      return;
    }
    if (tornadoStarted.current === tornadoKey || !curveSettled) return;
    tornadoStarted.current = tornadoKey;
    if (!tornadoWork.mayStart(tornadoKey)) return;
    startTornado(tornadoRequests(state, settings));
  }, [tornadoKey, curveSettled]);

  if (!read.ok) {
    return (
      <Problem title="This link does not describe a sensitivity study" problems={read.problems}>
        <Link
          prefetch={false}
          href="/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=0%3A3%3A0.25&runs=100&seed=42&outcome=iran-direct"
        >
          Sweep Iran’s risk aversion after a strike on Iran
        </Link>
      </Problem>
    );
  }
  if (!state || !curve) return null;
  if (!curve.ok) {
    return (
      <Problem title="Some of these values make no valid scenario" problems={curve.problems}>
        <Link prefetch={false} href={`/sensitivity?scenario=${state.scenario}`}>
          Start from the default sweep
        </Link>
      </Problem>
    );
  }

  const base = scenarios[state.scenario]!;
  const outcomes = axisPack.outcomes.map((outcome) => ({
    id: outcome.id,
    label: outcome.label,
    definition: outcome.description,
  }));
  const chosen = outcomes.find((outcome) => outcome.id === state.outcome);
  const outcomeLabel = chosen?.label ?? state.outcome;
  const curveResults =
    curveSeries.status === 'idle' || curveSeries.status === 'error' ? [] : curveSeries.results;
  const points: SweepPoint[] = curveResults.map((result, i) => ({
    label: String(state.param.values[i]),
    outcomes: Object.fromEntries(
      outcomes.map((outcome) => [
        outcome.id,
        wilsonInterval(result.aggregate.outcomes[outcome.id] ?? 0, result.aggregate.runs),
      ]),
    ),
  }));

  const tornadoResults = tornadoSeries.status === 'done' ? tornadoSeries.results : null;
  const shareOf = (i: number) => {
    const aggregate = tornadoResults![i]!.aggregate;
    return (aggregate.outcomes[state.outcome] ?? 0) / aggregate.runs;
  };
  const bars: TornadoBar[] = tornadoResults
    ? settings.map((setting, i) => ({
        path: setting.path,
        lowValue: setting.low,
        highValue: setting.high,
        lowShare: shareOf(1 + 2 * i),
        highShare: shareOf(2 + 2 * i),
      }))
    : [];
  const drawTornado = () => {
    tornadoWork.release(tornadoHref);
    if (state.tornado && tornadoHref === tornadoKey) {
      tornadoStarted.current = tornadoHref;
      startTornado(tornadoRequests(state, settings));
    }
    // Into the address, so a reload or the link draws it again; no new history entry.
    else window.history.replaceState(null, '', tornadoHref.slice('/sensitivity'.length));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = {
      scenario: String(form.get('scenario')),
      path: `${form.get('actor')}.${form.get('field')}`,
      values: String(form.get('values')).trim(),
      runs: Number(form.get('runs')),
      seed: Number(form.get('seed')),
      outcome: String(form.get('outcome')),
    };
    const href = sensitivityHref(next);
    const checked = readSensitivityParams(new URLSearchParams(href.split('?')[1]), {
      scenarioIds,
      nearest: nearestId,
      pack: axisPack,
    });
    const checkedCurve = checked.ok ? curveScenarios(checked.state) : null;
    const problems = !checked.ok
      ? checked.problems
      : checkedCurve && !checkedCurve.ok
        ? checkedCurve.problems
        : [];
    setFormProblems(problems);
    if (problems.length > 0) return;
    curveWork.release(href);
    if (href === key) {
      startCurve(
        curve.scenarios.map((scenario) => ({ scenario, runs: state.runs, seed: state.seed })),
      );
    } else window.history.pushState(null, '', href.slice('/sensitivity'.length));
  };
  const actorName = shortName(
    axisPack.actors.find((actor) => actor.id === state.param.actor)?.name ?? state.param.actor,
  );

  return (
    <div className="mc-page">
      <AnalysisNav current="sensitivity" />
      <header className="mc-head">
        <div>
          <h1>Sensitivity: {base.title}</h1>
          <p className="mc-lede">
            What moves the odds? Each value of the parameter is a batch of{' '}
            {state.runs.toLocaleString('en')} runs with seed {state.seed}, the value written into
            the scenario’s overrides, as <code>brink sweep</code> does.
          </p>
        </div>
      </header>
      <form
        className="mc-controls mc-sweep-form"
        onSubmit={submit}
        aria-label="Sensitivity settings"
        onChange={() => setPending(true)}
        key={key}
      >
        <label>
          Scenario
          <select name="scenario" defaultValue={state.scenario}>
            {scenarioIds.map((id) => (
              <option key={id} value={id}>
                {scenarios[id]!.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <select name="actor" defaultValue={state.param.actor}>
            {axisPack.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {shortName(actor.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Parameter
          <select name="field" defaultValue={state.param.field}>
            {SWEEP_FIELDS.map((field) => (
              <option key={field} value={field}>
                {field}
              </option>
            ))}
          </select>
        </label>
        <label>
          Values
          <input
            name="values"
            defaultValue={state.values}
            required
            aria-invalid={formProblems.length > 0 ? true : undefined}
            aria-describedby={
              formProblems.length > 0 ? 'values-problems values-hint' : 'values-hint'
            }
            size={12}
          />
        </label>
        <RunsAndSeedFields
          runs={state.runs}
          seed={state.seed}
          maxRuns={MAX_POINT_RUNS}
          runsLabel="Runs per value"
        />
        <label>
          Outcome
          <select name="outcome" defaultValue={state.outcome}>
            {outcomes.map((outcome) => (
              <option key={outcome.id} value={outcome.id}>
                {outcome.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={curveSeries.status === 'running'}>
          Draw the curve
        </button>
        {formProblems.length > 0 && (
          <ul id="values-problems" className="field-error mc-hint" role="alert">
            {formProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        {pending && formProblems.length === 0 && (
          <PendingSettings
            action="Draw the curve"
            shown={`${state.param.path} = ${state.values}, ${state.runs.toLocaleString('en')} runs per value with seed ${state.seed}`}
          />
        )}
        <p id="values-hint" className="mc-note mc-hint">
          Values: <code>FROM:TO:STEP</code> for numbers, <code>FROM:TO</code> for rungs, or a comma
          list.
        </p>
      </form>

      <SeriesProgress
        state={curveSeries}
        progress={curveProgress}
        names={state.param.values.map((value) => `${state.param.path} = ${value}`)}
        onCancel={() => {
          curveWork.hold(key);
        }}
      />
      {curveHeld && curveSeries.status === 'idle' && (
        <CancelledNotice
          what="this curve"
          onRun={() => {
            curveWork.release(key);
            startCurve(
              curve.scenarios.map((scenario) => ({ scenario, runs: state.runs, seed: state.seed })),
            );
          }}
        />
      )}

      {points.length > 0 && (
        <ChartFigure
          title={`Outcomes as ${state.param.path} varies`}
          run={{
            scenario: `${base.title} (${base.id})`,
            detail: `${state.param.path} = ${state.values}`,
            runs: state.runs,
            per: 'per value',
            seed: state.seed,
          }}
          filename={`sensitivity-${state.scenario}-${state.param.path}`}
          alternative={
            <ul>
              {outcomes.map((outcome) => (
                <li key={outcome.id}>
                  {outcome.label} ({outcome.definition}): {describeSweep(points, outcome.id)}
                </li>
              ))}
            </ul>
          }
        >
          <SweepChart
            points={points}
            outcomes={outcomes}
            parameter={state.param.path}
            highlight={state.outcome}
          />
        </ChartFigure>
      )}
      {points.length > 0 && <OutcomeDefinitions outcomes={outcomes} />}

      <section className="mc-figure mc-tornado" aria-labelledby="tornado-title">
        <div className="mc-figure-head">
          <h2 id="tornado-title" className="mc-h2">
            Tornado: what moves “{outcomeLabel}” most
          </h2>
        </div>
        {chosen && (
          <p className="mc-note" data-testid="tornado-definition">
            “{chosen.label}” counts the runs in which: {chosen.definition}
          </p>
        )}
        <p className="mc-note" data-testid="tornado-swing-note">
          {state.swing === 'range'
            ? `Each of ${actorName}’s fields that carries a range in the pack (and that the scenario leaves free) moved to the low and the high end of its range, the values a sampled batch draws between`
            : `Each of ${actorName}’s fields moved to half and one and a half times its value in the scenario`}{' '}
          ({settings.length * 2 + 1} batches of {state.runs.toLocaleString('en')} runs).
        </p>
        <div className="mc-row">
          <label className="mc-inline">
            Swing{' '}
            <select
              value={chosenSwing}
              onChange={(event) => setSwingChoice(event.currentTarget.value as TornadoSwing)}
            >
              <option value="fraction">± half of each value</option>
              <option value="range">each field’s sampled range (low to high)</option>
            </select>
          </label>
          <button type="button" onClick={drawTornado} disabled={tornadoSeries.status === 'running'}>
            Draw the tornado
          </button>
        </div>
        {state.swing === 'range' && settings.length === 0 && (
          <p className="mc-note" role="status">
            None of {actorName}’s fields carries a range in the pack that this scenario leaves free:
            there is nothing to swing across a range. Choose ± half of each value.
          </p>
        )}
        <SeriesProgress
          state={tornadoSeries}
          progress={tornadoProgress}
          names={[
            'the scenario',
            ...settings.flatMap((s) => [`${s.path} = ${s.low}`, `${s.path} = ${s.high}`]),
          ]}
          onCancel={() => {
            tornadoWork.hold(tornadoKey);
          }}
        />
        {tornadoHeld && tornadoSeries.status === 'idle' && (
          <CancelledNotice what="this tornado" onRun={drawTornado} />
        )}
        {tornadoResults && (
          <ChartFigure
            title={`Tornado: ${outcomeLabel}`}
            run={{
              scenario: `${base.title} (${base.id})`,
              detail:
                state.swing === 'range'
                  ? `${actorName}’s fields at the ends of their ranges`
                  : `${actorName}’s fields at half and one and a half times`,
              runs: state.runs,
              per: 'each',
              seed: state.seed,
            }}
            filename={`tornado-${state.scenario}-${state.param.actor}-${state.outcome}${state.swing === 'range' ? '-range' : ''}`}
            alternative={
              <ul>
                {[...bars]
                  .sort((a, b) => swing(b) - swing(a))
                  .map((bar) => (
                    <li key={bar.path}>
                      {bar.path}: {percent(bar.lowShare)} at {bar.lowValue},{' '}
                      {percent(bar.highShare)} at {bar.highValue}
                    </li>
                  ))}
              </ul>
            }
          >
            <TornadoChart bars={bars} base={shareOf(0)} outcome={outcomeLabel} />
          </ChartFigure>
        )}
      </section>
    </div>
  );
}
