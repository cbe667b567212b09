import { formatCount, type Lesson } from '@brink/core';
import { axisPack } from '@brink/data';

const source = axisPack.sources[0]!;

/**
 * A lesson as a student's printed handout, shown only in print: the goal, the article's passages,
 * the question with its choices to tick (or a line for the estimate), what the lesson runs, room
 * to write what the model did, and the discussion questions. It leaves the answers out: the
 * model's figures and the reveal are for the class to find.
 */
export function LessonHandout({ lesson }: { lesson: Lesson }) {
  const { prediction } = lesson;
  return (
    <article className="lesson-handout print-only" aria-hidden="true">
      <h1>
        Lesson {lesson.order}: {lesson.title}
      </h1>
      <p className="handout-name">Name: ______________________ Date: ____________</p>
      <h2>Goal</h2>
      <p>{lesson.goal}</p>
      <h2>What the article says</h2>
      <p>{lesson.context.intro}</p>
      {lesson.context.quotes.map((quote) => (
        <blockquote key={`${quote.paragraph}:${quote.quote}`}>
          “{quote.quote}”{' '}
          <span className="muted">
            ({source.publisher}, paragraph {quote.paragraph})
          </span>
        </blockquote>
      ))}
      <h2>Your prediction, before you run</h2>
      <p>{prediction.question}</p>
      {prediction.choices ? (
        <ul className="handout-choices">
          {prediction.choices.map((choice) => (
            <li key={choice.id}>☐ {choice.label}</li>
          ))}
        </ul>
      ) : (
        <p>My estimate: ______________</p>
      )}
      <h2>The runs</h2>
      <ul>
        {lesson.experiments.map((experiment) => (
          <li key={experiment.id}>
            {experiment.label}: {formatCount(experiment.runs, 'run')}, seed {experiment.seed}
          </li>
        ))}
      </ul>
      <h2>What the model did</h2>
      <div className="handout-lines" />
      <h2>Discuss</h2>
      <ol>
        {lesson.discussion.map((question) => (
          <li key={question.slice(0, 40)}>{question}</li>
        ))}
      </ol>
    </article>
  );
}
