import { FIRST_MILITARY_RUNG, rungIndex } from './rungs.js';
import type { ScenarioParts } from './scenarioParts.js';
import type { Pack } from './types.js';
import type { ValidationIssue } from './ValidationError.js';

/**
 * What a scenario gets wrong about the pack it runs on: unknown actors, days beyond the horizon,
 * scripted attacks above the attacker's ceiling. Empty when the scenario fits the pack. Takes a
 * valid `Scenario`, or the parts of an invalid one that passed the schema (`scenarioParts`):
 * checks that need a part which is missing are skipped.
 */
export function checkScenario(scenario: ScenarioParts, pack: Pack): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const actors = new Map(pack.actors.map((actor) => [actor.id, actor]));
  const known = [...actors.keys()].join(', ');
  const requireActor = (id: string, path: (string | number)[]) => {
    if (!actors.has(id)) issues.push({ path, message: `unknown actor "${id}" (known: ${known})` });
  };

  if (scenario.pack !== undefined && scenario.pack !== pack.id) {
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
    const rungsReadable = !scenario.unreadableRungs?.has(id);
    const start = override.start ?? actor.posture.start.value;
    const ceiling = override.ceiling ?? actor.posture.ceiling.value;
    const floor = override.floor ?? override.start ?? actor.posture.floor?.value ?? start;
    if (rungsReadable && rungIndex(start) > rungIndex(ceiling)) {
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
      if (rungsReadable && rungIndex(lift) <= rungIndex(ceiling)) {
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
    if (rungsReadable && rungIndex(floor) > rungIndex(start)) {
      issues.push({
        path: ['overrides', id, 'floor'],
        message: `floor "${floor}" is above start "${start}"`,
      });
    }
  }

  scenario.injects.forEach((inject, i) => {
    if (!inject) return;
    const path = (key: string) => ['injects', i, key];
    const { horizon } = scenario;
    if (inject.day !== undefined && horizon !== undefined && inject.day >= horizon) {
      issues.push({
        path: path('day'),
        message: `day ${inject.day} is beyond the horizon (days 0..${horizon - 1})`,
      });
    }
    if (inject.type === 'ceasefire') {
      inject.parties?.forEach((party, p) => {
        if (party !== undefined) requireActor(party, ['injects', i, 'parties', p]);
      });
      return;
    }
    if (inject.from !== undefined) requireActor(inject.from, path('from'));
    if (inject.type === 'statement' || inject.to === undefined) return;
    requireActor(inject.to, path('to'));
    if (inject.from === inject.to) {
      issues.push({ path: path('to'), message: `"${inject.from}" cannot ${inject.type} itself` });
    }
    if (inject.type !== 'attack' || inject.from === undefined || inject.rung === undefined) return;
    const attacker = actors.get(inject.from);
    if (!attacker) return;
    if (rungIndex(inject.rung) < rungIndex(FIRST_MILITARY_RUNG)) {
      issues.push({
        path: path('rung'),
        message: `an attack is made at "${FIRST_MILITARY_RUNG}" or higher, not "${inject.rung}"`,
      });
    }
    if (scenario.unreadableRungs?.has(inject.from)) return;
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
