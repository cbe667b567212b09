'use client';

import type { Lesson } from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import Link from 'next/link';
import { type FormEvent, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  browserStorage,
  clearProgress,
  type ProgressStorage,
  readProgress,
  saveProgress,
} from '../lib/lessonProgress';
import {
  canOpen,
  estimateRange,
  estimateUnit,
  initialLessonState,
  type LessonAction,
  type LessonState,
  lessonReducer,
  type Prediction,
  readDraft,
  STEP_LABELS,
  STEPS,
  type Step,
} from '../lib/lessonSteps';
import {
  experimentBatchHref,
  experimentRunHref,
  lessonHref,
  predictionText,
} from '../lib/lessonView';
import { lessonRuns } from '../lib/runLesson';
import { useLessonRun } from '../lib/useLessonRun';
import { LessonContext } from './LessonContext';
import { LessonHandout } from './LessonHandout';
import { LessonReveal } from './LessonReveal';
import { ResultCode } from './ResultCode';

const source = axisPack.sources[0]!;

/** The longest scenario a lesson runs: the range of a day estimate. */
function horizonOf(lesson: Lesson): number {
  return Math.max(...lesson.experiments.map((e) => scenarios[e.scenario]?.horizon ?? 1));
}

/**
 * A lesson, step by step: goal → context → prediction (committed before the run opens) → run →
 * reveal (the prediction beside the measured figures) → discussion. Progress is kept in the
 * browser's storage, so a reload returns to the same step.
 */
export function LessonPage({ lesson, next }: { lesson: Lesson; next: Lesson | null }) {
  const horizon = horizonOf(lesson);
  const reducer = useMemo(() => lessonReducer(lesson, horizon), [lesson, horizon]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialLessonState());
  const [storage, setStorage] = useState<ProgressStorage | null>(null);
  const [loaded, setLoaded] = useState(false);

  // Saved progress is read after the first render, so the page hydrates as it was built.
  useEffect(() => {
    const found = browserStorage();
    setStorage(found);
    const saved = readProgress(found)[lesson.id];
    if (saved) {
      const valid = !saved.prediction || readDraft(lesson, draftOf(saved.prediction), horizon).ok;
      if (valid) dispatch({ type: 'RESTORE', state: initialLessonState(saved) });
    }
    setLoaded(true);
  }, [lesson, horizon]);

  useEffect(() => {
    if (!loaded) return;
    saveProgress(storage, lesson.id, {
      reached: state.reached,
      prediction: state.prediction,
      completed: state.reached === 'discuss',
    });
  }, [loaded, storage, lesson.id, state.reached, state.prediction]);

  const { start, cancel } = useLessonRun(lesson, dispatch);
  // After a reload past the run, the runs are made again (same seeds, same figures).
  useEffect(() => {
    if (state.resumeAt && state.run.status === 'idle') start();
  }, [state.resumeAt, state.run.status, start]);

  const heading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new step moves the focus to its heading
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [state.step]);

  const restart = () => {
    cancel();
    clearProgress(storage, lesson.id);
    window.location.reload();
  };

  const stepIndex = STEPS.indexOf(state.step);
  const nextStep = STEPS[stepIndex + 1];
  return (
    <>
      <div className="lesson" data-step={state.step}>
        <nav aria-label="Breadcrumb" className="lesson-crumbs">
          <Link href="/lessons">Lessons</Link> › Lesson {lesson.order}
          <button type="button" className="print-button" onClick={() => window.print()}>
            Print the handout
          </button>
        </nav>
        <h1>{lesson.title}</h1>
        <ol className="lesson-steps" aria-label="Steps of the lesson">
          {STEPS.map((step, i) => {
            const open = canOpen(state, step);
            const done =
              i < STEPS.indexOf(state.reached) ||
              (step === 'discuss' && state.reached === 'discuss');
            return (
              <li key={step} className={step === state.step ? 'current' : done ? 'done' : ''}>
                <button
                  type="button"
                  onClick={() => dispatch({ type: 'GO', step })}
                  disabled={!open}
                  aria-current={step === state.step ? 'step' : undefined}
                  aria-label={`Step ${i + 1}: ${STEP_LABELS[step]}${done && step !== state.step ? ' (done)' : ''}`}
                >
                  <span className="step-number" aria-hidden="true">
                    {i + 1}
                  </span>{' '}
                  {STEP_LABELS[step]}
                </button>
              </li>
            );
          })}
        </ol>

        <section className="lesson-panel" aria-labelledby="step-title">
          <h2 id="step-title" ref={heading} tabIndex={-1}>
            {STEP_TITLES[state.step]}
          </h2>
          {state.step === 'goal' && <GoalStep lesson={lesson} />}
          {state.step === 'context' && <LessonContext lesson={lesson} />}
          {state.step === 'predict' && (
            <PredictStep lesson={lesson} state={state} horizon={horizon} dispatch={dispatch} />
          )}
          {state.step === 'run' && (
            <RunStep lesson={lesson} state={state} start={start} cancel={cancel} />
          )}
          {state.step === 'reveal' && state.run.status === 'done' && state.prediction && (
            <LessonReveal
              lesson={lesson}
              prediction={state.prediction}
              figures={state.run.figures}
            />
          )}
          {state.step === 'discuss' && (
            <DiscussStep lesson={lesson} next={next} restart={restart} />
          )}
          {(state.step === 'reveal' || state.step === 'discuss') &&
            state.run.status === 'done' &&
            state.prediction && (
              <ResultCode
                lesson={lesson}
                prediction={state.prediction}
                figures={state.run.figures}
              />
            )}
        </section>

        <div className="lesson-nav">
          <button
            type="button"
            onClick={() => dispatch({ type: 'BACK' })}
            disabled={stepIndex === 0}
          >
            ← Back
          </button>
          {nextStep && (
            <button
              type="button"
              className="primary"
              onClick={() => dispatch({ type: 'NEXT' })}
              disabled={!canOpen(state, nextStep)}
            >
              Next: {STEP_LABELS[nextStep]} →
            </button>
          )}
        </div>
      </div>
      <LessonHandout lesson={lesson} />
    </>
  );
}

