import {
  formatPath,
  PARAM_NAMES,
  type Pack,
  parseScenario,
  RUNGS,
  type Rung,
  type Scenario,
  ValidationError,
} from '@brink/core';
import { nearestId } from '@brink/data';
import { unknownActor } from './actors.js';
import { usageError } from './errors.js';

/** The posture fields a sweep can vary, after `ACTOR.`. */
export const SWEEP_FIELDS = [
  'ceiling',
  'start',
  'floor',
  'power',
  ...PARAM_NAMES.map((name) => `params.${name}`),
];

/** One swept parameter: a posture field of one actor and the values it takes. */
export interface SweepParam {
  /** As given: `iran.params.deterrence`. */
  path: string;
  actor: string;
  /** `ceiling`, `start`, `floor`, `power`, or `params.<name>`. */
  field: string;
  values: (number | Rung)[];
}

/** One point of the grid: a value for every swept path. */
export type GridPoint = Record<string, number | Rung>;

const MAX_VALUES = 1000;
const EXAMPLE = 'e.g. iran.params.deterrence=0:1:0.25 or iran.ceiling=indirect,limited,direct';

/**
 * Parses `--param PATH=VALUES`: PATH is `ACTOR.ceiling|start|floor|power|params.NAME`, VALUES a
 * range `FROM:TO:STEP` (numbers; `FROM:TO` for rungs) or a comma list. Anything else is a usage
 * error that says what was expected.
 */
export function parseSweepParam(spec: string, pack: Pack): SweepParam {
  const at = spec.indexOf('=');
  if (at < 0) throw usageError(`--param "${spec}": expected PATH=VALUES, ${EXAMPLE}`);
  const path = spec.slice(0, at).trim();
  const valuesText = spec.slice(at + 1).trim();
  const dot = path.indexOf('.');
  const actor = dot < 0 ? path : path.slice(0, dot);
  const field = dot < 0 ? '' : path.slice(dot + 1);
  const ids = pack.actors.map((a) => a.id);
  if (!ids.includes(actor)) throw unknownActor(actor, ids);
  if (!SWEEP_FIELDS.includes(field)) {
    const nearest = nearestId(field, SWEEP_FIELDS);
    throw usageError(
      `--param ${path}: "${field || '(nothing)'}" is not a posture field a sweep can vary` +
        `${nearest ? ` (did you mean "${actor}.${nearest}"?)` : ''}; fields: ${SWEEP_FIELDS.join(', ')}`,
    );
  }
  if (valuesText === '') throw usageError(`--param ${path}: no values after "=", ${EXAMPLE}`);
  const isRung = field === 'ceiling' || field === 'start' || field === 'floor';
  const values: (number | Rung)[] = isRung
    ? rungValues(path, valuesText)
    : numberValues(path, valuesText);
  if (new Set(values).size !== values.length) {
    throw usageError(`--param ${path}: a value is listed twice in "${valuesText}"`);
  }
  return { path, actor, field, values };
}

/** Every combination of the swept values, the first parameter varying slowest. */
export function gridPoints(params: readonly SweepParam[]): GridPoint[] {
  let points: GridPoint[] = [{}];
  for (const param of params) {
    points = points.flatMap((point) =>
      param.values.map((value) => ({ ...point, [param.path]: value })),
    );
  }
  return points;
}

/**
 * The scenario at one grid point: the base scenario with the point's values merged into its
 * `overrides`, validated against the pack. An invalid combination (a start above a ceiling, a
 * power above 1) is a usage error naming the point.
 */
export function scenarioAt(
  base: Scenario,
  params: readonly SweepParam[],
  point: GridPoint,
  pack: Pack,
): Scenario {
  const overrides: Record<string, Record<string, unknown>> = structuredClone(base.overrides);
  for (const param of params) {
    overrides[param.actor] ??= {};
    const override = overrides[param.actor]!;
    const value = point[param.path];
    if (param.field.startsWith('params.')) {
      const params = (override.params ?? {}) as Record<string, unknown>;
      override.params = { ...params, [param.field.slice('params.'.length)]: value };
    } else {
      override[param.field] = value;
    }
  }
  try {
    return parseScenario({ ...base, overrides }, { pack });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const where = Object.entries(point)
      .map(([path, value]) => `${path}=${value}`)
      .join(' ');
    const problems = error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw usageError(`--param ${where}: not a valid scenario: ${problems.join('; ')}`);
  }
}

function numberValues(path: string, text: string): number[] {
  const range = text.split(':');
  if (range.length === 3) {
    const [from, to, step] = range.map((part) => number(path, part));
    if (step! <= 0) throw usageError(`--param ${path}: the step of "${text}" must be above 0`);
    if (from! > to!) throw usageError(`--param ${path}: "${text}" runs from ${from} down to ${to}`);
    // Count the steps first, so that 0:1:0.1 has 11 values and no 0.30000000000000004.
    const count = Math.floor((to! - from!) / step! + 1e-9) + 1;
    if (count > MAX_VALUES)
      throw usageError(`--param ${path}: "${text}" has ${count} values; at most ${MAX_VALUES}`);
    return Array.from({ length: count }, (_, i) => Number((from! + i * step!).toFixed(10)));
  }
  if (range.length !== 1) {
    throw usageError(
      `--param ${path}: "${text}" is neither FROM:TO:STEP nor a comma list of numbers`,
    );
  }
  return text.split(',').map((part) => number(path, part));
}

function rungValues(path: string, text: string): Rung[] {
  const rung = (part: string): Rung => {
    const id = part.trim();
    if ((RUNGS as readonly string[]).includes(id)) return id as Rung;
    const nearest = nearestId(id, RUNGS);
    throw usageError(
      `--param ${path}: "${id}" is not a rung${nearest ? ` (did you mean "${nearest}"?)` : ''}; rungs: ${RUNGS.join(', ')}`,
    );
  };
  const range = text.split(':');
  if (range.length === 2) {
    const from = RUNGS.indexOf(rung(range[0]!));
    const to = RUNGS.indexOf(rung(range[1]!));
    if (from > to) throw usageError(`--param ${path}: "${text}" runs down the ladder`);
    return RUNGS.slice(from, to + 1);
  }
  if (range.length !== 1) {
    throw usageError(`--param ${path}: "${text}" is neither FROM:TO nor a comma list of rungs`);
  }
  return text.split(',').map(rung);
}

function number(path: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw usageError(`--param ${path}: "${text}" is not a number`);
  return value;
}
