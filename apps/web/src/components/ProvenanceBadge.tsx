import type { Provenance } from '@brink/core';

const TITLES: Record<Provenance['kind'], string> = {
  stated: 'Stated: the article says it, in the words quoted',
  inferred: 'Inferred: reasoned from the quoted sentence',
  recorded: 'Recorded: calibrated to the public record, on the events cited',
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
