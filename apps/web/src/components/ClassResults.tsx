'use client';

import { encodeResultCode, type Lesson, type LessonFigures, type LessonResult } from '@brink/core';
import { scenarios } from '@brink/data';
import { useState } from 'react';
import { CLASS_COLOUR, ClassChoiceChart, MODEL_COLOUR } from '../charts/ClassChoiceChart';
import { ClassEstimateChart } from '../charts/ClassEstimateChart';
import { LegendSwatch } from '../charts/LegendSwatch';
import { choiceCounts, groupByLesson, type LessonClass, readClassCodes } from '../lib/classCodes';
import { estimateRange, estimateUnit } from '../lib/lessonSteps';
import { formatFigure, formatShare, measureOf, predictionText } from '../lib/lessonView';
import { ChartFigure } from './ChartFigure';

/**
 * A class without a server: the teacher pastes the result codes students copied (one a line);
 * each line is read with core's `decodeResultCode`, refused lines are listed with their line
 * number and the reason, and the kept ones are shown per lesson as the class's predictions
 * against the model's answers — from the answer key when it was computed here (`answers`), else
 * from the figures the codes carry.
 */
export function ClassResults({
  lessons,
  answers,
}: {
  lessons: readonly Lesson[];
  answers: Readonly<Record<string, LessonFigures>>;
}) {
  const [text, setText] = useState('');
  const [read, setRead] = useState<string | null>(null);
  const lines = read === null ? [] : readClassCodes(read, lessons);
  const refused = lines.flatMap((line) => (line.ok ? [] : [line]));
  const kept = lines.length - refused.length;
  const classes = groupByLesson(lines, lessons);
  return (
    <section className="class-results" aria-labelledby="class-title">
      <h2 id="class-title">Your class</h2>
      <p>
        At the end of a lesson each student copies a result code (their prediction and the figures
        their browser measured). Paste the codes here, one a line — from a shared document, a form
        or the chat — to see the class’s predictions against the model’s answers. Nothing leaves
        this page.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setRead(text);
        }}
      >
        <label htmlFor="class-codes">Result codes, one a line</label>
        <textarea
          id="class-codes"
          rows={6}
          value={text}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          onChange={(event) => setText(event.target.value)}
          placeholder="brk1.why-iran-holds-back.…"
        />
        <button type="submit" className="primary">
          Show the class
        </button>
      </form>
      {read !== null && (
        <p role="status" data-testid="class-summary">
          {kept === 1 ? '1 code read' : `${kept} codes read`}
          {refused.length > 0 &&
            `; ${refused.length === 1 ? '1 line' : `${refused.length} lines`} refused`}
          .
        </p>
      )}
      {refused.length > 0 && (
        <ul className="class-refused" data-testid="class-refused">
          {refused.map((line) => (
            <li key={line.line}>
              <strong>Line {line.line}</strong>: {line.problem}.{' '}
              <code className="class-code">{line.text.slice(0, 60)}</code>
            </li>
          ))}
        </ul>
      )}
      {classes.map((group) => (
        <LessonClassFigure key={group.lesson.id} group={group} answer={answers[group.lesson.id]} />
      ))}
    </section>
  );
}

function LessonClassFigure({
  group,
  answer,
}: {
  group: LessonClass;
  answer: LessonFigures | undefined;
}) {
  const { lesson, results } = group;
  const model = answer?.values ?? group.figures;
  const differing = answer
    ? results.filter((result) => !sameFigures(lesson, result, answer)).length
    : group.differing;
  const { choices, estimate } = lesson.prediction;
  const first = choices?.[0]?.measure ?? estimate?.measure;
  const experiment = lesson.experiments.find(
    (candidate) => candidate.id === measureOf(lesson, first)?.experiment,
  )!;
  const scenario = scenarios[experiment.scenario];
  const run = {
    scenario: `${scenario?.title ?? experiment.scenario} (${experiment.scenario})`,
    runs: experiment.runs,
    seed: experiment.seed,
  };
  const students = results.length === 1 ? '1 student' : `${results.length} students`;
  const source = answer
    ? 'the answer key computed on this page'
    : 'the figures in the students’ codes';
  return (
    <div className="class-lesson" data-testid={`class-${lesson.id}`}>
      <h3>
        {lesson.order}. {lesson.title} — {students}
      </h3>
      <p className="muted">
        The model’s answers: {source}.
        {differing > 0 &&
          ` ${differing === 1 ? '1 code carries' : `${differing} codes carry`} figures that differ from them (another engine or lesson build).`}
      </p>
      {choices ? (
        <ChoiceFigure lesson={lesson} results={results} model={model} run={run} />
      ) : (
        <EstimateFigure lesson={lesson} results={results} model={model} run={run} />
      )}
    </div>
  );
}

