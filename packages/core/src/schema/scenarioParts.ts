import type { z } from 'zod';
import { InjectSchema } from './eventSchema.js';
import type { Rung } from './rungs.js';
import { PostureOverrideSchema, ScenarioSchema } from './scenarioSchema.js';
import type { Inject, PostureOverride } from './types.js';

/** The fields of an inject that the pack checks read; any may be absent or unreadable. */
export interface InjectParts {
  type?: Inject['type'];
  day?: number;
  from?: string;
  to?: string;
  /** A ceasefire's parties by position; an unreadable party is `undefined`. */
  parties?: readonly (string | undefined)[];
  rung?: Rung;
}

/**
 * What the pack checks read of a scenario. A valid {@link Scenario} is one; so is what
 * {@link scenarioParts} salvages from a scenario that fails its schema, so a file's pack problems
 * are reported together with its schema problems, in one pass.
 */
export interface ScenarioParts {
  pack?: string | undefined;
  horizon?: number | undefined;
  overrides: Readonly<Record<string, PostureOverride>>;
  /** By position in the file; an inject whose type is unreadable is `undefined`. */
  injects: readonly (InjectParts | undefined)[];
  /** Actors whose `start`, `floor` or `ceiling` override is present but unreadable: checks that compare their rungs are skipped. */
  unreadableRungs?: ReadonlySet<string>;
}

type Shape = Readonly<Record<string, z.ZodType>>;

/**
 * The parts of a scenario, given as parsed YAML or JSON, that pass the schema each on its own: the
 * pack and horizon, each override field, each inject field. What fails is left out (and reported
 * by the schema); the pack checks then run on the rest.
 */
export function scenarioParts(value: unknown): ScenarioParts {
  const root = asMapping(value) ?? {};
  const shape = ScenarioSchema.shape;
  const parts: ScenarioParts & { overrides: Record<string, PostureOverride> } = {
    pack: readField(shape, 'pack', root) as string | undefined,
    horizon: readField(shape, 'horizon', root) as number | undefined,
    overrides: {},
    injects: (Array.isArray(root.injects) ? root.injects : []).map(injectParts),
  };
  const unreadable = new Set<string>();
  const overrideShape = PostureOverrideSchema.shape;
  const redLineShape = overrideShape.redLines.unwrap().valueType.shape;
  for (const [id, raw] of Object.entries(asMapping(root.overrides) ?? {})) {
    if (!shape.id.safeParse(id).success) continue;
    const fields = asMapping(raw) ?? {};
    const override: Record<string, unknown> = {};
    for (const key of ['start', 'floor', 'ceiling', 'power'] as const) {
      const read = readField(overrideShape, key, fields);
      if (read !== undefined) override[key] = read;
      else if (fields[key] !== undefined && key !== 'power') unreadable.add(id);
    }
    const redLines: Record<string, Record<string, unknown>> = {};
    for (const [redLineId, edit] of Object.entries(asMapping(fields.redLines) ?? {})) {
      if (!shape.id.safeParse(redLineId).success) continue;
      const editFields = asMapping(edit) ?? {};
      const read: Record<string, unknown> = {};
      for (const key of Object.keys(redLineShape)) {
        const field = readField(redLineShape, key, editFields);
        if (field !== undefined) read[key] = field;
      }
      redLines[redLineId] = read;
    }
    if (Object.keys(redLines).length > 0) override.redLines = redLines;
    parts.overrides[id] = override as PostureOverride;
  }
  if (unreadable.size > 0) parts.unreadableRungs = unreadable;
  return parts;
}

function injectParts(value: unknown): InjectParts | undefined {
  const fields = asMapping(value);
  if (!fields) return undefined;
  const variant = InjectSchema.options.find((option) => option.shape.type.value === fields.type);
  if (!variant) return undefined;
  const shape = variant.shape as unknown as Shape;
  const parts: Record<string, unknown> = { type: fields.type };
  for (const key of ['day', 'from', 'to', 'rung'] as const) {
    if (key in shape) parts[key] = readField(shape, key, fields);
  }
  if ('parties' in shape && Array.isArray(fields.parties)) {
    parts.parties = fields.parties.map((party) =>
      ScenarioSchema.shape.id.safeParse(party).success ? (party as string) : undefined,
    );
  }
  return parts as InjectParts;
}

/** One field read through its own schema: its value, or undefined when absent or invalid. */
function readField(shape: Shape, key: string, fields: Record<string, unknown>): unknown {
  const schema = shape[key];
  if (!schema || !Object.hasOwn(fields, key)) {
    // An absent field may still have a default (an attack's rung).
    const fallback = schema?.safeParse(undefined);
    return fallback?.success ? fallback.data : undefined;
  }
  const result = schema.safeParse(fields[key]);
  return result.success ? result.data : undefined;
}

function asMapping(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
