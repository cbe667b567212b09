import { DECISION_VALUE_LABELS, type Rung } from '@brink/core';

/** `limited` → `Limited`. */
export function rungLabel(rung: Rung): string {
  return rung.charAt(0).toUpperCase() + rung.slice(1);
}

/** A number as the why panel shows it: two decimals, a true minus sign. */
export function fmt(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return value < 0 ? `−${text}` : text;
}

/** A human label for the names in a decision's `values`. */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  ...DECISION_VALUE_LABELS,
};

/** What each machine guard means, for the why panel. */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  rise: 'rise: the drive reached the next rung’s threshold',
  riseByRedLine: 'rise by red line: above the ceiling, allowed only while a red line is crossed',
  fall: 'fall: the drive fell below what holding the rung needs',
  scripted: 'scripted: the scenario puts the actor at this rung',
};
