'use client';

import {
  fanDays,
  type HindcastScore,
  type PublicRecord,
  type RecordedEvent,
  recordMonths,
  scoreHindcast,
} from '@brink/core';
import { axisPack, DEFAULT_RECORD_ID, getRecord, scenarios } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { HindcastChart } from '../charts/HindcastChart';
import { actorColour } from '../charts/theme';
import { percent } from '../lib/batchData';
import { readRunsAndSeed } from '../lib/batchParams';
import { rungLabel } from '../lib/format';
import { useBatch } from '../lib/useBatch';
import { whenIdle } from '../lib/whenIdle';
import { AnalysisNav } from './AnalysisNav';
import { BatchProgress } from './BatchProgress';
import { ChartFigure } from './ChartFigure';
import { Problem } from './Problem';
import { RunsAndSeedFields } from './RunsAndSeedFields';

/** A hindcast run is 633 days long, over five times a batch scenario's, so runs are fewer. */
export const MAX_HINDCAST_RUNS = 2000;
const DEFAULT_RUNS = 100;

/** Reads `runs` and `seed` from the address; problems name the parameter and its bounds. */
function readParams(
  query: URLSearchParams,
): { runs: number; seed: number } | { problems: string[] } {
  const problems: string[] = [];
  const params = readRunsAndSeed(query, problems, DEFAULT_RUNS, MAX_HINDCAST_RUNS);
  return problems.length > 0 ? { problems } : params;
}

const share = (value: number | null) => (value === null ? '–' : percent(value));

/**
 * "Model vs record": runs the record's hindcast scenario in Web Workers (the batch page's
 * `runBatch`, every run profiled), scores the runs against the public record with core's
 * `scoreHindcast`, and shows per actor the record's rung line beside the model's fan, the
 * record's events as marks that open, and the stylised facts.
 */
