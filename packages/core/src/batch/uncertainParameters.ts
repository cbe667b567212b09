import { walkProvenance } from '../schema/checkPack.js';
import type { Distribution } from '../schema/DistributionSchema.js';
import { lookupId } from '../schema/lookupId.js';
import { provenanceField } from '../schema/provenanceField.js';
import type { Pack, Provenance, Scenario } from '../schema/types.js';

/** One uncertain number of a pack: a numeric field with a range, sampled in sampled batches. */
export interface UncertainParameter {
  /** The field's name as decisions name it (`ACTOR.params.solidarity`, `ACTOR.power`, `world.noise`). */
  name: string;
  /** Path of the field's `{ value, provenance, range }` object in the pack. */
  path: readonly (string | number)[];
  /** The pack's value (what a fixed batch uses). */
  value: number;
  distribution: Distribution;
  /** The range's one-line reason. */
  reason: string;
  provenance: Provenance;
  /** Whether the field takes whole numbers only (days): a draw is rounded to the nearest. */
  integer: boolean;
}

/** Fields that take whole days, by the last part of their name. */
const WHOLE_DAYS = new Set(['mobilisationDelay', 'dwell', 'memory']);

/**
 * The pack's numeric fields that carry a range, in pack order (world, then actors), less those
 * the scenario overrides: a scenario that sets a field fixes it (it is the counterfactual being
 * studied, not an uncertainty). Empty when the pack gives no ranges.
 */
export function uncertainParameters(pack: Pack, scenario: Scenario): UncertainParameter[] {
  const parameters: UncertainParameter[] = [];
  walkProvenance(pack, (provenance, provenancePath) => {
    const path = provenancePath.slice(0, -1);
    const field = valueAt(pack, path) as { value?: unknown; range?: UncertainRange } | undefined;
    if (!field?.range || typeof field.value !== 'number') return;
    const name = provenanceField(pack, provenancePath);
    if (overridden(scenario, name)) return;
    const { reason, ...distribution } = field.range;
    const last = String(path.at(-1));
    parameters.push({
      name,
      path,
      value: field.value,
      distribution: distribution as Distribution,
      reason,
      provenance,
      integer: WHOLE_DAYS.has(last),
    });
  });
  return parameters;
}

type UncertainRange = Distribution & { reason: string };

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Whether the scenario's overrides set the field named `name` (`ACTOR.power`, `ACTOR.params.X`). */
function overridden(scenario: Scenario, name: string): boolean {
  const dot = name.indexOf('.');
  const override = lookupId(scenario.overrides, name.slice(0, dot));
  if (!override) return false;
  const field = name.slice(dot + 1);
  if (field === 'power') return override.power !== undefined;
  if (field.startsWith('params.')) {
    const params = override.params as Record<string, unknown> | undefined;
    return params?.[field.slice('params.'.length)] !== undefined;
  }
  return false;
}
