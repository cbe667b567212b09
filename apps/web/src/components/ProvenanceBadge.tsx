import type { Provenance } from '@brink/core';

const TITLES: Record<Provenance['kind'], string> = {
  stated: 'Stated: the article says it, in the words quoted',
  inferred: 'Inferred: reasoned from the quoted sentence',
  assumption: 'Assumption: the modeller’s choice, editable',
};

/** The provenance kind of a rule as a labelled badge; its text, not only its colour, tells it. */
export function ProvenanceBadge({ kind }: { kind: Provenance['kind'] }) {
  return (
    <span className={`badge badge-${kind}`} title={TITLES[kind]}>
      {kind}
    </span>
  );
}
