import { FIRST_MILITARY_RUNG, rungIndex } from './rungs.js';
import type { Pack, Scenario } from './types.js';
import type { ValidationIssue } from './ValidationError.js';

/**
 * What a scenario gets wrong about the pack it runs on: unknown actors, days beyond the horizon,
 * scripted attacks above the attacker's ceiling. Empty when the scenario fits the pack.
 */
export function checkScenario(scenario: Scenario, pack: Pack): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const actors = new Map(pack.actors.map((actor) => [actor.id, actor]));
  const known = [...actors.keys()].join(', ');
  const requireActor = (id: string, path: (string | number)[]) => {
    if (!actors.has(id)) issues.push({ path, message: `unknown actor "${id}" (known: ${known})` });
  };

  if (scenario.pack !== pack.id) {
    issues.push({
      path: ['pack'],
      message: `scenario is for pack "${scenario.pack}", not "${pack.id}"`,
    });
  }

  for (const [id, override] of Object.entries(scenario.overrides)) {
    const actor = actors.get(id);
    if (!actor) {
      requireActor(id, ['overrides', id]);
      continue;
    }
    const start = override.start ?? actor.posture.start.value;
    const ceiling = override.ceiling ?? actor.posture.ceiling.value;
    const floor = override.floor ?? override.start ?? actor.posture.floor?.value ?? start;
    if (rungIndex(start) > rungIndex(ceiling)) {
      issues.push({
        path: ['overrides', id, override.ceiling ? 'ceiling' : 'start'],
        message: `start "${start}" is above ceiling "${ceiling}"`,
      });
    }
    for (const [redLineId, edit] of Object.entries(override.redLines ?? {})) {
      const path = ['overrides', id, 'redLines', redLineId];
      const redLine = actor.posture.redLines.find((line) => line.id === redLineId);
      if (!redLine) {
        const known = actor.posture.redLines.map((line) => line.id).join(', ') || 'none';
        issues.push({
          path,
          message: `${id} has no red line "${redLineId}" (its red lines: ${known})`,
        });
        continue;
      }
      if (edit.off) continue;
      const lift = edit.lift ?? redLine.lift;
      if (rungIndex(lift) <= rungIndex(ceiling)) {
        issues.push({
          path: [...path, edit.lift ? 'lift' : 'off'],
          message: `lifts to "${lift}", not above the ceiling "${ceiling}"`,
        });
      }
      if (edit.minSeverity !== undefined && !('attack' in redLine.when)) {
        issues.push({
          path: [...path, 'minSeverity'],
          message: 'this red line is not set off by an attack',
        });
      }
    }
    if (rungIndex(floor) > rungIndex(start)) {
      issues.push({
        path: ['overrides', id, 'floor'],
        message: `floor "${floor}" is above start "${start}"`,
      });
    }
  }

  scenario.injects.forEach((inject, i) => {
    const path = (key: string) => ['injects', i, key];
    if (inject.day >= scenario.horizon) {
      issues.push({
        path: path('day'),
        message: `day ${inject.day} is beyond the horizon (days 0..${scenario.horizon - 1})`,
      });
    }
    if (inject.type === 'ceasefire') {
      inject.parties.forEach((party, p) => {
        requireActor(party, ['injects', i, 'parties', p]);
      });
      return;
    }
    requireActor(inject.from, path('from'));
    if (inject.type === 'statement') return;
    requireActor(inject.to, path('to'));
    if (inject.from === inject.to) {
      issues.push({ path: path('to'), message: `"${inject.from}" cannot ${inject.type} itself` });
    }
    if (inject.type !== 'attack') return;
    const attacker = actors.get(inject.from);
    if (!attacker) return;
    if (rungIndex(inject.rung) < rungIndex(FIRST_MILITARY_RUNG)) {
      issues.push({
        path: path('rung'),
        message: `an attack is made at "${FIRST_MILITARY_RUNG}" or higher, not "${inject.rung}"`,
      });
    }
    const ceiling = scenario.overrides[inject.from]?.ceiling ?? attacker.posture.ceiling.value;
    if (rungIndex(inject.rung) > rungIndex(ceiling)) {
      issues.push({
        path: path('rung'),
        message: `${inject.from}'s ceiling is "${ceiling}": a scripted attack at "${inject.rung}" needs overrides.${inject.from}.ceiling`,
      });
    }
  });
  return issues;
}
