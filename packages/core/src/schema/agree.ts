import { rungIndex } from './rungs.js';
import type { Actor, Decision } from './types.js';

/**
 * The form of a word that agrees with an actor's name: `plural` for an actor whose pack marks its
 * name plural ("X militias"), `singular` otherwise.
 *
 * @example
 * agree(actor, 'stands', 'stand'); // 'stand' for a plural name, 'stands' otherwise
 */
export function agree(
  actor: Pick<Actor, 'plural'> | undefined,
  singular: string,
  plural: string,
): string {
  return actor?.plural ? plural : singular;
}

/** The verb of a rung change, agreeing with the actor: `rises`/`rise` up, `steps down`/`step down`. */
export function moveVerb(
  actor: Pick<Actor, 'plural'> | undefined,
  decision: Pick<Decision, 'from' | 'to'>,
): string {
  return rungIndex(decision.to) > rungIndex(decision.from)
    ? agree(actor, 'rises', 'rise')
    : agree(actor, 'steps down', 'step down');
}
