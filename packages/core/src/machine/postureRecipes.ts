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

/** Recipe for a `DAY`: note the day, start mobilising, drop a red-line lift that ran out. */
export function observeDay(
  draft: Draft<PostureContext>,
  event: PostureEvent,
  rules: MachineRules,
): void {
  if (event.type !== 'DAY') return;
  if (startsMobilising(rules, draft, event.drive)) draft.mobilisingSince = event.day;
  draft.day = event.day;
  if (draft.lift && event.day >= draft.lift.until) draft.lift = null;
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
  if (!current || current.until <= event.day || rung > current.rung) {
    draft.lift = { rung, until: event.until, redLine: event.redLine };
  } else if (rung === current.rung && event.until > current.until) {
    draft.lift = { rung, until: event.until, redLine: event.redLine };
  }
}

/** Every action of a posture machine, by the name its transitions use. */
export const POSTURE_RECIPES = { observeDay, markChange, liftCeiling } satisfies Record<
  string,
  PostureRecipe
>;

/** The name of a posture machine action. */
export type PostureAction = keyof typeof POSTURE_RECIPES;
