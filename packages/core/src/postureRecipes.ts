import type { Draft } from 'immer';
import { type MachineRules, type PostureContext, startsMobilising } from './decisionRules.js';
import type { PostureEvent } from './postureEvents.js';
import { rungIndex } from './rungs.js';

/** Immer recipe for a `DAY`: note the day, start mobilising, drop a red-line lift that ran out. */
export function observeDay(
  draft: Draft<PostureContext>,
  event: Extract<PostureEvent, { type: 'DAY' }>,
  rules: MachineRules,
): void {
  if (startsMobilising(rules, draft, event.drive)) draft.mobilisingSince = event.day;
  draft.day = event.day;
  if (draft.lift && event.day >= draft.lift.until) draft.lift = null;
}

/** Immer recipe for a rung change: remember the day it happened. */
export function markChange(
  draft: Draft<PostureContext>,
  event: Extract<PostureEvent, { type: 'DAY' }>,
): void {
  draft.since = event.day;
}

/** Immer recipe for a `RED_LINE`: lift the ceiling, keeping the higher and longer of two lifts. */
export function liftCeiling(
  draft: Draft<PostureContext>,
  event: Extract<PostureEvent, { type: 'RED_LINE' }>,
): void {
  const rung = rungIndex(event.lift);
  const current = draft.lift;
  if (!current || current.until <= event.day || rung > current.rung) {
    draft.lift = { rung, until: event.until, redLine: event.redLine };
  } else if (rung === current.rung && event.until > current.until) {
    current.until = event.until;
    current.redLine = event.redLine;
  }
}
