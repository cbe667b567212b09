import type { Provenance } from './types.js';

/** A provenance kind in plain words. */
export interface ProvenanceWords {
  /** What the kind means, in one sentence. */
  meaning: string;
  /** What a field of this kind carries to show where it comes from. */
  carries: string;
}

/** The four provenance kinds in plain words: one source for badges, glossaries and docs. */
export const PROVENANCE_GLOSSARY: Readonly<Record<Provenance['kind'], ProvenanceWords>> = {
  stated: {
    meaning: 'The article says it, in the words quoted.',
    carries: 'The paragraph number and a verbatim quote.',
  },
  inferred: {
    meaning:
      'Reasoned from a sentence of the article: the fact or direction is the article’s, the number the modeller’s.',
    carries: 'The paragraph, a verbatim quote and one line of reasoning.',
  },
  recorded: {
    meaning: 'Calibrated to the public record of what happened after the article.',
    carries: 'The record, the events it rests on, and how the value is read from them.',
  },
  assumption: {
    meaning: 'The modeller’s choice, which the article does not give; editable.',
    carries: 'One line saying why.',
  },
};
