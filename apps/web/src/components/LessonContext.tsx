import type { Lesson } from '@brink/core';
import { axisPack } from '@brink/data';
import Link from 'next/link';
import { packRules, sourceHref } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

const rulesByField = new Map(packRules(axisPack).map((rule) => [rule.field, rule]));
const source = axisPack.sources[0]!;

/**
 * A lesson's context: its introduction, the article's passages (each with its paragraph, the rule
 * resting on it and that rule's provenance, linked to the source view) and the model's rules the
 * lesson rests on, assumptions included.
 */
export function LessonContext({ lesson }: { lesson: Lesson }) {
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
                    {' · rule '}
                    <code>{rule.field}</code> <ProvenanceBadge kind={rule.provenance.kind} />
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
      <h3>The model’s rules behind this lesson</h3>
      <ul className="lesson-rules">
        {lesson.rules.map((field) => {
          const rule = rulesByField.get(field);
          if (!rule) return null;
          const { provenance } = rule;
          return (
            <li key={field}>
              <Link href={sourceHref({ rule: field })}>
                <code>{field}</code>
              </Link>{' '}
              <ProvenanceBadge kind={provenance.kind} />{' '}
              <span className="rule-summary">{rule.summary}</span>
              <div className="basis-why">
                {provenance.kind === 'assumption'
                  ? provenance.why
                  : provenance.kind === 'recorded'
                    ? `Recorded (${provenance.events.join(', ')}): ${provenance.reasoning}`
                    : provenance.kind === 'inferred'
                      ? `¶${provenance.paragraph} “${provenance.quote}” — ${provenance.reasoning}`
                      : `¶${provenance.paragraph} “${provenance.quote}”`}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
