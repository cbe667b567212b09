import type { z } from 'zod';
import type { InjectSchema, WorldEventSchema } from './eventSchema.js';
import type { LessonClaimSchema, LessonMeasureSchema, LessonSchema } from './lessonSchema.js';
import type { OutcomeSchema } from './outcomeSchema.js';
import type {
  ActorSchema,
  PackSchema,
  ParamsSchema,
  PostureSchema,
  RedLineSchema,
  SourceSchema,
  TargetSchema,
  WorldSchema,
} from './packSchema.js';
import type { ProvenanceSchema } from './provenanceSchema.js';
import type { Rung } from './rungs.js';
import type { PostureOverrideSchema, ScenarioSchema } from './scenarioSchema.js';

export type Provenance = z.output<typeof ProvenanceSchema>;
export type Source = z.output<typeof SourceSchema>;
export type Pack = z.output<typeof PackSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type Posture = z.output<typeof PostureSchema>;
export type Params = z.output<typeof ParamsSchema>;
export type RedLine = z.output<typeof RedLineSchema>;
export type Target = z.output<typeof TargetSchema>;
export type World = z.output<typeof WorldSchema>;
export type Outcome = z.output<typeof OutcomeSchema>;
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type PostureOverride = z.output<typeof PostureOverrideSchema>;
export type WorldEvent = z.output<typeof WorldEventSchema>;
export type Inject = z.output<typeof InjectSchema>;
export type AttackEvent = Extract<WorldEvent, { type: 'attack' }>;
export type Lesson = z.output<typeof LessonSchema>;
export type LessonMeasure = z.output<typeof LessonMeasureSchema>;
export type LessonClaim = z.output<typeof LessonClaimSchema>;

/** A provenance together with the posture field it belongs to, e.g. `actor.ceiling`. */
export type FieldProvenance = Provenance & { field: string };

/** One explained rung change: the rule that fired, the values it compared, what it rests on. */
export interface Decision {
  actor: string;
  from: Rung;
  to: Rung;
  /** The machine guard that fired: `rise`, `riseByRedLine`, `fall`, `scripted`. */
  rule: string;
  /** One sentence a student can read. */
  why: string;
  /** The numbers the guard compared (drive, threshold, its components). */
  values: Record<string, number>;
  /** Provenance of the posture fields the decision rests on, the deciding one first. */
  provenance: FieldProvenance[];
}

/** A red line crossed: the actor's ceiling is lifted to `lift` until day `until` (exclusive). */
export interface RedLineCrossing {
  actor: string;
  redLine: string;
  label: string;
  lift: Rung;
  until: number;
  provenance: FieldProvenance[];
}

/**
 * An attack shaped by a rule besides the day's attack roll, explained: made on the actor's
 * initiative (`leadership`, `preempt`), cut by the victim's defences (`intercept`), or not made
 * because the fire is linked to an ally's war in a ceasefire (`linkage`).
 */
export interface AttackChoice {
  /** The attacker. */
  actor: string;
  adversary: string;
  rule: 'leadership' | 'preempt' | 'intercept' | 'linkage';
  /** One sentence a student can read. */
  why: string;
  /** The numbers the rule used. */
  values: Record<string, number>;
  /** Provenance of the posture fields it rests on, the deciding one first. */
  provenance: FieldProvenance[];
}

export interface TraceDay {
  day: number;
  rungs: Record<string, Rung>;
  events: WorldEvent[];
  decisions: Decision[];
  redLines: RedLineCrossing[];
  /** The day's attack choices (initiative, defences, linkage); left out when there are none. */
  choices?: AttackChoice[];
}

/** Everything one run did, day by day (DESIGN §6). */
export interface Trace {
  scenario: string;
  scenarioHash: string;
  pack: string;
  packVersion: string;
  sourceHash: string;
  engineVersion: string;
  seed: number;
  run: number;
  horizon: number;
  days: TraceDay[];
}

/** Per actor: share of runs reaching each rung, and the median first day among those that did. */
export interface ActorSummary {
  reach: Record<Rung, number>;
  firstDay: Record<Rung, number | null>;
}

/** A batch summary; the CLI's `--json` and the web app use exactly this shape. */
export interface Summary {
  scenario: string;
  scenarioHash: string;
  pack: string;
  packVersion: string;
  sourceHash: string;
  engineVersion: string;
  seed: number;
  /**
   * Where the runs took the pack's uncertain numbers from: its values (`fixed`) or draws from
   * its ranges (`sampled`); see `Sampling`.
   */
  sampling: 'fixed' | 'sampled';
  runs: number;
  horizon: number;
  actors: Record<string, ActorSummary>;
  outcomes: Record<string, number>;
}