/** What a figure of the class's results shows: the lesson, the codes read, the model's answers. */
interface FigureProps {
  lesson: Lesson;
  results: readonly LessonResult[];
  model: Record<string, number | null>;
  /** The run the model's answers come from, named in the figure's caption and download. */
  run: { scenario: string; runs: number; seed: number };
}

function ChoiceFigure({ lesson, results, model, run }: FigureProps) {
  const counts = choiceCounts(lesson, results);
  const rows = (lesson.prediction.choices ?? []).map((choice, i) => ({
    id: choice.id,
    label: choice.label,
    class: counts[i]! / results.length,
    model: model[choice.measure] ?? 0,
  }));
  const title = `${lesson.title}: the class’s predictions and the model`;
  return (
    <>
      <ChartFigure
        title={title}
        run={run}
        filename={`class-${lesson.id}`}
        alternative={
          <ul>
            {rows.map((row, i) => (
              <li key={row.id}>
                {row.label}: {counts[i]} of {results.length} students ({formatShare(row.class)});
                the model, {formatShare(row.model)} of runs.
              </li>
            ))}
          </ul>
        }
      >
        <ClassChoiceChart rows={rows} label={title} />
      </ChartFigure>
      <Key />
    </>
  );
}

function EstimateFigure({ lesson, results, model, run }: FigureProps) {
  const measure = measureOf(lesson, lesson.prediction.estimate?.measure)!;
  const unit = estimateUnit(lesson) ?? 'percent';
  const horizon = Math.max(...lesson.experiments.map((e) => scenarios[e.scenario]?.horizon ?? 1));
  const range = estimateRange(lesson, horizon);
  const estimates = results.flatMap((result) =>
    result.prediction.kind === 'estimate' ? [result.prediction.value] : [],
  );
  const value = model[measure.id] ?? null;
  const modelValue = value === null ? null : unit === 'percent' ? value * 100 : value;
  const title = `${lesson.title}: the class’s estimates and the model`;
  return (
    <>
      <ChartFigure
        title={title}
        run={run}
        filename={`class-${lesson.id}`}
        alternative={
          <p>
            {measure.label}. The model: {formatFigure(measure, value)}. The class’s estimates:{' '}
            {results.map((result) => predictionText(lesson, result.prediction)).join(', ')}.
          </p>
        }
      >
        <ClassEstimateChart
          estimates={estimates}
          model={modelValue}
          range={range}
          unit={unit}
          label={title}
        />
      </ChartFigure>
      <Key estimate />
    </>
  );
}

function Key({ estimate = false }: { estimate?: boolean }) {
  return (
    <ul className="class-key">
      <li>
        <LegendSwatch>
          {estimate ? (
            <circle cx={11} cy={8} r={5} fill={CLASS_COLOUR} />
          ) : (
            <rect x={2} y={3} width={18} height={10} fill={CLASS_COLOUR} />
          )}
        </LegendSwatch>{' '}
        {estimate ? 'a student’s estimate; dashed, the class’s median' : 'share of the class'}
      </li>
      <li>
        <LegendSwatch>
          {estimate ? (
            <line x1={11} x2={11} y1={1} y2={15} stroke={MODEL_COLOUR} strokeWidth={3} />
          ) : (
            <rect x={2} y={3} width={18} height={10} fill={MODEL_COLOUR} />
          )}
        </LegendSwatch>{' '}
        {estimate ? 'the model’s figure' : 'share of the model’s runs'}
      </li>
    </ul>
  );
}

/** Whether a code carries the answer key's figures, compared at the code's precision. */
function sameFigures(lesson: Lesson, result: LessonResult, answer: LessonFigures): boolean {
  const code = (values: Record<string, number | null>) =>
    encodeResultCode(lesson, result.prediction, { values });
  return code(result.values) === code(answer.values);
}
