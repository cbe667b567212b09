'use client';

import { formatCount } from '@brink/core';
import { axisPack, nearestId, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { cachedExploration } from '../lib/explorationCache';
import {
  checkExplore,
  type ExploreState,
  exploreHref,
  type FieldProblem,
  readExploreParams,
} from '../lib/exploreParams';
import { useExploration } from '../lib/useExploration';
import { useHeldWork } from '../lib/useHeldWork';
import { whenIdle } from '../lib/whenIdle';
import { AnalysisNav } from './AnalysisNav';
import { CancelledNotice } from './CancelledNotice';
import { ExploreExport } from './ExploreExport';
import { ExploreForm } from './ExploreForm';
import { ExploreResults } from './ExploreResults';
import { LiveProgress } from './LiveProgress';

const scenarioIds = Object.keys(scenarios);
const METHOD_NAMES = { sobol: 'Sobol indices', morris: 'Morris screening', prim: 'PRIM' } as const;

/** The address's settings, checked as `brink explore` checks them: what to run, or the problems. */
function checkAddress(query: URLSearchParams) {
  const read = readExploreParams(query, { scenarioIds, nearest: nearestId, pack: axisPack });
  if (read.problems.length > 0) return { ...read, design: null };
  const checked = checkExplore(axisPack, scenarios[read.state.scenario]!, read.state);
  return checked.ok
    ? { ...read, design: { sampling: checked.sampling, runs: checked.runs } }
    : { state: read.state, problems: checked.problems, design: null };
}

/**
 * Explore: the pack's ranged numbers as uncertain, and one outcome — which assumptions matter
 * (Sobol indices, Morris screening) and where it mostly happens (PRIM) — run in Web Workers with
 * progress and cancel, from the settings in the address; a result is kept for the session, so a
 * reload, Back or Forward shows it again rather than running it again.
 */
export function ExplorePage() {
  const query = useSearchParams();
  const checked = useMemo(() => checkAddress(new URLSearchParams(query.toString())), [query]);
  const { state, design } = checked;
  const key = exploreHref(state);
  // Problems of settings submitted but not run (the address keeps the last good ones).
  const [formProblems, setFormProblems] = useState<FieldProblem[] | null>(null);
  const { state: run, start, show, cancel, reset, progress } = useExploration();
  const { held, mayStart, release, hold, unhold } = useHeldWork(reset, cancel);
  const scenario = scenarios[state.scenario]!;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what starts work
  useEffect(() => {
    setFormProblems(null);
    if (!design) {
      reset();
      return;
    }
    const kept = cachedExploration(key);
    if (kept) {
      unhold();
      show(kept);
      return;
    }
    if (!mayStart(key)) return;
    return whenIdle(() => start({ href: key, scenario, state, design }));
  }, [key, design === null]);

  const submit = (next: ExploreState) => {
    const read = readExploreParams(new URLSearchParams(exploreHref(next).split('?')[1]), {
      scenarioIds,
      nearest: nearestId,
      pack: axisPack,
    });
    const nextScenario = scenarios[read.state.scenario];
    const problems =
      read.problems.length > 0 || !nextScenario
        ? read.problems
        : (() => {
            const c = checkExplore(axisPack, nextScenario, read.state);
            return c.ok ? [] : c.problems;
          })();
    if (problems.length > 0) {
      setFormProblems(problems);
      return;
    }
    setFormProblems(null);
    const href = exploreHref(read.state);
    release(href);
    if (href === key && design) start({ href, scenario, state, design });
    else window.history.pushState(null, '', href.slice('/explore'.length));
  };

  const problems = formProblems ?? checked.problems;
  const exploration = run.status === 'done' ? run.exploration : null;
  const result = exploration?.result ?? null;
  const outcomeLabel =
    axisPack.outcomes.find((outcome) => outcome.id === state.outcome)?.label ?? state.outcome;
  const notes =
    result?.degenerate && formProblems === null
      ? {
          outcome: `In these ${result.runs.toLocaleString('en')} runs “${outcomeLabel}” held ${result.share === 0 ? 'in none' : 'in every one'}: it does not vary over these ranges.`,
        }
      : {};

  return (
    <div className="mc-page">
      <AnalysisNav current="explore" />
      <header className="mc-head">
        <div>
          <h1>Explore: {scenario.title}</h1>
          <p className="mc-lede">
            The pack’s numbers are assumptions, each with a range. Here every run draws them from
            their ranges, and the runs answer two questions about one outcome: which assumptions
            matter for it (Sobol, Morris), and under which combinations it mostly happens (PRIM).
          </p>
        </div>
      </header>
      <ExploreForm
        key={key}
        state={state}
        pack={axisPack}
        problems={problems}
        notes={notes}
        busy={run.status === 'running' || run.status === 'analysing'}
        onSubmit={submit}
      />
      {problems.length > 0 && (
        <div className="mc-problems" role="alert" data-testid="explore-problems">
          <p>Nothing runs until these are put right:</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}

      {(run.status === 'running' || run.status === 'analysing') && (
        <div className="mc-progress" role={run.status === 'analysing' ? 'status' : undefined}>
          {run.status === 'running' ? (
            <LiveProgress
              feed={progress}
              label="Runs done"
              describe={({ done, total }) =>
                `${done.toLocaleString('en')} of ${total.toLocaleString('en')} runs`
              }
            />
          ) : (
            <span>
              Analysing {run.total.toLocaleString('en')} runs ({METHOD_NAMES[state.method]}, with
              bootstrap intervals)…
            </span>
          )}
          <button
            type="button"
            onClick={() => {
              hold(key);
            }}
          >
            Cancel
          </button>
        </div>
      )}
      {run.status === 'cancelled' && (
        <p className="mc-progress" role="status">
          Cancelled after {run.done.toLocaleString('en')} of {run.total.toLocaleString('en')} runs.
        </p>
      )}
      {run.status === 'error' && (
        <p className="mc-progress mc-error" role="alert">
          The exploration failed: {run.message}
        </p>
      )}
      {held && run.status === 'idle' && design && (
        <CancelledNotice
          what={`this exploration of ${formatCount(design.runs, 'run')}`}
          onRun={() => {
            release(key);
            start({ href: key, scenario, state, design });
          }}
        />
      )}

      {exploration && result && (
        <>
          <p className="mc-progress" role="status" data-testid="explore-status">
            {run.status === 'done' && run.cached
              ? `Kept from earlier in this session: ${formatCount(result.runs, 'run')}, which took ${(exploration.elapsedMs / 1000).toFixed(1)} s on ${formatCount(exploration.workers, 'worker')}.`
              : `${formatCount(result.runs, 'run')} in ${(exploration.elapsedMs / 1000).toFixed(1)} s on ${formatCount(exploration.workers, 'worker')} (${Math.round(result.runs / (exploration.runsMs / 1000)).toLocaleString('en')} runs/s), analysed.`}{' '}
            “{outcomeLabel}” held in {(result.share * 100).toFixed(1)}% of them.
          </p>
          <ExploreResults
            result={result}
            pack={axisPack}
            run={{
              scenario: `${scenario.title} (${scenario.id})`,
              detail: `${METHOD_NAMES[result.method]} of ${result.outcome}`,
              runs: result.runs,
              seed: result.seed,
            }}
            filename={`explore-${state.scenario}-${state.outcome}`}
          />
          <ExploreExport result={result} name={state.scenario} />
        </>
      )}
      <p className="mc-note">
        The assumptions are the pack’s fields that carry a range, less those the scenario sets; each
        links to its rule in the{' '}
        <Link prefetch={false} href="/source">
          source
        </Link>
        .
      </p>
    </div>
  );
}
