import type { Lesson } from '@brink/core';
import { axisPack, publicRecords } from '@brink/data';
import Link from 'next/link';
import { packRules, sourceHref } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

const rulesByField = new Map(packRules(axisPack).map((rule) => [rule.field, rule]));
const source = axisPack.sources[0]!;

/**
 * A lesson's context: its introduction, the article's passages (each with its paragraph, the rule
 * resting on it and that rule's provenance, linked to the source view), the events of the public
 * record it sets the model against, and the model's rules the lesson rests on, assumptions
 * included — every rule named in plain words, with a link to the glossary.
 */
export function LessonContext({ lesson }: { lesson: Lesson }) {
  const cited = lesson.context.record;
  const record = cited ? publicRecords[cited.id] : undefined;
  const events =
    cited && record ? cited.events.flatMap((id) => record.events.filter((e) => e.id === id)) : [];
  return (
    <>
      <p>{lesson.context.intro}</p>
      <ul className="lesson-quotes">
        {lesson.context.quotes.map((quote) => {
          const rule = quote.rule ? rulesByField.get(quote.rule) : undefined;
          return (
            <li key={`${quote.paragraph}:${quote.quote}`}>
              <blockquote>
                <p>“{quote.quote}”</p>
              </blockquote>
              <div className="quote-meta">
                <Link
                  href={sourceHref(
                    quote.rule ? { rule: quote.rule } : { paragraph: quote.paragraph },
                  )}
                >
                  {source.publisher}, paragraph {quote.paragraph}
                </Link>
                {rule ? (
                  <>
                    {' · the rule resting on it: '}
                    <span className="rule-name">{rule.name}</span>{' '}
                    <ProvenanceBadge kind={rule.provenance.kind} />
                  </>
                ) : (
                  <>
                    {' · '}
                    <span className="muted">the article’s words; no rule rests on them alone</span>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {events.length > 0 && (
        <>
          <h3>What happened: the public record</h3>
          <ul className="lesson-record">
            {events.map((event) => (
              <li key={event.id} data-event={event.id}>
                <span className="record-date">
                  {event.date} (day {event.day})
                </span>{' '}
                {event.action}
                {event.status === 'contested' && event.disagreement && (
                  <span className="record-contested"> Contested: {event.disagreement}</span>
                )}{' '}
                <span className="muted">
                  {event.sources.map((src, i) => (
                    <span key={src.url}>
                      {i > 0 ? '; ' : ''}
                      <a href={src.url} rel="noreferrer noopener" target="_blank">
                        {src.outlet}
                      </a>
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">
            The whole record, and the model scored against it month by month, is on the{' '}
            <Link href="/hindcast" prefetch={false}>
              hindcast page
            </Link>
            .
          </p>
        </>
      )}
      <h3>The model’s rules behind this lesson</h3>
      <ul className="lesson-rules">
        {lesson.rules.map((field) => {
          const rule = rulesByField.get(field);
          if (!rule) return null;
          const { provenance } = rule;
          return (
            <li key={field}>
              <Link href={sourceHref({ rule: field })}>{rule.name}</Link>{' '}
              <ProvenanceBadge kind={provenance.kind} />{' '}
              <span className="rule-summary">{rule.value}</span>
              <div className="basis-why">
                {provenance.kind === 'assumption'
                  ? provenance.why
                  : provenance.kind === 'recorded'
                    ? `Calibrated to the public record: ${provenance.reasoning}`
                    : provenance.kind === 'inferred'
                      ? `¶${provenance.paragraph} “${provenance.quote}” — ${provenance.reasoning}`
                      : `¶${provenance.paragraph} “${provenance.quote}”`}
              </div>
            </li>
          );
        })}
      </ul>
      <p className="muted">
        Words such as the rungs of the ladder, the outcomes and the kinds of source are explained in
        the{' '}
        <Link href="/glossary" prefetch={false}>
          glossary
        </Link>
        .
      </p>
    </>
  );
}
