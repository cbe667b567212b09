'use client';

import { EXPLORE_METHODS, type ExploreMethod, type Pack, uncertainParameters } from '@brink/core';
import { scenarios } from '@brink/data';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { ExploreField, ExploreState, FieldProblem } from '../lib/exploreParams';
import { MAX_RUNS } from '../lib/runBatch';
import { RunsAndSeedFields } from './RunsAndSeedFields';

const METHODS: Record<ExploreMethod, { name: string; what: string }> = {
  sobol: {
    name: 'Sobol indices',
    what: 'How much of the outcome’s variance each assumption explains, alone (first order) and with its interactions (total order).',
  },
  morris: {
    name: 'Morris screening',
    what: 'A cheap ranking of many assumptions: μ*, the mean size of an assumption’s effect, and σ, its spread.',
  },
  prim: {
    name: 'PRIM scenario discovery',
    what: 'The box of assumption values in which the outcome mostly happens, and what it trades between coverage and density.',
  },
};

/** What a run budget buys for a method and k assumptions, in words. */
export function budgetNote(method: ExploreMethod, runs: number, k: number): string {
  if (!Number.isFinite(runs) || runs < 1 || k === 0) return '';
  if (method === 'sobol') {
    const n = Math.floor(runs / (k + 2));
    return `Sobol: N = ${n.toLocaleString('en')} base samples × (${k} assumptions + 2) = ${(n * (k + 2)).toLocaleString('en')} runs; at least ${(32 * (k + 2)).toLocaleString('en')}.`;
  }
  if (method === 'morris') {
    const r = Math.floor(runs / (k + 1));
    return `Morris: r = ${r.toLocaleString('en')} trajectories × (${k} assumptions + 1) = ${(r * (k + 1)).toLocaleString('en')} runs; at least ${(2 * (k + 1)).toLocaleString('en')}.`;
  }
  return `PRIM: ${runs.toLocaleString('en')} runs, each drawing all ${k} assumptions from their ranges.`;
}

/**
 * The Explore page's settings: scenario, method, outcome (with its definition), run budget (with
 * what it buys) and seed. A problem is shown beside its field; the form keeps what was typed.
 * `onSubmit` gets the settings as typed; the page checks them and reports back in `problems`.
 */
export function ExploreForm({
  state,
  pack,
  problems,
  notes = {},
  busy,
  onSubmit,
  children,
}: {
  state: ExploreState;
  pack: Pack;
  problems: readonly FieldProblem[];
  /** Said beside a field when nothing is wrong with it (an outcome that did not vary). */
  notes?: Partial<Record<ExploreField, ReactNode>>;
  busy: boolean;
  onSubmit: (next: ExploreState) => void;
  children?: ReactNode;
}) {
  const id = useId();
  const [draft, setDraft] = useState(state);
  const k = scenarios[draft.scenario]
    ? uncertainParameters(pack, scenarios[draft.scenario]!).length
    : 0;
  const outcome = pack.outcomes.find((o) => o.id === draft.outcome);
  const read = (form: HTMLFormElement): ExploreState => {
    const data = new FormData(form);
    return {
      scenario: String(data.get('scenario')),
      method: String(data.get('method')) as ExploreMethod,
      outcome: String(data.get('outcome')),
      runs: Number(data.get('runs')),
      seed: Number(data.get('seed')),
    };
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(read(event.currentTarget));
  };
  const of = (field: ExploreField) => problems.filter((problem) => problem.field === field);
  const described = (field: ExploreField, hint: boolean) =>
    [
      of(field).length > 0 || notes[field] ? `${id}-${field}-note` : '',
      hint ? `${id}-${field}-hint` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const note = (field: ExploreField) => {
    const own = of(field);
    if (own.length > 0) {
      return (
        <span id={`${id}-${field}-note`} className="field-error" role="alert" data-problem={field}>
          {own.map((problem) => problem.message).join(' ')}
        </span>
      );
    }
    return notes[field] ? (
      <span id={`${id}-${field}-note`} className="field-hint mc-field-note" data-note={field}>
        {notes[field]}
      </span>
    ) : null;
  };
  const invalid = (field: ExploreField) => (of(field).length > 0 ? true : undefined);
  return (
    <form
      className="mc-controls mc-explore-form"
      aria-label="Exploration settings"
      onSubmit={submit}
      onChange={(event) => setDraft(read(event.currentTarget))}
    >
      <label>
        Scenario
        <select
          name="scenario"
          defaultValue={state.scenario}
          aria-invalid={invalid('scenario')}
          aria-describedby={described('scenario', false)}
        >
          {Object.keys(scenarios).map((sid) => (
            <option key={sid} value={sid}>
              {scenarios[sid]!.title}
            </option>
          ))}
        </select>
        {note('scenario')}
      </label>
      <label>
        Method
        <select
          name="method"
          defaultValue={state.method}
          aria-invalid={invalid('method')}
          aria-describedby={described('method', true)}
        >
          {EXPLORE_METHODS.map((method) => (
            <option key={method} value={method}>
              {METHODS[method].name}
            </option>
          ))}
        </select>
        <span id={`${id}-method-hint`} className="field-hint">
          {METHODS[draft.method]?.what}
        </span>
        {note('method')}
      </label>
      <label className="mc-explore-outcome">
        Outcome
        <select
          name="outcome"
          defaultValue={state.outcome}
          aria-invalid={invalid('outcome')}
          aria-describedby={described('outcome', true)}
        >
          {pack.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {outcome && (
          <span id={`${id}-outcome-hint`} className="field-hint" data-testid="outcome-definition">
            Counts the runs in which: {outcome.description}
          </span>
        )}
        {note('outcome')}
      </label>
      <RunsAndSeedFields
        runs={state.runs}
        seed={state.seed}
        maxRuns={MAX_RUNS}
        runsLabel="Runs (budget)"
        runsExtras={{
          input: { 'aria-invalid': invalid('runs'), 'aria-describedby': described('runs', true) },
          after: (
            <>
              <span id={`${id}-runs-hint`} className="field-hint" data-testid="budget-note">
                {budgetNote(draft.method, draft.runs, k)}
              </span>
              {note('runs')}
            </>
          ),
        }}
        seedExtras={{
          input: { 'aria-invalid': invalid('seed'), 'aria-describedby': described('seed', false) },
          after: note('seed'),
        }}
      />
      <button type="submit" disabled={busy}>
        Explore
      </button>
      {children}
    </form>
  );
}
