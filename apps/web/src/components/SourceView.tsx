'use client';

import { formatCount } from '@brink/core';
import { axisPack, DEFAULT_RECORD_ID, getRecord } from '@brink/data';
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo } from 'react';
import { isQuoted, packRules, type Rule, rulesByParagraph, segmentParagraph } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

const source = axisPack.sources[0]!;
const rules = packRules(axisPack);
const byField = new Map(rules.map((rule) => [rule.field, rule]));
const byParagraph = rulesByParagraph(
  rules.filter(
    (rule) => isQuoted(rule.provenance) && (rule.provenance.source ?? source.id) === source.id,
  ),
);
const names = new Map(axisPack.actors.map((actor) => [actor.id, actor.name]));
const record = getRecord(DEFAULT_RECORD_ID);
const recordEvents = new Map(record.events.map((event) => [event.id, event]));

function RuleItem({ rule, current }: { rule: Rule; current: boolean }) {
  const { provenance } = rule;
  return (
    <li className={`rule-item${current ? ' current' : ''}`}>
      <div>
        <Link
          href={`/source?rule=${encodeURIComponent(rule.field)}`}
          aria-current={current ? 'true' : undefined}
        >
          {rule.name}
        </Link>{' '}
        <ProvenanceBadge kind={provenance.kind} />
        {isQuoted(provenance) && <span className="para">¶{provenance.paragraph}</span>}
      </div>
      <div className="rule-summary">{rule.value}</div>
      <div className="rule-field muted">
        In files and explanations: <code>{rule.field}</code>
      </div>
      {provenance.kind === 'inferred' && (
        <p className="basis-why">Inferred: {provenance.reasoning}</p>
      )}
      {provenance.kind === 'recorded' && (
        <p className="basis-why">Recorded: {provenance.reasoning}</p>
      )}
      {provenance.kind === 'assumption' && <p className="basis-why">{provenance.why}</p>}
    </li>
  );
}

