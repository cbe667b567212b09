import type { Rung } from './rungs.js';

/** A rung of the ladder in plain words: a short name and what standing on it means (DESIGN §2). */
export interface RungWords {
  /** A few words, lower case: `enabling others' fire`. */
  name: string;
  /** One sentence: what an actor on this rung does. */
  meaning: string;
}

/** The ladder in plain words, rung by rung: one source for every face that shows a rung. */
export const RUNG_GLOSSARY: Readonly<Record<Rung, RungWords>> = {
  dormant: { name: 'not involved', meaning: 'Not involved.' },
  political: {
    name: 'political backing',
    meaning: 'Political and moral backing: statements, diplomacy.',
  },
  material: {
    name: 'arms and money',
    meaning: 'Arms, money, intelligence, training; shows of force.',
  },
  indirect: {
    name: "enabling others' fire",
    meaning:
      "Military pressure through others, or deniable sporadic fire: enabling allied groups' rocket and drone attacks. The first rung at which force is used.",
  },
  limited: {
    name: 'open, bounded strikes',
    meaning:
      'Its own forces strike openly but bounded and calibrated: retaliation, cross-border exchanges within the "rules of the game".',
  },
  direct: {
    name: 'a sustained campaign',
    meaning: 'A sustained direct military campaign against an adversary.',
  },
  war: { name: 'all-out war', meaning: 'All-out war.' },
};
