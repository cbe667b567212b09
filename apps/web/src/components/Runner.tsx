'use client';

import type { Pack, Scenario, Trace, ValidationIssue } from '@brink/core';
import { axisPack } from '@brink/data';
import { ParentSize } from '@visx/responsive';
import { useMachine } from '@xstate/react';
import Link from 'next/link';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { LadderChart } from '../charts/LadderChart';
import { LadderLegend } from '../charts/LadderLegend';
import { MachineDiagram } from '../charts/MachineDiagram';
import { NetworkChart } from '../charts/NetworkChart';
import { NetworkLegend } from '../charts/NetworkLegend';
import { TimelineChart } from '../charts/TimelineChart';
import { TimelineLegend } from '../charts/TimelineLegend';
import { actorViews, shortName } from '../lib/actors';
import { machineGraph } from '../lib/machineGraph';
import { playbackMachine } from '../lib/playbackMachine';
import { type Panel, type RunState, readRunParams, type View } from '../lib/runParams';
import { checkScenarioInput, diffEdit, encodeEdit, type ScenarioEdit } from '../lib/scenarioEdit';
import { lastDecision } from '../lib/traceData';
import { ActorPicker } from './ActorPicker';
import { PlaybackControls } from './PlaybackControls';
import { RunActions } from './RunActions';
import { ScenarioEditor } from './ScenarioEditor';
import { SeedForm } from './SeedForm';
import { WhyPanel } from './WhyPanel';

export interface RunnerProps {
  state: RunState;
  navigate: (next: Partial<RunState>, mode?: 'push' | 'replace') => void;
  base: Scenario;
  /** The scenario as edited (or as built in), possibly invalid. */
  draft: Record<string, unknown>;
  /** The pack the run uses (the scenario's overrides, red lines included, apply on top). */
  pack: Pack;
  issues: ValidationIssue[];
  /** The run shown and the scenario it ran; null when no valid run of this scenario exists yet. */
  run: { trace: Trace; scenario: Scenario; simulateMs: number; started: number } | null;
  /** True when `run` is the last valid run, kept on screen while the edits are not valid. */
  stale?: boolean;
}

declare global {
  interface Window {
    /** Timings of the last run, read by the end-to-end tests. */
    __brinkTiming?: { simulateMs: number; renderMs: number };
  }
}