const STEP_TITLES: Readonly<Record<Step, string>> = {
  goal: 'What this lesson is about',
  context: 'What the article says',
  predict: 'Your prediction',
  run: 'Run the model',
  reveal: 'What the model did',
  discuss: 'Discuss',
};

function draftOf(prediction: Prediction): string {
  return prediction.kind === 'choice' ? prediction.choice : String(prediction.value);
}

function GoalStep({ lesson }: { lesson: Lesson }) {
  return (
    <>
      <p className="lesson-goal">{lesson.goal}</p>
      <p>
        You will read the passages of the article the lesson rests on, commit to a prediction, run
        the model and compare. Unfamiliar words are explained in the{' '}
        <Link href="/glossary" prefetch={false}>
          glossary
        </Link>
        .
      </p>
      <p className="caveat">{source.caveat}</p>
    </>
  );
}

function PredictStep({
  lesson,
  state,
  horizon,
  dispatch,
}: {
  lesson: Lesson;
  state: LessonState;
  horizon: number;
  dispatch: (action: LessonAction) => void;
}) {
  const { prediction } = lesson;
  const committed = state.prediction;
  const read = readDraft(lesson, state.draft, horizon);
  const unit = estimateUnit(lesson);
  const range = estimateRange(lesson, horizon);
  const [tried, setTried] = useState(false);
  const commit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    dispatch({ type: 'COMMIT' });
  };
  return (
    <form onSubmit={commit} className="lesson-predict" aria-describedby="predict-note" noValidate>
      {prediction.choices ? (
        <fieldset disabled={committed !== null}>
          <legend>{prediction.question}</legend>
          {prediction.choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input
                type="radio"
                name="prediction"
                value={choice.id}
                checked={state.draft === choice.id}
                onChange={() => dispatch({ type: 'DRAFT', value: choice.id })}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <fieldset disabled={committed !== null}>
          <legend>{prediction.question}</legend>
          <label className="estimate">
            Your estimate{unit === 'day' ? ' (day)' : ' (% of runs)'}{' '}
            <input
              type="number"
              inputMode="decimal"
              min={range.min}
              max={range.max}
              step="any"
              value={state.draft}
              onChange={(event) => dispatch({ type: 'DRAFT', value: event.target.value })}
              aria-invalid={tried && !read.ok ? true : undefined}
              aria-describedby="predict-problem"
            />
            {unit === 'percent' ? ' %' : ''}
          </label>
        </fieldset>
      )}
      {committed ? (
        <p className="committed" role="status">
          You committed to: <strong>{predictionText(lesson, committed)}</strong>. It is locked; the
          run is open.
        </p>
      ) : (
        <>
          <p id="predict-problem" className="predict-problem" aria-live="polite">
            {tried && !read.ok ? read.problem : ''}
          </p>
          <button type="submit" className="primary">
            Commit my prediction
          </button>
        </>
      )}
      <p id="predict-note" className="muted">
        Commit before you run: once committed, your prediction cannot be changed, and it will be
        shown beside what the model does.
      </p>
    </form>
  );
}

