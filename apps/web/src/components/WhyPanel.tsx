'use client';

import {
  type Actor,
  type AttackChoice,
  agree,
  CHOICE_RULE_LABELS,
  DECISION_VALUE_LABELS,
  type Decision,
  describeChoice,
  type FieldProvenance,
  moveVerb,
  type Trace,
} from '@brink/core';
import { memo } from 'react';
import { type ActorView, shortName } from '../lib/actors';
import { formatDecisionValue, isDriveTerm, RULE_LABELS } from '../lib/format';
import { activeLift, choicesOn, decisionsOn, lastDecision } from '../lib/traceData';
import { Basis } from './Basis';

/**
 * One decision and what it rests on. Memoised: while playing, the panel shows the same decision
 * day after day until the actor moves again, and its provenance is the panel's largest part.
 */
const DecisionView = memo(function DecisionView({
  decision,
  actor,
  name,
}: {
  decision: Decision;
  actor: Actor;
  name: string;
}) {
  // What the rule compared (the drive and what it had to reach or stay above, the ceiling, the
  // move's cause then and now), then the drive's other terms that are not zero.
  const values = Object.entries(decision.values);
  const compared = values.filter(([key]) => !isDriveTerm(key));
  const terms = values.filter(([key, value]) => isDriveTerm(key) && value !== 0);
  return (
    <div className="decision">
      <p className="decision-head">
        {name} {moveVerb(actor, decision)} <strong>{decision.from}</strong> →{' '}
        <strong>{decision.to}</strong>
      </p>
      <p className="rule">
        Rule: <code>{decision.rule}</code> — {RULE_LABELS[decision.rule] ?? decision.rule}
      </p>
      <p className="why-text">Because {decision.why}.</p>
      <table className="values">
        <caption className="visually-hidden">Values the rule compared</caption>
        <tbody>
          {compared.map(([key, value]) => (
            <tr key={key} className="compared">
              <th scope="row">{DECISION_VALUE_LABELS[key] ?? key}</th>
              <td>{formatDecisionValue(key, value)}</td>
            </tr>
          ))}
          {terms.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{DECISION_VALUE_LABELS[key] ?? key}</th>
              <td>{formatDecisionValue(key, value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>What it rests on</h4>
      <ul className="bases">
        {decision.provenance.map((basis) => (
          <Basis key={basis.field} basis={basis} />
        ))}
      </ul>
    </div>
  );
});

/**
 * The day's attack choices that concern the actor (initiative, interception, linkage), each in
 * core's words with the numbers it used, then the posture fields they rest on, each once.
 */
const ChoicesView = memo(function ChoicesView({ choices }: { choices: readonly AttackChoice[] }) {
  const bases = new Map<string, FieldProvenance>();
  for (const choice of choices) {
    for (const basis of choice.provenance)
      if (!bases.has(basis.field)) bases.set(basis.field, basis);
  }
  return (
    <div className="choices" data-testid="why-choices">
      <h4>Attack choices today</h4>
      <ul className="choice-list">
        {choices.map((choice, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a day's choices have no id and never reorder
          <li key={i} className="choice">
            <span className={`choice-rule choice-${choice.rule}`}>
              {CHOICE_RULE_LABELS[choice.rule]}
            </span>{' '}
            {describeChoice(choice)}
          </li>
        ))}
      </ul>
      <h4>What {choices.length > 1 ? 'they rest' : 'it rests'} on</h4>
      <ul className="bases">
        {[...bases.values()].map((basis) => (
          <Basis key={basis.field} basis={basis} />
        ))}
      </ul>
    </div>
  );
});

/** Why the selected actor stands where it does on the selected day. */
export function WhyPanel({
  trace,
  actor,
  day,
  playing = false,
}: {
  trace: Trace;
  actor: ActorView;
  day: number;
  /** While playing, the panel changes every tick: screen readers are not told each change. */
  playing?: boolean;
}) {
  const name = shortName(actor.name);
  const today = decisionsOn(trace, actor.id, day);
  const last = today.length === 0 ? lastDecision(trace, actor.id, day) : null;
  const rung = trace.days[day]?.rungs[actor.id];
  const lift = activeLift(trace, actor.id, day);
  const crossings =
    trace.days[day]?.redLines.filter((crossing) => crossing.actor === actor.id) ?? [];
  const attacks = (trace.days[day]?.events ?? []).filter(
    (event) => event.type === 'attack' && (event.from === actor.id || event.to === actor.id),
  );
  const choices = choicesOn(trace, actor.id, day);
  const posture = actor.actor.posture;
  const packActor = actor.actor;

  return (
    <section
      className="why"
      aria-labelledby="why-title"
      aria-live={playing ? 'off' : 'polite'}
      data-testid="why"
    >
      <h2 id="why-title">
        Why: {name} on day {day}
      </h2>
      <p className="why-status">
        At <strong data-testid="why-rung">{rung}</strong> · ceiling{' '}
        <strong>{posture.ceiling.value}</strong>
        {lift && (
          <>
            {' '}
            ·{' '}
            <span className="lifted">
              red line in force: lifted to {lift.lift} until day {lift.until}
            </span>
          </>
        )}
      </p>
      {crossings.map((crossing) => (
        <div key={crossing.redLine} className="crossing">
          <p>
            <strong>Red line crossed:</strong> {crossing.label}. Ceiling lifted to{' '}
            <strong>{crossing.lift}</strong> until day {crossing.until}.
          </p>
          <ul className="bases">
            {crossing.provenance.map((basis) => (
              <Basis key={basis.field} basis={basis} />
            ))}
          </ul>
        </div>
      ))}
      {today.length > 0 ? (
        today.map((decision) => (
          <DecisionView
            key={`${decision.from}-${decision.to}`}
            decision={decision}
            actor={packActor}
            name={name}
          />
        ))
      ) : last ? (
        <>
          <p className="holds">
            No change today: {name} {agree(packActor, 'has', 'have')} held <strong>{rung}</strong>{' '}
            since day {last.day}. That day:
          </p>
          <DecisionView decision={last.decision} actor={packActor} name={name} />
        </>
      ) : (
        <>
          <p className="holds">
            No change yet: {name} {agree(packActor, 'is', 'are')} at{' '}
            {agree(packActor, 'its', 'their')} starting rung, <strong>{posture.start.value}</strong>
            .
          </p>
          <ul className="bases">
            <Basis basis={{ field: `${actor.id}.start`, ...posture.start.provenance }} />
          </ul>
        </>
      )}
      {choices.length > 0 && <ChoicesView choices={choices} />}
      {attacks.length > 0 && (
        <>
          <h4>Attacks today</h4>
          <ul className="attacks">
            {attacks.map((event, i) =>
              event.type === 'attack' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a day's attacks have no id and never reorder
                <li key={i}>
                  {event.from} → {event.to}: {event.means} on {event.target}, severity{' '}
                  {event.severity.toFixed(2)}, at {event.rung}
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
    </section>
  );
}