/** The runner: playback, timeline, ladder and the why panel, all driven by the URL state. */
export function Runner({
  state,
  navigate,
  base,
  draft,
  pack,
  issues,
  run,
  stale = false,
}: RunnerProps) {
  const scenario = run?.scenario ?? base;
  // A ref, so that loading a new run reads the URL's day without reloading on every day change.
  const urlDay = useRef(state.day);
  urlDay.current = state.day;
  const actors = useMemo(() => actorViews(pack, scenario), [pack, scenario]);
  const horizon = run?.trace.horizon ?? scenario.horizon;

  const [snapshot, send] = useMachine(playbackMachine, { input: { day: state.day, horizon } });
  const day = snapshot.context.day;
  const playing = snapshot.matches('playing');

  // A new run (scenario, seed or edit) keeps the day where it can.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new run reloads the player
  useEffect(() => {
    send({ type: 'LOAD', day: urlDay.current, horizon });
  }, [run?.trace, horizon, send]);

  // The machine's day goes to the URL; back and forward bring a URL's day to the machine. While
  // playing, the URL takes the day when playback stops: writing the address makes the router
  // re-read its query and render the whole page a second time, which every tick cannot afford.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL follows the machine's day only
  useEffect(() => {
    if (!playing && day !== urlDay.current) navigate({ day });
  }, [day, playing]);
  useEffect(() => {
    const onPop = () => {
      const read = readRunParams(new URLSearchParams(window.location.search), {
        scenarioIds: [state.scenario],
        actorIds: actors.map((actor) => actor.id),
      });
      if (read.ok) send({ type: 'SEEK', day: read.state.day });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [state.scenario, actors, send]);

  // elkjs (the state machine view's layout, 1.5 MB) loads only when that view opens: see
  // MachineDiagram.

  // Time from the start of the simulation to the first paint of its charts.
  const measured = useRef<Trace | null>(null);
  useLayoutEffect(() => {
    if (!run || measured.current === run.trace) return;
    measured.current = run.trace;
    requestAnimationFrame(() => {
      window.__brinkTiming = {
        simulateMs: run.simulateMs,
        renderMs: performance.now() - run.started,
      };
    });
  }, [run]);

  const title =
    issues.length > 0 || state.edit ? `${String(draft.title ?? base.title)}` : base.title;
  const selected = actors.find((actor) => actor.id === state.actor) ?? actors[0]!;
  const graph = useMemo(
    () => (state.view === 'machine' ? machineGraph(selected.actor, pack) : null),
    [state.view, selected, pack],
  );
  // Stable across ticks, so that the charts' static layers (memoised) are not drawn again.
  const selectActor = useCallback((actor: string) => navigate({ actor }), [navigate]);
  const injectDays = useMemo(() => scenario.injects.map((inject) => inject.day), [scenario]);
  const viewLabels: Record<View, string> = {
    ladder: 'Ladder',
    network: 'Network',
    machine: `State machine: ${shortName(selected.name)}`,
  };

  return (
    <div className="runner">
      <div className="run-head">
        <div className="run-title">
          <h1>
            {title}
            {state.edit && <span className="edited-mark"> (edited)</span>}
          </h1>
          <p className="run-meta">
            {scenario.id} · seed {state.seed} · {horizon} days · pack {pack.id} {pack.version}
          </p>
        </div>
        <SeedForm seed={state.seed} onSeed={(seed) => navigate({ seed }, 'push')} />
      </div>
      <RunActions state={state} />
      <PlaybackControls
        day={day}
        horizon={horizon}
        playing={playing}
        speed={snapshot.context.speed}
        send={send}
        disabled={!run}
      />
      <div className="run-body">
        <section className="run-main" aria-label="The run">
          {run ? (
            <>
              {stale && (
                <p className="stale-run" role="status" data-testid="stale-run">
                  The edits are not valid yet (see the editor): this is the last valid run.
                </p>
              )}
              <div className="chart timeline-box">
                <ParentSize debounceTime={50}>
                  {({ width, height }) =>
                    width > 0 && (
                      <TimelineChart
                        width={width}
                        height={height}
                        trace={run.trace}
                        actors={actors}
                        day={day}
                        selected={selected.id}
                        injectDays={injectDays}
                        onSelect={(nextDay, actor) => {
                          send({ type: 'SEEK', day: nextDay });
                          navigate({ actor });
                        }}
                      />
                    )
                  }
                </ParentSize>
              </div>
              <TimelineLegend />
              <fieldset className="view-tabs">
                <legend className="visually-hidden">View</legend>
                {(Object.keys(viewLabels) as View[]).map((view) => (
                  <button
                    key={view}
                    type="button"
                    aria-pressed={state.view === view}
                    onClick={() => navigate({ view })}
                  >
                    {viewLabels[view]}
                  </button>
                ))}
              </fieldset>
              <div className="chart view-box">
                <ParentSize debounceTime={50}>
                  {({ width, height }) => {
                    if (width <= 0) return null;
                    if (state.view === 'machine' && graph) {
                      return (
                        <MachineDiagram
                          width={width}
                          height={height}
                          graph={graph}
                          actor={selected}
                          current={run.trace.days[day]!.rungs[selected.id]!}
                          last={lastDecision(run.trace, selected.id, day)}
                          showScripted
                        />
                      );
                    }
                    const Chart = state.view === 'network' ? NetworkChart : LadderChart;
                    return (
                      <Chart
                        width={width}
                        height={height}
                        trace={run.trace}
                        actors={actors}
                        day={day}
                        selected={selected.id}
                        onSelect={selectActor}
                      />
                    );
                  }}
                </ParentSize>
              </div>
              {state.view === 'ladder' && <LadderLegend />}
              {state.view === 'network' && <NetworkLegend />}
            </>
          ) : (
            <div className="problem" role="alert">
              <h2>This edited scenario cannot run yet</h2>
              <p>Fix the problems shown in the editor, or go back to the scenario as built in.</p>
              <Link href={`/run?scenario=${state.scenario}&seed=${state.seed}`}>
                Open “{base.title}” as built in
              </Link>
            </div>
          )}
        </section>
        <aside className="run-side" aria-label="Details">
          <fieldset className="side-tabs">
            <legend className="visually-hidden">Panel</legend>
            {(['why', 'edit'] as Panel[]).map((panel) => (
              <button
                key={panel}
                type="button"
                aria-pressed={state.panel === panel}
                onClick={() => navigate({ panel })}
              >
                {panel === 'why' ? 'Why' : `Edit scenario${state.edit ? ' •' : ''}`}
              </button>
            ))}
          </fieldset>
          <ActorPicker
            actors={actors}
            selected={selected.id}
            rungs={run?.trace.days[day]?.rungs ?? null}
            onSelect={selectActor}
          />
          {state.panel === 'edit' ? (
            <ScenarioEditor
              pack={axisPack}
              base={base}
              draft={draft}
              issues={issues}
              actor={selected.id}
              onChange={(next) => {
                // A valid draft is stored as parseScenario returns it, so equal scenarios get
                // equal links whichever way they were made (edited here or loaded from a file).
                const checkedNext = checkScenarioInput(next, pack);
                const edit: ScenarioEdit = diffEdit(
                  base,
                  checkedNext.ok ? { ...checkedNext.scenario } : next,
                );
                navigate({ edit: Object.keys(edit).length > 0 ? encodeEdit(edit) : null });
              }}
              onReset={() => navigate({ edit: null }, 'push')}
            />
          ) : run ? (
            <WhyPanel trace={run.trace} actor={selected} day={day} playing={playing} />
          ) : (
            <p className="why">The edited scenario cannot run yet: see the editor.</p>
          )}
        </aside>
      </div>
      <footer className="run-foot">
        {run && (
          <span>
            Simulated in {run.simulateMs.toFixed(1)} ms in this browser. Engine{' '}
            {run.trace.engineVersion}, scenario hash {run.trace.scenarioHash.slice(0, 10)}.
          </span>
        )}
      </footer>
    </div>
  );
}
