import type { Lesson, LessonFigures, LessonMeasure } from '@brink/core';
import { axisPack } from '@brink/data';
import type { Prediction } from '../lib/lessonSteps';
import { formatFigure, formatShare, measureOf, predictionText } from '../lib/lessonView';

/**
 * A lesson's reveal: the student's prediction beside the figures just measured, each claim of
 * the explanation with its figure and whether it held in these runs, then the explanation.
 */
export function LessonReveal({
  lesson,
  prediction,
  figures,
}: {
  lesson: Lesson;
  prediction: Prediction;
  figures: LessonFigures;
}) {
  const { values } = figures;
  const choices = lesson.prediction.choices;
  const estimate = measureOf(lesson, lesson.prediction.estimate?.measure);
  const best = choices ? Math.max(...choices.map((choice) => values[choice.measure] ?? 0)) : null;
  return (
    <>
      <div className="reveal-compare">
        <div className="reveal-yours">
          <h3>Your prediction</h3>
          <p className={prediction.kind === 'estimate' ? 'big' : 'big-choice'}>
            {predictionText(lesson, prediction)}
          </p>
          {estimate && prediction.kind === 'estimate' && (
            <p className="muted" data-testid="off-by">
              {offBy(estimate, prediction.value, values[estimate.id] ?? null)}
            </p>
          )}
        </div>
        <div className="reveal-model">
          <h3>The model</h3>
          {estimate && (
            <p className="big" data-testid="measured">
              {formatFigure(estimate, values[estimate.id] ?? null)}
            </p>
          )}
          {estimate && <p className="muted">{estimate.label}</p>}
          {estimate?.outcome && <p className="mc-definition">{outcomeDefinition(estimate)}</p>}
          {choices && (
            <ul className="reveal-choices">
              {choices.map((choice) => {
                const share = values[choice.measure] ?? 0;
                const measure = measureOf(lesson, choice.measure);
                const definition = measure ? outcomeDefinition(measure) : undefined;
                const mine = prediction.kind === 'choice' && prediction.choice === choice.id;
                return (
                  <li key={choice.id} className={mine ? 'mine' : undefined}>
                    <span className="choice-label">
                      {choice.label}
                      {mine && <strong> — your answer</strong>}
                      {share === best && <strong> — most runs</strong>}
                      {definition && <span className="mc-definition">{definition}</span>}
                    </span>
                    <span className="share-bar" aria-hidden="true">
                      <span style={{ width: `${share * 100}%` }} />
                    </span>
                    <span className="share-value">{formatShare(share)}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
      <h3>What the runs show</h3>
      <ul className="reveal-claims">
        {figures.claims.map(({ claim, value, holds }) => {
          const measure = measureOf(lesson, claim.measure)!;
          return (
            <li key={claim.says} className={holds ? 'holds' : 'fails'}>
              <span className="claim-mark" aria-hidden="true">
                {holds ? '✓' : '✗'}
              </span>{' '}
              {claim.says}{' '}
              <span className="claim-figure" title={outcomeDefinition(measure)}>
                ({measure.label}: {formatFigure(measure, value)}
                {[claim.moreThan, claim.lessThan].map((id) => {
                  const other = measureOf(lesson, id);
                  return other
                    ? `; ${other.label}: ${formatFigure(other, figures.values[other.id] ?? null)}`
                    : '';
                })}
                {holds ? '' : '; not so in these runs'})
              </span>
            </li>
          );
        })}
      </ul>
      <h3>Why</h3>
      {lesson.reveal.explanation.split(/\n\s*\n/).map((paragraph) => (
        <p key={paragraph.slice(0, 40)}>{paragraph}</p>
      ))}
      <details className="reveal-figures">
        <summary>Every figure measured</summary>
        <table>
          <tbody>
            {lesson.measures.map((measure) => (
              <tr key={measure.id}>
                <th scope="row">
                  {measure.label}
                  {measure.outcome && (
                    <span className="mc-definition">
                      Outcome “{outcomeOf(measure)?.label}”: {outcomeDefinition(measure)}
                    </span>
                  )}
                </th>
                <td>{formatFigure(measure, values[measure.id] ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** The pack outcome a share measure counts; undefined for other measures. */
function outcomeOf(measure: LessonMeasure) {
  if (measure.outcome === undefined) return undefined;
  return axisPack.outcomes.find((outcome) => outcome.id === measure.outcome);
}

/** The definition of the pack outcome a share measure counts; undefined for other measures. */
function outcomeDefinition(measure: LessonMeasure): string | undefined {
  return outcomeOf(measure)?.description;
}

/** How far an estimate was from the measured figure, in percentage points or days. */
function offBy(measure: LessonMeasure, estimate: number, value: number | null): string {
  if (value === null) return 'The model never reached it.';
  const measured = measure.firstDay ? value : value * 100;
  const gap = Math.round(Math.abs(estimate - measured) * 10) / 10;
  if (gap === 0) return 'Exactly what the model measured.';
  const unit = measure.firstDay ? (gap === 1 ? 'day' : 'days') : gap === 1 ? 'point' : 'points';
  const side = measure.firstDay
    ? estimate > measured
      ? 'later than'
      : 'earlier than'
    : estimate > measured
      ? 'above'
      : 'below';
  return `${gap} ${unit} ${side} the model.`;
}