/** The record's events a `recorded` rule rests on: date, actor, what happened, its status. */
function RecordedEvents({ ids, recordId }: { ids: readonly string[]; recordId: string }) {
  return (
    <ul className="recorded-events" data-testid="recorded-events">
      {ids.map((id) => {
        const event = recordId === record.id ? recordEvents.get(id) : undefined;
        return (
          <li key={id}>
            <code>{id}</code>
            {event && (
              <>
                {' '}
                — {event.date}, {names.get(event.actor) ?? event.actor}: {event.action}{' '}
                <span className="muted">({event.status})</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The article with every passage a rule rests on highlighted. A rule in the URL (`?rule=`) is
 * shown with its passage; clicking a passage (`?p=&at=`) lists the rules resting on it.
 */
export function SourceView() {
  const query = useSearchParams();
  const ruleId = query.get('rule');
  const rule = ruleId ? byField.get(ruleId) : undefined;
  const paragraphParam = query.get('p');
  const at = query.get('at');
  const paragraph =
    rule && isQuoted(rule.provenance)
      ? rule.provenance.paragraph
      : paragraphParam && /^\d+$/.test(paragraphParam)
        ? Number(paragraphParam)
        : null;

  const segments = useMemo(
    () =>
      source.paragraphs.map((text, i) =>
        segmentParagraph(
          text,
          (byParagraph.get(i + 1) ?? []).map((r) => ({
            quote: isQuoted(r.provenance) ? r.provenance.quote : '',
            field: r.field,
          })),
        ),
      ),
    [],
  );

  const selectedSegment =
    paragraph !== null && at !== null
      ? segments[paragraph - 1]?.find((s) => String(s.start) === at)
      : undefined;
  const quoted = rule && isQuoted(rule.provenance) ? rule.provenance : null;
  const listed: Rule[] = rule
    ? rules.filter(
        (other) =>
          other !== rule &&
          quoted !== null &&
          isQuoted(other.provenance) &&
          other.provenance.paragraph === quoted.paragraph &&
          other.provenance.quote === quoted.quote,
      )
    : selectedSegment
      ? selectedSegment.fields.map((field) => byField.get(field)!)
      : paragraph !== null
        ? (byParagraph.get(paragraph) ?? [])
        : [];

  useEffect(() => {
    document.querySelector('.passage.current')?.scrollIntoView({ block: 'center' });
  }, []);

  const problem =
    (ruleId && !rule) ||
    (paragraph !== null && (paragraph < 1 || paragraph > source.paragraphs.length))
      ? ruleId && !rule
        ? `There is no rule "${ruleId}" in the ${axisPack.id} pack.`
        : `The article has ${source.paragraphs.length} paragraphs; there is no paragraph ${paragraphParam}.`
      : null;
  const assumptions = rules.filter((r) => r.provenance.kind === 'assumption');
  const recorded = rules.filter((r) => r.provenance.kind === 'recorded');

  return (
    <div className="source-page">
      <article className="article" aria-labelledby="article-title">
        <h1 id="article-title">{source.title}</h1>
        <p className="source-meta">
          {source.publisher}, {source.published}. {source.attribution}
        </p>
        {source.caveat && <p className="caveat">{source.caveat}</p>}
        <p className="source-help">
          Highlighted passages are what the model’s rules rest on. Choose one to list its rules.
        </p>
        {segments.map((parts, i) => {
          const number = i + 1;
          return (
            <p
              key={number}
              id={`p${number}`}
              className={`paragraph${paragraph === number ? ' in-focus' : ''}`}
            >
              <span className="para-number">
                <span className="visually-hidden">Paragraph </span>
                {number}
              </span>
              {parts.map((segment) => {
                if (segment.fields.length === 0)
                  return <span key={segment.start}>{segment.text}</span>;
                const current = rule
                  ? segment.fields.includes(rule.field)
                  : selectedSegment === segment;
                return (
                  <Link
                    key={segment.start}
                    href={`/source?p=${number}&at=${segment.start}`}
                    className={`passage${current ? ' current' : ''}`}
                    scroll={false}
                    title={`${formatCount(segment.fields.length, 'rule')}: ${segment.fields.join(', ')}`}
                    data-fields={segment.fields.join(' ')}
                  >
                    {segment.text}
                  </Link>
                );
              })}
            </p>
          );
        })}
      </article>
      <aside className="source-side" aria-label="Rules">
        {problem && (
          <div className="problem" role="alert">
            <p>{problem}</p>
            <Link href="/source">Show the whole article</Link>
          </div>
        )}
        {rule ? (
          <>
            <h2>Rule</h2>
            <ul className="rule-list">
              <RuleItem rule={rule} current />
            </ul>
            {rule.provenance.kind === 'assumption' && (
              <p>
                This rule rests on no sentence of the article: it is the modeller’s assumption, and
                a scenario can change it.
              </p>
            )}
            {rule.provenance.kind === 'recorded' && (
              <>
                <p>
                  This rule rests on no sentence of the article: it is calibrated to the public
                  record ({rule.provenance.record}), on these events:
                </p>
                <RecordedEvents ids={rule.provenance.events} recordId={rule.provenance.record} />
              </>
            )}
            {quoted && (
              <blockquote className="basis-quote" data-testid="rule-quote">
                “{quoted.quote}” (¶{quoted.paragraph})
              </blockquote>
            )}
            {listed.length > 0 && (
              <>
                <h3>Also resting on this passage</h3>
                <ul className="rule-list">
                  {listed.map((other) => (
                    <RuleItem key={other.field} rule={other} current={false} />
                  ))}
                </ul>
              </>
            )}
          </>
        ) : listed.length > 0 ? (
          <>
            <h2>
              {selectedSegment
                ? 'Rules resting on this passage'
                : `Rules resting on paragraph ${paragraph}`}
            </h2>
            <ul className="rule-list" data-testid="passage-rules">
              {listed.map((other) => (
                <RuleItem key={other.field} rule={other} current={false} />
              ))}
            </ul>
          </>
        ) : (
          <>
            <h2>Rules and the article</h2>
            <p>
              {rules.length - assumptions.length - recorded.length} rules quote the article (stated
              or inferred); {recorded.length} are calibrated to the public record and{' '}
              {assumptions.length} are the modeller’s assumptions, both listed below.
            </p>
          </>
        )}
        <details className="assumptions" data-testid="recorded-rules">
          <summary>All {recorded.length} rules calibrated to the public record</summary>
          <ul className="rule-list">
            {recorded.map((other) => (
              <RuleItem key={other.field} rule={other} current={other === rule} />
            ))}
          </ul>
        </details>
        <details className="assumptions">
          <summary>All {assumptions.length} assumptions</summary>
          <ul className="rule-list">
            {assumptions.map((other) => (
              <RuleItem key={other.field} rule={other} current={other === rule} />
            ))}
          </ul>
        </details>
        <details className="assumptions" id="public-record">
          <summary>The public record the model is scored against</summary>
          <p>
            Besides the article, Brink keeps a record of what happened next: {record.events.length}{' '}
            dated events from {record.epoch} to {record.end}, each with the news reports it rests on
            (outlet, title, address), a status (confirmed by two outlets, single source, or
            contested, with the disagreement) and the rung it shows, with a one-line reason. The
            rung is the actor's standing then, the highest form of its own involvement; between
            events an actor stays where its last event put it.
          </p>
          <p>
            The shocks the model does not make itself (strikes on Iranian officers and Axis leaders,
            US retaliation, ceasefires) are scripted on their real days in the hindcast scenario;
            everything else is the model's, and it is scored month by month and against{' '}
            {record.facts.length} stylised facts:{' '}
            <Link href="/hindcast?runs=100&seed=42">Model vs record</Link>.
          </p>
          <p className="basis-why">Limits: {record.limits}</p>
        </details>
      </aside>
    </div>
  );
}
