import { applyOverrides } from '../run/compileModel.js';
import { canonicalJson } from '../schema/hash.js';
import { PARAM_NAMES } from '../schema/packSchema.js';
import type { Inject, Pack, Posture, Scenario } from '../schema/types.js';

/** One way two scenarios differ: a field and its value in each (`—` when absent). */
export interface Difference {
  path: string;
  a: string;
  b: string;
}

/**
 * How scenario `b` differs from `a` on the same pack: horizon, each actor's effective posture
 * (start, floor, ceiling, power, parameters and red lines, after the scenarios' overrides) and the
 * scripted injects each has and the other has not.
 */
export function scenarioDifferences(pack: Pack, a: Scenario, b: Scenario): Difference[] {
  const differences: Difference[] = [];
  const add = (path: string, x: unknown, y: unknown) => {
    const left = show(x);
    const right = show(y);
    if (left !== right) differences.push({ path, a: left, b: right });
  };
  add('horizon', a.horizon, b.horizon);
  for (const actor of pack.actors) {
    const pa = applyOverrides(actor, a);
    const pb = applyOverrides(actor, b);
    const fields = (posture: Posture) => ({
      start: posture.start.value,
      floor: posture.floor?.value ?? posture.start.value,
      ceiling: posture.ceiling.value,
    });
    const fa = fields(pa.posture);
    const fb = fields(pb.posture);
    for (const key of ['start', 'floor', 'ceiling'] as const) {
      add(`${actor.id}.${key}`, fa[key], fb[key]);
    }
    add(`${actor.id}.power`, pa.power.value, pb.power.value);
    for (const name of PARAM_NAMES) {
      add(
        `${actor.id}.params.${name}`,
        pa.posture.params[name].value,
        pb.posture.params[name].value,
      );
    }
    add(
      `${actor.id}.redLines`,
      pa.posture.redLines.map((redLine) => redLine.id).join(', '),
      pb.posture.redLines.map((redLine) => redLine.id).join(', '),
    );
  }
  const keyed = (scenario: Scenario) =>
    new Map(scenario.injects.map((inject) => [canonicalJson(inject), inject]));
  const ia = keyed(a);
  const ib = keyed(b);
  for (const [key, inject] of ia) {
    if (!ib.has(key)) differences.push({ path: 'inject', a: describeInject(inject), b: '—' });
  }
  for (const [key, inject] of ib) {
    if (!ia.has(key)) differences.push({ path: 'inject', a: '—', b: describeInject(inject) });
  }
  return differences;
}

/** A scripted event in a few words: `day 30: <from> attacks <to> (airstrike on personnel, …)`. */
export function describeInject(inject: Inject): string {
  const day = `day ${inject.day}: `;
  switch (inject.type) {
    case 'attack':
      return `${day}${inject.from} attacks ${inject.to} (${inject.means} on ${inject.target}, severity ${inject.severity}, at ${inject.rung})`;
    case 'support':
      return `${day}${inject.from} supports ${inject.to} (${inject.channel})`;
    case 'restrain':
      return `${day}${inject.from} restrains ${inject.to}`;
    case 'ceasefire':
      return `${day}ceasefire among ${inject.parties.join(', ')} for ${inject.days} days`;
    case 'statement':
      return `${day}${inject.from} states "${inject.stance}"`;
  }
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return String(value);
}
