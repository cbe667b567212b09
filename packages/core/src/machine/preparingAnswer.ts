import type { PostureContext } from './decisionRules.js';

/**
 * Whether an actor is preparing an answer on `day`: a red line has lifted its ceiling, the lift
 * is in force, and the answer it calls for is not yet made (MODEL.md, "Initiative": what an
 * adversary may pre-empt).
 */
export function preparingAnswer(context: Pick<PostureContext, 'lift'>, day: number): boolean {
  const lift = context.lift;
  return lift !== null && day < lift.until && lift.strikes !== 0;
}
