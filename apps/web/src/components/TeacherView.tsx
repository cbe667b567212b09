import { formatCount, type Lesson } from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import Link from 'next/link';
import { experimentBatchHref, experimentRunHref, lessonHref } from '../lib/lessonView';
import { packRules, sourceHref } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

const rulesByField = new Map(packRules(axisPack).map((rule) => [rule.field, rule]));

/**
 * Every lesson for the teacher: its goal, what students predict, the scenarios it runs (each
 * with links to the runner and to the batch), the rules it rests on and its questions.
 */
export function TeacherView({ lessons }: { lessons: readonly Lesson[] }) {
  return (
    <div className="teacher-page">
      <h1>Teacher view</h1>
      <p className="lede">
        The lessons at a glance. Each runs built-in scenarios with fixed seeds, so every student who
        runs a lesson sees the same figures, and so do you when you open its runs or batches here.
        Students’ progress is kept in their own browsers; nothing is sent anywhere.
      </p>
      <p className="caveat">{axisPack.sources[0]!.caveat}</p>
      {lessons.map((lesson) => (
        <section key={lesson.id} className="teacher-lesson" aria-labelledby={`t-${lesson.id}`}>
          <h2 id={`t-${lesson.id}`}>
            {lesson.order}. <Link href={lessonHref(lesson.id)}>{lesson.title}</Link>
          </h2>
          <dl>
            <dt>Goal</dt>
            <dd>{lesson.goal}</dd>
            <dt>Students predict</dt>
            <dd>
              {lesson.prediction.question}
              {lesson.prediction.choices && (
                <ul>
                  {lesson.prediction.choices.map((choice) => (
                    <li key={choice.id}>{choice.label}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Scenarios</dt>
            <dd>
              <ul className="teacher-scenarios">
                {lesson.experiments.map((experiment) => (
                  <li key={experiment.id}>
                    <strong>{scenarios[experiment.scenario]?.title ?? experiment.scenario}</strong>{' '}
                    (<code>{experiment.scenario}</code>, {formatCount(experiment.runs, 'run')}, seed{' '}
                    {experiment.seed}):{' '}
                    <Link href={experimentRunHref(experiment)} prefetch={false}>
                      open in the runner
                    </Link>
                    {' · '}
                    <Link href={experimentBatchHref(experiment)} prefetch={false}>
                      open the batch
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Rules it rests on</dt>
            <dd>
              <ul className="teacher-rules">
                {lesson.rules.map((field) => {
                  const rule = rulesByField.get(field);
                  return (
                    <li key={field}>
                      <Link href={sourceHref({ rule: field })}>
                        <code>{field}</code>
                      </Link>{' '}
                      {rule && <ProvenanceBadge kind={rule.provenance.kind} />}
                    </li>
                  );
                })}
              </ul>
            </dd>
            <dt>Discussion</dt>
            <dd>
              <ol>
                {lesson.discussion.map((question) => (
                  <li key={question.slice(0, 40)}>{question}</li>
                ))}
              </ol>
            </dd>
          </dl>
        </section>
      ))}
    </div>
  );
}
