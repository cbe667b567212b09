import { nearestId } from '../schema/nearestId.js';
import { PARAM_NAMES } from '../schema/packSchema.js';
import { parseScenario } from '../schema/parseScenario.js';
import { RUNGS, type Rung } from '../schema/rungs.js';
import type { Pack, Scenario } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';

/** The posture fields a sweep can vary, after `ACTOR.`. */
export const SWEEP_FIELDS: readonly string[] = [
  'ceiling',
  'start',
  'floor',
  'power',
  ...PARAM_NAMES.map((name) => `params.${name}`),
];

/** One swept parameter: a posture field of one actor and the values it takes. */
export interface SweepParam {
  /** As given, `ACTOR.FIELD`: `sponsor.params.deterrence`. */
  path: string;
  actor: string;
  /** `ceiling`, `start`, `floor`, `power`, or `params.<name>`. */
  field: string;
  values: (number | Rung)[];
}

/** One point of a sweep grid: a value for every swept path. */
export type GridPoint = Record<string, number | Rung>;

/** Values one parameter may take unless the caller sets a lower limit. */
const MAX_VALUES = 1000;
/** The most points a grid may have: each is a validated scenario held until its batch runs. */
const MAX_GRID_POINTS = 10_000;

export interface SweepParamOptions {
  /** The most values the parameter may take, 1 to 1000 (default 1000): each is a batch. */
  maxValues?: number;
}
const EXAMPLE = 'e.g. ACTOR.params.deterrence=0:1:0.25 or ACTOR.ceiling=indirect,limited,direct';

/**
 * Parses `PATH=VALUES`: PATH is `ACTOR.ceiling|start|floor|power|params.NAME`, VALUES a range
 * `FROM:TO:STEP` (numbers; `FROM:TO` for rungs) or a comma list. Anything else throws a
 * {@link ValidationError} whose one issue, at the path as given, says what was expected; so do
 * more values than `options.maxValues` (at most 1000), counted before a range is expanded.
 *
 * @example
 * parseSweepParam('iran.params.deterrence=0:1:0.25', pack).values; // [0, 0.25, 0.5, 0.75, 1]
 */
export function parseSweepParam(
  spec: string,
  pack: Pack,
  options: SweepParamOptions = {},
): SweepParam {
  const maxValues = Math.min(options.maxValues ?? MAX_VALUES, MAX_VALUES);
  const at = spec.indexOf('=');
  const path = (at < 0 ? spec : spec.slice(0, at)).trim();
  const fail = (message: string): never => {
    throw new ValidationError('sweep parameter', [{ path: [path || spec], message }]);
  };
  if (at < 0) fail(`expected PATH=VALUES, ${EXAMPLE}`);
  const valuesText = spec.slice(at + 1).trim();
  const dot = path.indexOf('.');
  const actor = dot < 0 ? path : path.slice(0, dot);
  const field = dot < 0 ? '' : path.slice(dot + 1);
  const ids = pack.actors.map((a) => a.id);
  if (!ids.includes(actor)) {
    const nearest = nearestId(actor, ids);
    fail(
      `unknown actor "${actor}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; actors: ${ids.join(', ')}`,
    );
  }
  if (!SWEEP_FIELDS.includes(field)) {
    const nearest = nearestId(field, SWEEP_FIELDS);
    fail(
      `"${field || '(nothing)'}" is not a posture field a sweep can vary` +
        `${nearest ? ` (did you mean "${actor}.${nearest}"?)` : ''}; fields: ${SWEEP_FIELDS.join(', ')}`,
    );
  }
  if (valuesText === '') fail(`no values after "=", ${EXAMPLE}`);
  const isRung = field === 'ceiling' || field === 'start' || field === 'floor';
  const values: (number | Rung)[] = isRung
    ? rungValues(valuesText, fail)
    : numberValues(valuesText, maxValues, fail);
  if (values.length > maxValues) tooMany(valuesText, values.length, maxValues, fail);
  if (new Set(values).size !== values.length) fail(`a value is listed twice in "${valuesText}"`);
  return { path, actor, field, values };
}

/**
 * Every combination of the swept values, the first parameter varying slowest. Throws a
 * {@link ValidationError} (before building any) when there would be more than 10,000 points.
 */
export function gridPoints(params: readonly SweepParam[]): GridPoint[] {
  const count = params.reduce((product, param) => product * param.values.length, 1);
  if (count > MAX_GRID_POINTS) {
    throw new ValidationError('sweep grid', [
      {
        path: [params.map((param) => param.path).join(' × ')],
        message: `${params.map((param) => param.values.length).join(' × ')} = ${count.toLocaleString('en-US')} grid points; a sweep has at most ${MAX_GRID_POINTS.toLocaleString('en-US')}: use fewer values or a coarser step`,
      },
    ]);
  }
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
 * power above 1) throws parseScenario's {@link ValidationError}.
 */
export function scenarioAt(
  base: Scenario,
  params: readonly SweepParam[],
  point: GridPoint,
  pack: Pack,
): Scenario {
  // Only an actor's own override object is written to (its params are replaced, not mutated), so
  // copying each one is enough to leave `base` untouched. (No structuredClone: core's library
  // build has neither DOM nor Node types.)
  const overrides: Record<string, Record<string, unknown>> = Object.fromEntries(
    Object.entries(base.overrides).map(([id, override]) => [id, { ...override }]),
  );
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
  return parseScenario({ ...base, overrides }, { pack });
}

type Fail = (message: string) => never;

function tooMany(text: string, count: number, max: number, fail: Fail): never {
  return fail(`"${text}" has ${count} values; at most ${max}`);
}

function numberValues(text: string, max: number, fail: Fail): number[] {
  const range = text.split(':');
  if (range.length === 3) {
    const [from, to, step] = range.map((part) => number(part, fail)) as [number, number, number];
    if (step <= 0) fail(`the step of "${text}" must be above 0`);
    if (from > to) fail(`"${text}" runs from ${from} down to ${to}`);
    // Count the steps first, so that 0:1:0.1 has 11 values and no 0.30000000000000004.
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > max) tooMany(text, count, max, fail);
    return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(10)));
  }
  if (range.length !== 1) fail(`"${text}" is neither FROM:TO:STEP nor a comma list of numbers`);
  return text.split(',').map((part) => number(part, fail));
}

function rungValues(text: string, fail: Fail): Rung[] {
  const rung = (part: string): Rung => {
    const id = part.trim();
    if ((RUNGS as readonly string[]).includes(id)) return id as Rung;
    const nearest = nearestId(id, RUNGS);
    return fail(
      `"${id}" is not a rung${nearest ? ` (did you mean "${nearest}"?)` : ''}; rungs: ${RUNGS.join(', ')}`,
    );
  };
  const range = text.split(':');
  if (range.length === 2) {
    const from = RUNGS.indexOf(rung(range[0]!));
    const to = RUNGS.indexOf(rung(range[1]!));
    if (from > to) fail(`"${text}" runs down the ladder`);
    return RUNGS.slice(from, to + 1);
  }
  if (range.length !== 1) fail(`"${text}" is neither FROM:TO nor a comma list of rungs`);
  return text.split(',').map(rung);
}

function number(text: string, fail: Fail): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) fail(`"${text}" is not a number`);
  return value;
}
