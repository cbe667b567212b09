import { type Pack, RUNGS, type Rung, type ValidationIssue } from '@brink/core';

/**
 * Changes to one red line: switch it off, or change the rung it lifts to, for how long, and the
 * severity of attack that crosses it.
 */
export interface RedLineEdit {
  off?: boolean;
  lift?: Rung;
  days?: number;
  minSeverity?: number;
}

/** Red-line changes by actor id and red-line id. */
export type RedLineEdits = Record<string, Record<string, RedLineEdit>>;

/**
 * Checks red-line changes against a pack: known actors and red lines, rungs on the ladder, whole
 * days, severities in 0..1 (and only for red lines crossed by attacks). Issues are located at
 * `redLines.<actor>.<redLine>.<field>`, as the editor shows them.
 */
export function checkRedLineEdits(
  edits: unknown,
  pack: Pack,
): { edits: RedLineEdits; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const clean: RedLineEdits = {};
  const issue = (path: (string | number)[], message: string) =>
    issues.push({ path: ['redLines', ...path], message });
  if (edits === undefined) return { edits: clean, issues };
  if (!isRecord(edits)) {
    issue([], 'must be an object of actors');
    return { edits: clean, issues };
  }
  for (const [actorId, byRedLine] of Object.entries(edits)) {
    const actor = pack.actors.find((a) => a.id === actorId);
    if (!actor) {
      issue([actorId], `unknown actor "${actorId}"`);
      continue;
    }
    if (!isRecord(byRedLine)) {
      issue([actorId], 'must be an object of red lines');
      continue;
    }
    for (const [redLineId, edit] of Object.entries(byRedLine)) {
      const redLine = actor.posture.redLines.find((r) => r.id === redLineId);
      if (!redLine) {
        issue([actorId, redLineId], `${actorId} has no red line "${redLineId}"`);
        continue;
      }
      if (!isRecord(edit)) {
        issue([actorId, redLineId], 'must be an object');
        continue;
      }
      const at = (field: string) => [actorId, redLineId, field];
      const out: RedLineEdit = {};
      for (const [field, value] of Object.entries(edit)) {
        if (field === 'off') {
          if (typeof value === 'boolean') out.off = value;
          else issue(at(field), 'must be true or false');
        } else if (field === 'lift') {
          if (!(RUNGS as readonly unknown[]).includes(value)) {
            issue(at(field), `must be one of ${RUNGS.join(', ')}`);
          } else if (RUNGS.indexOf(value as Rung) <= RUNGS.indexOf(actor.posture.ceiling.value)) {
            issue(at(field), `must be above ${actorId}'s ceiling "${actor.posture.ceiling.value}"`);
          } else out.lift = value as Rung;
        } else if (field === 'days') {
          if (Number.isInteger(value) && (value as number) >= 1) out.days = value as number;
          else issue(at(field), 'must be a whole number of days, 1 or more');
        } else if (field === 'minSeverity') {
          if (!('attack' in redLine.when))
            issue(at(field), 'this red line is not crossed by an attack');
          else if (typeof value === 'number' && value >= 0 && value <= 1) out.minSeverity = value;
          else issue(at(field), 'severity must be between 0 and 1');
        } else {
          issue(at(field), `unknown field "${field}"`);
        }
      }
      clean[actorId] = { ...clean[actorId], [redLineId]: out };
    }
  }
  return { edits: clean, issues };
}

/**
 * The pack with red-line changes applied. Each changed red line's provenance becomes an
 * assumption that says what was changed, so every decision resting on it shows the change.
 * The pack itself is left as it is.
 */
export function applyRedLineEdits(pack: Pack, edits: RedLineEdits): Pack {
  if (Object.keys(edits).length === 0) return pack;
  return {
    ...pack,
    actors: pack.actors.map((actor) => {
      const byRedLine = edits[actor.id];
      if (!byRedLine) return actor;
      const redLines = actor.posture.redLines.flatMap((redLine) => {
        const edit = byRedLine[redLine.id];
        if (!edit || Object.keys(edit).length === 0) return [redLine];
        if (edit.off) return [];
        const changes = Object.entries(edit)
          .filter(([field]) => field !== 'off')
          .map(([field, value]) => `${field} ${String(value)}`)
          .join(', ');
        const when =
          edit.minSeverity !== undefined && 'attack' in redLine.when
            ? { attack: { ...redLine.when.attack, minSeverity: edit.minSeverity } }
            : redLine.when;
        return [
          {
            ...redLine,
            when,
            lift: edit.lift ?? redLine.lift,
            days: edit.days ?? redLine.days,
            provenance: {
              kind: 'assumption' as const,
              why: `counterfactual: red line "${redLine.id}" changed in the web app (${changes})`,
            },
          },
        ];
      });
      return { ...actor, posture: { ...actor.posture, redLines } };
    }),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