export function HindcastPage() {
  const query = useSearchParams();
  const params = useMemo(() => readParams(new URLSearchParams(query.toString())), [query]);
  const record = getRecord(DEFAULT_RECORD_ID);
  const scenario = scenarios[record.scenario]!;
  const { state: batch, start, cancel, progress } = useBatch();
  const [open, setOpen] = useState<RecordedEvent | null>(null);
  const ok = 'runs' in params ? params : null;
  const key = ok ? `${ok.runs}-${ok.seed}` : '';
  // Each run's peak per month of the record: what the score compares with the record's rung.
  const windows = useMemo(() => recordMonths(record.epoch, record.end), [record]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (key) is what starts a run
  useEffect(() => {
    if (!ok) return;
    return whenIdle(() => start({ scenario, runs: ok.runs, seed: ok.seed, windows }));
  }, [key]);

  const result = batch.status === 'done' ? batch.result : null;
  const score = useMemo(
    () => (result ? scoreHindcast(axisPack, record, result.profile) : null),
    [result, record],
  );

  if (!ok) {
    return (
      <Problem
        title="This link does not describe a hindcast"
        problems={'problems' in params ? params.problems : []}
      >
        <Link prefetch={false} href="/hindcast?runs=100&seed=42">
          Score 100 runs against the record
        </Link>
      </Problem>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const href = `/hindcast?runs=${Number(form.get('runs'))}&seed=${Number(form.get('seed'))}`;
    if (href === `/hindcast?runs=${ok.runs}&seed=${ok.seed}`)
      start({ scenario, runs: ok.runs, seed: ok.seed, windows });
    else window.history.pushState(null, '', href.slice('/hindcast'.length));
  };

  return (
    <div className="mc-page">
      <AnalysisNav current="hindcast" />
      <header className="mc-head">
        <div>
          <h1>Model vs record</h1>
          <p className="mc-lede">
            What the actors did from October 2023 to June 2025 — {record.events.length} dated,
            sourced events coded on the ladder — beside what the model does when only the outside
            shocks are scripted on their real days.{' '}
            <Link prefetch={false} href="/source#public-record">
              How the record was compiled
            </Link>
          </p>
        </div>
        <form className="mc-controls" onSubmit={submit} aria-label="Hindcast settings" key={key}>
          <RunsAndSeedFields runs={ok.runs} seed={ok.seed} maxRuns={MAX_HINDCAST_RUNS} />
          <button type="submit" disabled={batch.status === 'running'}>
            Run hindcast
          </button>
        </form>
      </header>

      <BatchProgress state={batch} progress={progress} onCancel={cancel} />

      {score && result && (
        <HindcastResult
          score={score}
          record={record}
          profile={result.profile}
          horizon={scenario.horizon}
          seed={ok.seed}
          open={open}
          onOpen={setOpen}
        />
      )}
    </div>
  );
}

function HindcastResult({
  score,
  record,
  profile,
  horizon,
  seed,
  open,
  onOpen,
}: {
  score: HindcastScore;
  record: PublicRecord;
  profile: Parameters<typeof fanDays>[0];
  horizon: number;
  seed: number;
  open: RecordedEvent | null;
  onOpen: (event: RecordedEvent | null) => void;
}) {
  return (
    <>
      <section className="mc-figure" aria-labelledby="hc-score">
        <h2 id="hc-score">The score</h2>
        <p className="mc-note" data-testid="hc-overall">
          Over {score.overall.scoredCells} actor-months, {share(score.overall.withinOne)} of the
          runs' monthly peaks were within one rung of the record; mean error{' '}
          {score.overall.meanAbsError?.toFixed(2) ?? '–'} rungs. {score.factsPassed} of{' '}
          {score.facts.length} stylised facts hold in the model ({score.runs} runs, seed {seed}).
        </p>
        <p className="mc-note" data-testid="hc-definition">
          {score.definition}
        </p>
        <table className="mc-table">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Within one rung</th>
              <th scope="col">Mean error (rungs)</th>
              <th scope="col">Months scored</th>
            </tr>
          </thead>
          <tbody>
            {score.actors.map((actor) => (
              <tr key={actor.actor}>
                <th scope="row">
                  {axisPack.actors.find((a) => a.id === actor.actor)?.name ?? actor.actor}
                </th>
                <td>{share(actor.withinOne)}</td>
                <td>{actor.meanAbsError?.toFixed(2) ?? '–'}</td>
                <td>{actor.scoredMonths}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="mc-figure" aria-labelledby="hc-facts">
        <h2 id="hc-facts">Stylised facts of the record</h2>
        <ul className="hc-facts">
          {score.facts.map(({ fact, measured, day, passed }) => (
            <li key={fact.id} data-fact={fact.id} data-passed={passed}>
              <span aria-hidden="true" className={passed ? 'hc-pass' : 'hc-fail'}>
                {passed ? '✓' : '✗'}
              </span>{' '}
              <strong>{fact.title}</strong>
              <span className="visually-hidden">
                {passed ? ' (holds in the model)' : ' (fails in the model)'}
              </span>
              <br />
              <span className="mc-note">
                {measured === null ? 'not measured' : `${percent(measured)} of runs`}
                {day === null ? '' : ` (day ${day})`}, needs {percent(fact.share)} · {fact.kind} ·{' '}
                {fact.claim}
              </span>
            </li>
          ))}
        </ul>
      </section>

      {open && (
        <aside className="mc-figure hc-event" aria-label="Event from the record" aria-live="polite">
          <div className="mc-figure-head">
            <h3>
              {open.date} (day {open.day}) · {open.actor}
            </h3>
            <button type="button" onClick={() => onOpen(null)}>
              Close
            </button>
          </div>
          <p>{open.action}</p>
          <p className="mc-note">
            Coded {rungLabel(open.rung)}: {open.coding} Status: {open.status}
            {open.scripted ? ' · scripted in the hindcast scenario' : ''}.
          </p>
          {open.disagreement && <p className="mc-note">Disagreement: {open.disagreement}</p>}
          <ul>
            {open.sources.map((source) => (
              <li key={source.url}>
                {source.outlet}:{' '}
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </aside>
      )}

      <p className="mc-note">
        Each chart shows the model's rung day by day (the median, and the middle 50% and 90% of
        runs) under the record's month-by-month line; the score above compares each run's peak in a
        month with the record's month.
      </p>
      <div className="mc-fans hc-fans">
        {score.actors.map((actor, i) => {
          const name = axisPack.actors.find((a) => a.id === actor.actor)?.name ?? actor.actor;
          const events = record.events.filter((event) => event.actor === actor.actor);
          return (
            <ChartFigure
              key={actor.actor}
              title={`${name}: record and model`}
              run={{
                scenario: `${scenarios[record.scenario]?.title ?? record.scenario} (${record.scenario})`,
                detail: `against ${record.title}`,
                runs: score.runs,
                seed,
              }}
              filename={`hindcast-${actor.actor}-seed${seed}`}
              alternative={
                <ul>
                  {actor.months.map((month) => (
                    <li key={month.month}>
                      {month.month}: record{' '}
                      {month.recorded ? rungLabel(month.recorded) : 'no event yet'}, model's median
                      peak {month.model.median ? rungLabel(month.model.median) : '–'}
                      {month.withinOne === null
                        ? ''
                        : `, ${percent(month.withinOne)} within one rung`}
                    </li>
                  ))}
                </ul>
              }
            >
              <HindcastChart
                score={actor}
                days={fanDays(profile, actor.actor)}
                horizon={horizon}
                name={name}
                colour={actorColour(i)}
                events={events}
                onOpen={onOpen}
              />
            </ChartFigure>
          );
        })}
      </div>
    </>
  );
}
