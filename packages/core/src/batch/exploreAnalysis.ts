import { type ElementaryEffects, elementaryEffects } from '../analysis/elementaryEffects.js';
import type { MorrisDesign } from '../analysis/morrisDesign.js';
import { type PrimResult, prim } from '../analysis/prim.js';
import type { SaltelliDesign } from '../analysis/saltelliDesign.js';
import { saltelliBaseSamples } from '../analysis/saltelliDesign.js';
import { type SobolIndices, sobolIndices } from '../analysis/sobolIndices.js';
import type { RunRecord } from '../run/runRecord.js';
import type { Distribution } from '../schema/DistributionSchema.js';
import { nearestId } from '../schema/nearestId.js';
import type { Pack, Provenance, Scenario } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import { type Sampling, samplingPlan } from './samplingPlan.js';
import { uncertainParameters } from './uncertainParameters.js';

/** The three questions `brink explore` and the Explore page answer about an outcome. */
export const EXPLORE_METHODS = ['sobol', 'morris', 'prim'] as const;
export type ExploreMethod = (typeof EXPLORE_METHODS)[number];

/** What an exploration asks: which method, of which outcome, with how many runs and seed. */
export interface ExploreRequest {
  method: ExploreMethod;
  /** A pack outcome id. */
  outcome: string;
  /** The run budget: Sobol uses N·(k + 2) ≤ runs, Morris r·(k + 1) ≤ runs, PRIM all of them. */
  runs: number;
  seed: number;
}

/** One varied parameter as an exploration reports it. */
export interface ExploredParameter {
  name: string;
  value: number;
  distribution: Distribution;
  reason: string;
  provenance: Provenance['kind'];
}

/** A PRIM box with plain arrays, ready for JSON. */
export interface ExploredBox {
  low: number[];
  high: number[];
  restricted: string[];
  coverage: number;
  density: number;
  mass: number;
  points: number;
}

/** What an exploration found. */
export interface ExploreResult {
  method: ExploreMethod;
  outcome: string;
  scenario: string;
  seed: number;
  /** Runs the design has (what was run). */
  runs: number;
  /** Share of those runs in which the outcome held. */
  share: number;
  /**
   * Whether the outcome held in every run or in none: then it does not vary with the parameters
   * over their ranges, Sobol indices are undefined (null in JSON), Morris effects are 0 and PRIM
   * has nothing to find.
   */
  degenerate: boolean;
  parameters: ExploredParameter[];
  sobol?: SobolIndices;
  morris?: ElementaryEffects;
  prim?: { trajectory: ExploredBox[]; chosen: number; baseDensity: number };
}

/**
 * The sampling an exploration runs (a Sobol or Morris design, or a sampled batch for PRIM), after
 * checking the request against the pack: the outcome exists, there are parameters to vary, and the
 * run budget is enough (a Sobol analysis needs 32·(k + 2) runs, a Morris one 2·(k + 1)). Throws a
 * `ValidationError` naming `outcome` or `runs`.
 */
export function exploreSampling(
  pack: Pack,
  scenario: Scenario,
  request: Omit<ExploreRequest, 'seed'>,
): Sampling {
  const ids = pack.outcomes.map((outcome) => outcome.id);
  if (!ids.includes(request.outcome)) {
    const nearest = nearestId(request.outcome, ids);
    throw new ValidationError('exploration', [
      {
        path: ['outcome'],
        message: `pack "${pack.id}" has no outcome "${request.outcome}"${nearest ? ` (did you mean "${nearest}"?)` : ''}; outcomes: ${ids.join(', ')}`,
      },
    ]);
  }
  const k = uncertainParameters(pack, scenario).length;
  if (k === 0) {
    throw new ValidationError('exploration', [
      {
        path: [scenario.id],
        message: `pack "${pack.id}" gives no ranges for the fields scenario "${scenario.id}" leaves free: nothing to explore`,
      },
    ]);
  }
  if (request.method === 'sobol') {
    return { method: 'sobol', baseSamples: saltelliBaseSamples(request.runs, k) };
  }
  if (request.method === 'morris') {
    const trajectories = Math.floor(request.runs / (k + 1));
    if (trajectories < 2) {
      throw new ValidationError('exploration', [
        {
          path: ['runs'],
          message: `a Morris analysis of ${k} parameters needs at least ${2 * (k + 1)} runs (2 trajectories × (${k} + 1)); got ${request.runs}`,
        },
      ]);
    }
    return { method: 'morris', trajectories };
  }
  return 'sampled';
}

/**
 * The analysis of an exploration's runs: `records[r]` is run r of the batch run under
 * `exploreSampling`'s sampling with `request.seed`, in run order. Sobol indices and Morris
 * effects come with percentile bootstrap intervals seeded by `request.seed`; PRIM boxes
 * (peeling trajectory and chosen box) bound the drawn values of the runs where the outcome held.
 * Only each record's `run`, `outcomes` and (for PRIM) `parameters` are read, so an executor may
 * send just those. Throws a `ValidationError` when the records are not the design's runs.
 */
export function exploreAnalysis(
  pack: Pack,
  scenario: Scenario,
  request: ExploreRequest,
  sampling: Sampling,
  records: readonly Pick<RunRecord, 'run' | 'outcomes' | 'parameters'>[],
): ExploreResult {
  const plan = samplingPlan(pack, scenario, sampling, request.seed);
  const expected = plan.runs ?? request.runs;
  const misplaced = records.findIndex((record, r) => record.run !== r);
  if (records.length !== expected || misplaced >= 0) {
    throw new ValidationError('exploration', [
      {
        path: ['runs'],
        message:
          misplaced >= 0
            ? `run ${misplaced} is missing or out of order`
            : `expected ${expected} runs, got ${records.length}`,
      },
    ]);
  }
  const outputs = Float64Array.from(records, (record) =>
    record.outcomes[request.outcome] ? 1 : 0,
  );
  const held = outputs.reduce((sum, value) => sum + value, 0);
  const names = plan.parameters.map((parameter) => parameter.name);
  const result: ExploreResult = {
    method: request.method,
    outcome: request.outcome,
    scenario: scenario.id,
    seed: request.seed,
    runs: records.length,
    share: records.length === 0 ? 0 : held / records.length,
    degenerate: held === 0 || held === records.length,
    parameters: plan.parameters.map((parameter) => ({
      name: parameter.name,
      value: parameter.value,
      distribution: parameter.distribution,
      reason: parameter.reason,
      provenance: parameter.provenance.kind,
    })),
  };
  const bootstrap = { seed: request.seed };
  if (request.method === 'sobol') {
    result.sobol = sobolIndices(plan.design as SaltelliDesign, outputs, bootstrap);
  } else if (request.method === 'morris') {
    result.morris = elementaryEffects(plan.design as MorrisDesign, outputs, bootstrap);
  } else {
    const inputs = plan.parameters.length
      ? records.map((record) => names.map((name) => record.parameters?.[name] ?? Number.NaN))
      : [];
    const found: PrimResult = prim(inputs, outputs);
    result.prim = {
      chosen: found.chosen,
      baseDensity: found.baseDensity,
      trajectory: found.trajectory.map((box) => ({
        low: [...box.low],
        high: [...box.high],
        restricted: box.restricted.map((i) => names[i]!),
        coverage: box.coverage,
        density: box.density,
        mass: box.mass,
        points: box.points,
      })),
    };
  }
  return result;
}
