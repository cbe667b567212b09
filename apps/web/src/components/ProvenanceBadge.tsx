import { PROVENANCE_GLOSSARY, type Provenance } from '@brink/core';

/** The provenance kind of a rule as a labelled badge; its text, not only its colour, tells it. */
export function ProvenanceBadge({ kind }: { kind: Provenance['kind'] }) {
  return (
    <span
      className={`badge badge-${kind}`}
      title={`${kind.charAt(0).toUpperCase()}${kind.slice(1)}: ${PROVENANCE_GLOSSARY[kind].meaning}`}
    >
      {kind}
    </span>
  );
}
