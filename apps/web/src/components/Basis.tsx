import type { FieldProvenance } from '@brink/core';
import Link from 'next/link';
import { isQuoted, sourceHref } from '../lib/rules';
import { ProvenanceBadge } from './ProvenanceBadge';

/** One provenance of a rule: its field, its kind, the quote or the modeller's reason. */
export function Basis({ basis }: { basis: FieldProvenance }) {
  const inPack = !basis.field.startsWith('scenario.');
  return (
    <li className="basis">
      <div className="basis-head">
        <code>{basis.field}</code> <ProvenanceBadge kind={basis.kind} />
        {isQuoted(basis) && <span className="para">¶{basis.paragraph}</span>}
      </div>
      {basis.kind === 'assumption' && <p className="basis-why">{basis.why}</p>}
      {basis.kind === 'recorded' && (
        <p className="basis-why">
          Recorded ({basis.record}: {basis.events.join(', ')}): {basis.reasoning}
        </p>
      )}
      {isQuoted(basis) && (
        <>
          <blockquote className="basis-quote">“{basis.quote}”</blockquote>
          {basis.kind === 'inferred' && <p className="basis-why">Inferred: {basis.reasoning}</p>}
        </>
      )}
      {inPack && (
        <Link className="basis-link" href={sourceHref({ rule: basis.field })}>
          {basis.kind === 'assumption'
            ? 'See this rule beside the article'
            : basis.kind === 'recorded'
              ? 'See the events of the record it rests on'
              : 'Open the passage in the article'}
        </Link>
      )}
    </li>
  );
}
