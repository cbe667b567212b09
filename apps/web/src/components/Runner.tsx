'use client';

import type { Scenario, Trace, ValidationIssue } from '@brink/core';
import { axisPack } from '@brink/data';
import { ParentSize } from '@visx/responsive';
import { useMachine } from '@xstate/react';
import Link from 'next/link';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { LadderChart } from '../charts/LadderChart';
import { TimelineChart } from '../charts/TimelineChart';
import { actorViews } from '../lib/actors';
import { playbackMachine } from '../lib/playbackMachine';
import { type RunState, readRunParams } from '../lib/runParams';
import { checkScenarioInput } from '../lib/scenarioEdit';
import { ActorPicker } from './ActorPicker';
import { PlaybackControls } from './PlaybackControls';
import { SeedForm } from './SeedForm';
import { WhyPanel } from './WhyPanel';

export interface RunnerProps {
  state: RunState;
  navigate: (next: Partial<RunState>, mode?: 'push' | 'replace') => void;
  base: Scenario;
  /** The scenario as edited (or as built in), possibly invalid. */
  draft: Record<string, unknown>;
  issues: ValidationIssue[];
  run: { trace: Trace; simulateMs: number; started: number } | null;
}

declare global {
  interface Window {
    /** Timings of the last run, read by the end-to-end tests. */
    __brinkTiming?: { simulateMs: number; renderMs: number };
  }
}

/** The runner: playback, timeline, ladder and the why panel, all driven by the URL state. */
export function Runner({ state, navigate, base, draft, issues, run }: RunnerProps) {
  const checked = useMemo(() => (run ? checkScenarioInput(draft, axisPack) : null), [draft, run]);
  const scenario = checked?.ok ? checked.scenario : base;
  // A ref, so that loading a new run reads the URL's day without reloading on every day change.
  const urlDay = useRef(state.day);
  urlDay.current = state.day;
  const actors = useMemo(() => actorViews(axisPack, scenario), [scenario]);
  const horizon = run?.trace.horizon ?? scenario.horizon;

  const [snapshot, send] = useMachine(playbackMachine, { input: { day: state.day, horizon } });
  const day = snapshot.context.day;
  const playing = snapshot.matches('playing');

  // A new run (scenario, seed or edit) keeps the day where it can.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new run reloads the player
  useEffect(() => {
    send({ type: 'LOAD', day: urlDay.current, horizon });
  }, [run?.trace, horizon, send]);

  // The machine's day goes to the URL; back and forward bring a URL's day to the machine.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL follows the machine's day only
  useEffect(() => {
    if (day !== urlDay.current) navigate({ day });
  }, [day]);
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

  return (
    <div className="runner">
      <div className="run-head">
        <div className="run-title">
          <h1>
            {title}
            {state.edit && <span className="edited-mark"> (edited)</span>}
          </h1>
          <p className="run-meta">
            {scenario.id} · seed {state.seed} · {horizon} days · pack {axisPack.id}{' '}
            {axisPack.version}
          </p>
        </div>
        <SeedForm seed={state.seed} onSeed={(seed) => navigate({ seed }, 'push')} />
      </div>
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
                        injectDays={scenario.injects.map((inject) => inject.day)}
                        onSelect={(nextDay, actor) => {
                          send({ type: 'SEEK', day: nextDay });
                          navigate({ actor });
                        }}
                      />
                    )
                  }
                </ParentSize>
              </div>
              <div className="chart view-box">
                <ParentSize debounceTime={50}>
                  {({ width, height }) =>
                    width > 0 && (
                      <LadderChart
                        width={width}
                        height={height}
                        trace={run.trace}
                        actors={actors}
                        day={day}
                        selected={selected.id}
                        onSelect={(actor) => navigate({ actor })}
                      />
                    )
                  }
                </ParentSize>
              </div>
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
          <ActorPicker
            actors={actors}
            selected={selected.id}
            rungs={run?.trace.days[day]?.rungs ?? null}
            onSelect={(actor) => navigate({ actor })}
          />
          {run && <WhyPanel trace={run.trace} actor={selected} day={day} />}
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
