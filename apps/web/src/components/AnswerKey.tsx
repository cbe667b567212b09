'use client';

import { formatCount, type Lesson, type LessonFigures } from '@brink/core';
import { scenarios } from '@brink/data';
import { useCallback, useReducer } from 'react';
import type { LessonAction } from '../lib/lessonSteps';
import { formatFigure, formatShare, measureOf } from '../lib/lessonView';
import { lessonRuns } from '../lib/runLesson';
import { useLessonRun } from '../lib/useLessonRun';

type KeyState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; figures: LessonFigures }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/** The lesson run's actions, as the answer key keeps them (it has no steps). */
function keyReducer(state: KeyState, action: LessonAction): KeyState {
  switch (action.type) {
    case 'RUN_STARTED':
      return { status: 'running', done: 0, total: action.total };
    case 'RUN_PROGRESS':
      return state.status === 'running' ? { ...state, done: action.done } : state;
    case 'RUN_DONE':
      return { status: 'done', figures: action.figures };
    case 'RUN_FAILED':
      return { status: 'failed', message: action.message };
    case 'RUN_CANCELLED':
      return state.status === 'running' ? { status: 'cancelled' } : state;
    default:
      return state;
  }
}

/**
 * A lesson's answer key: on demand, the lesson's runs made in this browser (Web Workers, the
 * lesson page's own `useLessonRun`, with progress and cancel), then the model's figure for the
 * prediction — the estimate's measure, or each choice's share with the likeliest marked — with
 * the seed and runs of every experiment, and whether each claim of the reveal held. `onFigures`
 * hands the figures to the class view.
 */
export function AnswerKey({
  lesson,
  onFigures,
}: {
  lesson: Lesson;
  onFigures?: (figures: LessonFigures) => void;
}) {
  const [state, dispatch] = useReducer(keyReducer, { status: 'idle' });
  const relay = useCallback(
    (action: LessonAction) => {
      dispatch(action);
      if (action.type === 'RUN_DONE') onFigures?.(action.figures);
    },
    [onFigures],
  );
  const { start, cancel } = useLessonRun(lesson, relay);
  const total = lessonRuns(lesson);
  return (
    <div className="answer-key" data-testid={`answer-key-${lesson.id}`}>
      <h3>Answer key</h3>
      <ul className="answer-experiments">
        {lesson.experiments.map((experiment) => (
          <li key={experiment.id}>
            {experiment.label}: <code>{experiment.scenario}</code>
            {scenarios[experiment.scenario] ? '' : ' (unknown scenario)'},{' '}
            {formatCount(experiment.runs, 'run')}, seed {experiment.seed}
          </li>
        ))}
      </ul>
      <div className="answer-run" aria-live="polite">
        {state.status === 'running' ? (
          <>
            <progress value={state.done} max={state.total} aria-label="Runs done" />
            <span>
              {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')} runs
            </span>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </>
        ) : state.status !== 'done' ? (
          <button type="button" className="primary" onClick={start}>
            Compute the answers ({formatCount(total, 'run')})
          </button>
        ) : null}
        {state.status === 'cancelled' && <span role="status">Cancelled.</span>}
        {state.status === 'failed' && (
          <span role="alert" className="lesson-error">
            The runs failed: {state.message}
          </span>
        )}
      </div>
      {state.status === 'done' && <Answers lesson={lesson} figures={state.figures} />}
    </div>
  );
}

/** The model's figures for the lesson's prediction, and its claims with ✓ or ✗. */
function Answers({ lesson, figures }: { lesson: Lesson; figures: LessonFigures }) {
  const { values } = figures;
  const { choices, estimate } = lesson.prediction;
  const measure = measureOf(lesson, estimate?.measure);
  const best = choices ? Math.max(...choices.map((choice) => values[choice.measure] ?? 0)) : null;
  return (
    <div className="answer-figures" data-testid="answers">
      {measure && (
        <p>
          {measure.label}:{' '}
          <strong data-testid="answer">{formatFigure(measure, values[measure.id] ?? null)}</strong>
        </p>
      )}
      {choices && (
        <table className="answer-choices">
          <caption className="visually-hidden">Each choice and the share of runs it holds</caption>
          <thead>
            <tr>
              <th scope="col">Choice</th>
              <th scope="col">Share of runs</th>
            </tr>
          </thead>
          <tbody>
            {choices.map((choice) => {
              const share = values[choice.measure] ?? 0;
              const top = share === best;
              return (
                <tr key={choice.id} className={top ? 'answer-best' : undefined}>
                  <th scope="row">
                    {choice.label}
                    {top && <strong> — the model’s answer</strong>}
                  </th>
                  <td data-testid="answer">{formatShare(share)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ul className="reveal-claims">
        {figures.claims.map(({ claim, value, holds }) => {
          const measured = measureOf(lesson, claim.measure)!;
          return (
            <li key={claim.says} className={holds ? 'holds' : 'fails'}>
              <span className="claim-mark" aria-hidden="true">
                {holds ? '✓' : '✗'}
              </span>{' '}
              {claim.says} ({measured.label}: {formatFigure(measured, value)}
              {holds ? '' : '; not so in these runs'})
            </li>
          );
        })}
      </ul>
    </div>
  );
}
