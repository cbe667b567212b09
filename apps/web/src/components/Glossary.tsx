import {
  FIELD_GLOSSARY,
  type Pack,
  PROVENANCE_GLOSSARY,
  provenanceFields,
  RUNG_GLOSSARY,
  RUNGS,
} from '@brink/core';
import { ProvenanceBadge } from './ProvenanceBadge';

const KINDS = ['stated', 'inferred', 'recorded', 'assumption'] as const;

/** Plain words for a field key of the glossary: the last part, as files and the editor name it. */
function fileName(key: string): string {
  return key.split('.').at(-1)!;
}

/**
 * The glossary: the rungs of the ladder, the pack's actors and outcomes, every posture parameter
 * and world setting (plain name, unit, range, what it does) and the kinds of provenance — the
 * words core and the pack give, in one place, each term with an anchor (`#rung-indirect`).
 */
export function Glossary({ pack }: { pack: Pack }) {
  const kinds = [...provenanceFields(pack).values()].map((provenance) => provenance.kind);
  const fields = Object.entries(FIELD_GLOSSARY);
  return (
    <div className="glossary">
      <h1>Glossary</h1>
      <p className="lede">
        The words the lessons, the runner and the charts use, in plain terms. Every number in the
        model is an assumption you can change; what a word means here is what it does in the model.
      </p>
      <nav aria-label="Sections of the glossary" className="glossary-toc">
        <a href="#ladder">The ladder</a> · <a href="#actors">Actors</a> ·{' '}
        <a href="#outcomes">Outcomes</a> · <a href="#parameters">Parameters and settings</a> ·{' '}
        <a href="#provenance">Where a rule comes from</a>
      </nav>

      <section aria-labelledby="ladder">
        <h2 id="ladder">The ladder</h2>
        <p>
          Every actor stands on one rung of a shared ladder: the highest form of its own
          involvement. From the indirect rung up, it uses force.
        </p>
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">Rung</th>
              <th scope="col">In plain words</th>
              <th scope="col">What it means</th>
            </tr>
          </thead>
          <tbody>
            {RUNGS.map((rung, i) => (
              <tr key={rung} id={`rung-${rung}`}>
                <th scope="row">
                  {i}. {rung}
                </th>
                <td>{RUNG_GLOSSARY[rung].name}</td>
                <td>{RUNG_GLOSSARY[rung].meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="actors">
        <h2 id="actors">Actors</h2>
        <dl className="glossary-list">
          {pack.actors.map((actor) => (
            <div key={actor.id} id={`actor-${actor.id}`}>
              <dt>{actor.name}</dt>
              <dd>{actor.summary}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="outcomes">
        <h2 id="outcomes">Outcomes</h2>
        <p>
          An outcome is a condition over a whole run. A batch reports the share of runs in which it
          held: a property of the model’s assumptions, not a forecast.
        </p>
        <dl className="glossary-list">
          {pack.outcomes.map((outcome) => (
            <div key={outcome.id} id={`outcome-${outcome.id}`}>
              <dt>
                {outcome.label} <ProvenanceBadge kind={outcome.provenance.kind} />
              </dt>
              <dd>{outcome.description}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="parameters">
        <h2 id="parameters">Parameters and settings</h2>
        <p>
          Each actor’s posture holds these, and the world settings hold for every actor. The last
          column is the name the scenario editor and the files use.
        </p>
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Unit or scale</th>
              <th scope="col">Range</th>
              <th scope="col">What it does</th>
              <th scope="col">In files</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(([key, words]) => (
              <tr key={key} id={`field-${key}`}>
                <th scope="row">
                  {words.name}
                  {key.startsWith('world.') && <span className="muted"> (world)</span>}
                </th>
                <td>{words.unit}</td>
                <td>{words.range}</td>
                <td>{words.description}</td>
                <td>
                  <code>{fileName(key)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="provenance">
        <h2 id="provenance">Where a rule comes from</h2>
        <p>Every rule of the model carries its provenance, shown as a badge wherever it is used.</p>
        <dl className="glossary-list">
          {KINDS.map((kind) => (
            <div key={kind} id={`provenance-${kind}`}>
              <dt>
                <ProvenanceBadge kind={kind} />{' '}
                <span className="muted">
                  {kinds.filter((found) => found === kind).length} rules of this pack
                </span>
              </dt>
              <dd>
                {PROVENANCE_GLOSSARY[kind].meaning} It carries: {PROVENANCE_GLOSSARY[kind].carries}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
