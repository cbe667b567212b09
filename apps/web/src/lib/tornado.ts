import {
  applyOverrides,
  PARAM_NAMES,
  type Pack,
  type Scenario,
  SWEEP_FIELDS,
  uncertainParameters,
} from '@brink/core';
import type { TornadoSwing } from './sensitivityParams';

/** One bar of a tornado chart: a field of one actor, moved to a low and a high value. */
export interface TornadoSetting {
  /** As sweeps name it: `iran.params.deterrence`, `iran.power`. */
  path: string;
  field: string;
  base: number;
  low: number;
  high: number;
}

const SHARES = new Set(['power', 'params.obedience', 'params.decay']);

/**
 * The fields of an actor a tornado moves, with the scenario's value and the low and high values
 * it moves each to. With `swing` `fraction` (the default): its power and each posture parameter,
 * to half and one and a half times the value, kept within the field's bounds (shares within 0..1,
 * decay above 0, whole days for the mobilisation delay; a field at 0 moves to 0.5, or one day, on
 * the high side). With `range`: each of its fields that carries a range in the pack and that the
 * scenario leaves free (core's `uncertainParameters`, what a sampled batch draws), to its range's
 * low and high ends.
 */
export function tornadoSettings(
  pack: Pack,
  scenario: Scenario,
  actorId: string,
  swing: TornadoSwing = 'fraction',
): TornadoSetting[] {
  if (swing === 'range') {
    const prefix = `${actorId}.`;
    return uncertainParameters(pack, scenario).flatMap((parameter) => {
      const field = parameter.name.slice(prefix.length);
      if (!parameter.name.startsWith(prefix) || !SWEEP_FIELDS.includes(field)) return [];
      const { low, high } = parameter.distribution;
      return [{ path: parameter.name, field, base: parameter.value, low, high }];
    });
  }
  const original = pack.actors.find((actor) => actor.id === actorId);
  if (!original) return [];
  const actor = applyOverrides(original, scenario);
  const fields: [string, number][] = [
    ['power', actor.power.value],
    ...PARAM_NAMES.map((name): [string, number] => [
      `params.${name}`,
      actor.posture.params[name].value,
    ]),
  ];
  return fields.map(([field, base]) => {
    const whole = field === 'params.mobilisationDelay';
    const clamp = (value: number) => {
      let v = SHARES.has(field) ? Math.min(1, Math.max(0, value)) : Math.max(0, value);
      if (field === 'params.decay') v = Math.max(0.01, v);
      return whole ? Math.round(v) : Number(v.toFixed(4));
    };
    const low = clamp(base * 0.5);
    const high = clamp(base === 0 ? (whole ? 1 : 0.5) : base * 1.5);
    return { path: `${actorId}.${field}`, field, base, low, high };
  });
}
