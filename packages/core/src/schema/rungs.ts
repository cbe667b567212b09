/** The escalation ladder shared by every actor, lowest first (DESIGN §2). Ids are stable. */
export const RUNGS = [
  'dormant',
  'political',
  'material',
  'indirect',
  'limited',
  'direct',
  'war',
] as const;

/** One rung of the ladder. */
export type Rung = (typeof RUNGS)[number];

/** The first rung at which an actor uses force (its own or through others' fire). */
export const FIRST_MILITARY_RUNG: Rung = 'indirect';

const INDEX: Readonly<Record<Rung, number>> = Object.fromEntries(
  RUNGS.map((rung, index) => [rung, index]),
) as Record<Rung, number>;

/** The position of a rung on the ladder, 0 for `dormant` to 6 for `war`. */
export function rungIndex(rung: Rung): number {
  return INDEX[rung];
}

/** The rung at a ladder position; positions outside the ladder are clamped to its ends. */
export function rungAt(index: number): Rung {
  const clamped = Math.max(0, Math.min(RUNGS.length - 1, Math.trunc(index)));
  return RUNGS[clamped]!;
}
