'use client';

import { formatCount, type Lesson, type LessonFigures } from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { experimentBatchHref, experimentRunHref, lessonHref } from '../lib/lessonView';
import { packRules, sourceHref } from '../lib/rules';
import { AnswerKey } from './AnswerKey';
import { ClassResults } from './ClassResults';
import { ProvenanceBadge } from './ProvenanceBadge';

const rulesByField = new Map(packRules(axisPack).map((rule) => [rule.field, rule]));

/**
 * Every lesson for the teacher: its goal, what students predict, the scenarios it runs (each
 * with links to the runner and to the batch), its answer key (computed here on demand), the
 * rules it rests on and its questions; and the class, read from the result codes students copy.
 */
export function TeacherView({ lessons }: { lessons: readonly Lesson[] }) {
  const [answers, setAnswers] = useState<Record<string, LessonFigures>>({});
  const keep = useCallback(
    (id: string) => (figures: LessonFigures) =>
      setAnswers((before) => ({ ...before, [id]: figures })),
    [],
  );
  return (
    <div className="teacher-page">
      <h1>Teacher view</h1>
      <p className="lede">
        The lessons at a glance. Each runs built-in scenarios with fixed seeds, so every student who
        runs a lesson sees the same figures, and so do you when you open its runs or batches here.
        Students’ progress is kept in their own browsers; nothing is sent anywhere. Print this page
        for your copy with the answers you computed; print a lesson’s page for the students’
        handout, which leaves them out.
      </p>
      <nav aria-label="Lessons on this page" className="teacher-toc">
        <a href="#class-title">Your class</a>
        {lessons.map((lesson) => (
          <a key={lesson.id} href={`#t-${lesson.id}`}>
            {lesson.order}. {lesson.title}
          </a>
        ))}
      </nav>
      <ClassResults lessons={lessons} answers={answers} />
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
                      <Link href={sourceHref({ rule: field })}>{rule?.name ?? field}</Link>{' '}
                      {rule && <ProvenanceBadge kind={rule.provenance.kind} />}{' '}
                      <code className="teacher-field">{field}</code>
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
          <AnswerKey lesson={lesson} onFigures={keep(lesson.id)} />
        </section>
      ))}
    </div>
  );
}
