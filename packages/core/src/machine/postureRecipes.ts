import type { Draft } from 'immer';
import { rungIndex } from '../schema/rungs.js';
import { type MachineRules, type PostureContext, startsMobilising } from './decisionRules.js';
import type { PostureEvent } from './postureEvents.js';

/**
 * A posture machine's action, as a recipe on a draft of its context. Recipes only assign
 * top-level fields (never mutate nested objects), so they also run on a shallow copy.
 */
export type PostureRecipe = (
  draft: Draft<PostureContext>,
  event: PostureEvent,
  rules: MachineRules,
) => void;

/** Recipe for a `DAY`: note the day, start mobilising, drop a lift or a cap that ran out. */
export function observeDay(
  draft: Draft<PostureContext>,
  event: PostureEvent,
  rules: MachineRules,
): void {
  if (event.type !== 'DAY') return;
  if (startsMobilising(rules, draft, event.drive)) draft.mobilisingSince = event.day;
  draft.day = event.day;
  if (draft.lift && event.day >= draft.lift.until) draft.lift = null;
  if (draft.cap && event.day >= draft.cap.until) draft.cap = null;
}

/** Recipe for a rung change: remember the day it happened. */
export function markChange(draft: Draft<PostureContext>, event: PostureEvent): void {
  draft.since = event.day;
}

/** Recipe for a `RED_LINE`: lift the ceiling, keeping the higher and longer of two lifts. */
export function liftCeiling(draft: Draft<PostureContext>, event: PostureEvent): void {
  if (event.type !== 'RED_LINE') return;
  const rung = rungIndex(event.lift);
  const current = draft.lift;
  const lift = {
    rung,
    until: event.until,
    redLine: event.redLine,
    strikes: event.strikes,
    by: event.by ?? null,
    ceasefire: false,
  };
  if (!current || current.until <= event.day || rung > current.rung) {
    draft.lift = lift;
  } else if (rung === current.rung && event.until > current.until) {
    draft.lift = lift;
  }
}

/**
 * Recipe for an `ANSWER`: the attacks made above the ceiling count toward the answer the lift
 * allows; once it is made, the lift ends at the close of the day (closure), so the actor steps
 * back under its ceiling from the next day unless struck again.
 */
export function countAnswer(draft: Draft<PostureContext>, event: PostureEvent): void {
  if (event.type !== 'ANSWER') return;
  const lift = draft.lift;
  if (!lift || lift.strikes === null || lift.until <= event.day) return;
  const strikes = Math.max(0, lift.strikes - event.count);
  draft.lift = { ...lift, strikes, until: strikes === 0 ? event.day + 1 : lift.until };
}

/**
 * Recipe for a `YIELD`: cap the ceiling at the rung yielded to, never below the floor, keeping
 * the lower of two caps in force (the longer at the same rung).
 */
export function capCeiling(
  draft: Draft<PostureContext>,
  event: PostureEvent,
  rules: MachineRules,
): void {
  if (event.type !== 'YIELD') return;
  const rung = Math.max(rules.floor, rungIndex(event.cap));
  const current = draft.cap;
  if (
    !current ||
    current.until <= event.day ||
    rung < current.rung ||
    (rung === current.rung && event.until > current.until)
  ) {
    draft.cap = { rung, until: event.until };
  }
}

/**
 * Recipe for a `CEASEFIRE` whose parties include the attacker that crossed the lift's red line:
 * the answer is over from today, so the actor steps back under its ceiling (`fall`).
 */
export function endAnswer(draft: Draft<PostureContext>, event: PostureEvent): void {
  if (event.type !== 'CEASEFIRE' || !draft.lift) return;
  draft.lift = { ...draft.lift, until: event.day, ceasefire: true };
}

/** Recipe for a `CEASEFIRE`: note its day, from which a rung taken before it is not held by dwell. */
export function agreeCeasefire(draft: Draft<PostureContext>, event: PostureEvent): void {
  if (event.type !== 'CEASEFIRE') return;
  draft.truce = event.day;
}

/** Every action of a posture machine, by the name its transitions use. */
export const POSTURE_RECIPES = {
  observeDay,
  markChange,
  liftCeiling,
  countAnswer,
  capCeiling,
  endAnswer,
  agreeCeasefire,
} satisfies Record<string, PostureRecipe>;

/** The name of a posture machine action. */
export type PostureAction = keyof typeof POSTURE_RECIPES;
