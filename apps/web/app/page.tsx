import { scenarioSummary } from '@brink/core';
import { axisPack, scenarios } from '@brink/data';
import Link from 'next/link';
import { ProvenanceBadge } from '../src/components/ProvenanceBadge';
import { isQuoted, packRules, sourceHref } from '../src/lib/rules';
import { runHref } from '../src/lib/runParams';

// The article's central claim: the ceiling it states for the sponsor of the Axis.
const CLAIM_FIELD = 'iran.ceiling';

export default function HomePage() {
  const claim = packRules(axisPack).find((rule) => rule.field === CLAIM_FIELD);
  const source = axisPack.sources[0]!;
  return (
    <div className="home">
      <section className="intro">
        <h1>How far will each side go?</h1>
        <p className="lede">
          Brink runs a crisis day by day: each actor climbs or steps down a seven-rung escalation
          ladder, from political backing to all-out war, as its posture and the others’ moves push
          it. Every move comes with its reason, down to the sentence of the article the rule rests
          on, so you can ask “why did Iran do that?” and check the answer against the source.
        </p>
      </section>

      {claim && isQuoted(claim.provenance) && (
        <section className="claim" aria-labelledby="claim-title">
          <h2 id="claim-title">The article’s central claim</h2>
          <blockquote>
            <p>“{claim.provenance.quote}.”</p>
            <footer>
              {source.publisher}, {source.published}, paragraph {claim.provenance.paragraph}{' '}
              <ProvenanceBadge kind={claim.provenance.kind} />
            </footer>
          </blockquote>
          <p>
            In the model this is Iran’s <strong>ceiling</strong>: it stops at the <em>indirect</em>{' '}
            rung — enabling its allies’ rocket and drone attacks — unless a red line is crossed.{' '}
            <Link href={sourceHref({ rule: CLAIM_FIELD })}>Read it in the article</Link> and see
            every rule that rests on it.
          </p>
          <p className="caveat">{source.caveat}</p>
        </section>
      )}

      <section className="lessons-teaser" aria-labelledby="lessons-title">
        <h2 id="lessons-title">Lessons</h2>
        <p>
          Guided lessons ask one question each — why doesn’t Iran intervene? what does a ceasefire
          do? — and have you commit to a prediction before the model answers it.{' '}
          <Link href="/lessons">Start a lesson</Link> or open the{' '}
          <Link href="/teacher">teacher view</Link>.
        </p>
      </section>

      <section className="lessons-teaser" aria-labelledby="montecarlo-title">
        <h2 id="montecarlo-title">Monte Carlo</h2>
        <p>
          One run is a story; a thousand show the odds.{' '}
          <Link href="/batch?scenario=baseline&runs=1000&seed=42">Run a scenario 1,000 times</Link>{' '}
          for the share of runs ending in each outcome, see{' '}
          <Link href="/sensitivity?scenario=strike-on-iran&param=iran.params.riskAversion&values=0%3A3%3A0.25&runs=100&seed=42&outcome=iran-direct">
            which parameter moves those odds
          </Link>
          , or{' '}
          <Link href="/compare?a=baseline&b=strike-on-iran&runs=1000&seed=42">
            compare two scenarios
          </Link>{' '}
          side by side.
        </p>
      </section>

      <section aria-labelledby="gallery-title">
        <h2 id="gallery-title">Scenarios</h2>
        <ul className="gallery">
          {Object.values(scenarios).map((scenario) => (
            <li key={scenario.id} className="card">
              <h3>
                <Link href={runHref(scenario.id)}>{scenario.title}</Link>
              </h3>
              <p>{scenarioSummary(scenario)}</p>
              <ul className="tags" aria-label="Tags">
                {scenario.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
              <p className="card-meta">
                {scenario.horizon} days · {scenario.injects.length} scripted event
                {scenario.injects.length === 1 ? '' : 's'}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
