import { DRIVE_TERM_LABELS, RUNGS, type Rung } from '@brink/core';

/** `limited` → `Limited`. */
export function rungLabel(rung: Rung): string {
  return rung.charAt(0).toUpperCase() + rung.slice(1);
}

/** A number as the why panel shows it: two decimals, a true minus sign. */
export function fmt(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value < 0 ? `−${text}` : text;
}

/**
 * A number of a decision's `values` as the why panel shows it: a ladder position (`ceiling`,
 * `cap`) as its rung, `since` as a day, `answerLeft` as a count, a drive term (now or on the day
 * the actor took its rung) signed, anything else with two decimals.
 */
export function formatDecisionValue(key: string, value: number): string {
  if (key === 'ceiling' || key === 'cap') return RUNGS[value] ?? fmt(value);
  if (key === 'since') return `day ${value}`;
  if (key === 'answerLeft') return String(value);
  if (isDriveTerm(key) || (key.endsWith('Before') && isDriveTerm(key.slice(0, -6)))) {
    return value > 0 ? `+${fmt(value)}` : fmt(value);
  }
  return fmt(value);
}

/** True for the name of a term of the drive (`threat`, `noise`, …). */
export function isDriveTerm(key: string): boolean {
  return Object.hasOwn(DRIVE_TERM_LABELS, key);
}

/** What each machine guard means, for the why panel. */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  rise: 'rise: the drive reached the next rung’s threshold',
  riseByRedLine: 'rise by red line: above the ceiling, allowed only while a red line is crossed',
  fall: 'fall: the actor steps down — its drive no longer holds the rung, its ceiling is back in force, or it yields to a stronger adversary',
  scripted: 'scripted: the scenario puts the actor at this rung',
};