function RunStep({
  lesson,
  state,
  start,
  cancel,
}: {
  lesson: Lesson;
  state: LessonState;
  start: () => void;
  cancel: () => void;
}) {
  const { run } = state;
  const total = lessonRuns(lesson);
  return (
    <>
      <p>
        Your prediction:{' '}
        <strong>{state.prediction ? predictionText(lesson, state.prediction) : '—'}</strong>
      </p>
      <table className="lesson-experiments">
        <caption className="visually-hidden">What the lesson runs</caption>
        <thead>
          <tr>
            <th scope="col">Experiment</th>
            <th scope="col">Runs</th>
            <th scope="col">Seed</th>
            <th scope="col">Open</th>
          </tr>
        </thead>
        <tbody>
          {lesson.experiments.map((experiment) => (
            <tr key={experiment.id}>
              <td>{experiment.label}</td>
              <td>{experiment.runs.toLocaleString('en')}</td>
              <td>{experiment.seed}</td>
              <td>
                <Link href={experimentRunHref(experiment)} prefetch={false}>
                  one run
                </Link>
                {experiment.runs > 1 && (
                  <>
                    {' · '}
                    <Link href={experimentBatchHref(experiment)} prefetch={false}>
                      the batch
                    </Link>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="lesson-run" aria-live="polite">
        {run.status === 'running' ? (
          <>
            <progress value={run.done} max={run.total} aria-label="Runs done" />
            <span>
              {run.done.toLocaleString('en')} of {run.total.toLocaleString('en')} runs
            </span>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={start} disabled={!state.prediction}>
            {run.status === 'done' ? 'Run again' : `Run ${total.toLocaleString('en')} runs`}
          </button>
        )}
        {run.status === 'cancelled' && (
          <span role="status">Cancelled. Run again when you are ready.</span>
        )}
        {run.status === 'failed' && (
          <span role="alert" className="lesson-error">
            The run failed: {run.message}
          </span>
        )}
      </div>
      <p className="muted">
        The runs are made here, in your browser, by the same engine as the command line: the same
        scenario and seed give the same figures.
      </p>
    </>
  );
}

function DiscussStep({
  lesson,
  next,
  restart,
}: {
  lesson: Lesson;
  next: Lesson | null;
  restart: () => void;
}) {
  return (
    <>
      <ol className="lesson-discussion">
        {lesson.discussion.map((question) => (
          <li key={question.slice(0, 40)}>{question}</li>
        ))}
      </ol>
      <p className="lesson-done" role="status">
        Lesson completed. Your progress is kept in this browser.
      </p>
      <p className="lesson-after">
        {next ? (
          <Link href={lessonHref(next.id)}>Next lesson: {next.title}</Link>
        ) : (
          <Link href="/lessons">Back to the lessons</Link>
        )}
        {' · '}
        <button type="button" onClick={restart}>
          Start this lesson again
        </button>
      </p>
    </>
  );
}
