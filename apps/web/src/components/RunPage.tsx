'use client';

import { simulate, type Trace } from '@brink/core';
import { axisPack, nearestId, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type RunState, readRunParams, runHref, runQuery } from '../lib/runParams';
import { checkScenarioInput, decodeEdit, mergeEdit } from '../lib/scenarioEdit';
import { Problem } from './Problem';
import { Runner } from './Runner';

const scenarioIds = Object.keys(scenarios);
const actorIds = axisPack.actors.map((actor) => actor.id);

/** The runner page: reads its whole state from the URL, runs the scenario, shows it. */
export function RunPage() {
  const query = useSearchParams();
  const read = useMemo(
    () =>
      readRunParams(new URLSearchParams(query.toString()), {
        scenarioIds,
        actorIds,
        nearest: nearestId,
      }),
    [query],
  );
  const state = read.ok ? read.state : null;

  // Changing the URL is how every control changes what is shown, so a link replays exactly.
  const navigate = useCallback(
    (next: Partial<RunState>, mode: 'push' | 'replace' = 'replace') => {
      if (!state) return;
      // Read the address as it is now: two changes in one tick (a day and an actor, from one
      // click) must not undo each other through a stale render's state.
      const now = readRunParams(new URLSearchParams(window.location.search), {
        scenarioIds,
        actorIds,
      });
      const url = `?${runQuery({ ...(now.ok ? now.state : state), ...next })}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    },
    [state],
  );

  // Only the scenario, its edit and the seed make a new run; the day, the actor and the view
  // change what is shown of it.
  const scenarioId = state?.scenario;
  const edit = state?.edit ?? null;
  const seed = state?.seed;
  const resolved = useMemo(() => {
    if (!scenarioId) return null;
    const base = scenarios[scenarioId]!;
    if (!edit) {
      const draft: Record<string, unknown> = { ...base };
      return {
        base,
        draft,
        pack: axisPack,
        checked: { ok: true as const, scenario: base },
      };
    }
    const decoded = decodeEdit(edit);
    if ('error' in decoded) return { base, error: decoded.error };
    const draft = mergeEdit(base, decoded.edit);
    return { base, draft, pack: axisPack, checked: checkScenarioInput(draft, axisPack) };
  }, [scenarioId, edit]);

  const fresh = useMemo(() => {
    if (seed === undefined || !resolved || 'error' in resolved || !resolved.checked.ok) return null;
    const started = performance.now();
    const trace: Trace = simulate(resolved.pack, resolved.checked.scenario, { seed });
    return {
      trace,
      scenario: resolved.checked.scenario,
      simulateMs: performance.now() - started,
      started,
    };
  }, [seed, resolved]);
  // While an edit is not valid yet, the last valid run of the same scenario and seed stays on
  // screen (marked as such), so a half-made change never blanks the timeline and the ladder.
  const lastValid = useRef<{ key: string; run: NonNullable<typeof fresh> } | null>(null);
  const runKey = `${scenarioId}#${seed}`;
  if (fresh) lastValid.current = { key: runKey, run: fresh };
  const run = fresh ?? (lastValid.current?.key === runKey ? lastValid.current.run : null);

  // A day past the run's end (a shorter horizon was just typed, or a link asks for it) shows the
  // last day, and the address follows.
  const lastDay = run ? run.trace.horizon - 1 : null;
  const pastEnd = state !== null && lastDay !== null && state.day > lastDay;
  useEffect(() => {
    if (pastEnd && lastDay !== null) navigate({ day: lastDay });
  }, [pastEnd, lastDay, navigate]);

  if (!read.ok) {
    return (
      <Problem title="This link does not describe a run" problems={read.problems}>
        <Link href={runHref(read.scenario ?? 'baseline')}>
          Open {read.scenario ? `“${read.scenario}”` : 'the baseline scenario'} with default
          settings
        </Link>
      </Problem>
    );
  }
  if (!state || !resolved) return null;
  if ('error' in resolved) {
    return (
      <Problem title="The edited scenario in this link cannot be read" problems={[resolved.error]}>
        <Link href={runHref(state.scenario, { seed: state.seed })}>
          Open “{resolved.base.title}” as built in
        </Link>
      </Problem>
    );
  }
  if (!run) {
    return (
      <Runner
        state={state}
        navigate={navigate}
        base={resolved.base}
        draft={resolved.draft}
        pack={resolved.pack}
        issues={resolved.checked.ok ? [] : resolved.checked.issues}
        run={null}
      />
    );
  }
  return (
    <Runner
      state={pastEnd && lastDay !== null ? { ...state, day: lastDay } : state}
      navigate={navigate}
      base={resolved.base}
      draft={resolved.draft}
      pack={resolved.pack}
      issues={resolved.checked.ok ? [] : resolved.checked.issues}
      run={run}
      stale={!fresh}
    />
  );
}
