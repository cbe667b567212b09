import { z } from 'zod';
import { OutcomeSchema } from './outcomeSchema.js';
import { IdSchema, ProvenanceSchema, sourced } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';
import { CHANNELS, MEANS, TARGET_CLASSES } from './vocabulary.js';

const rung = z.enum(RUNGS);
const share = z.number().min(0).max(1);
/**
 * A weight of the drive (per unit of a signal in 0..1), a threshold or a noise width: 0 to 10.
 * The built-in pack's largest is 2.2; the bound keeps every sum of drive terms finite.
 */
const weight = z.number().min(0).max(10, 'must be at most 10');
/** A number of days: at most 3,650, the longest horizon. */
const days = (min: number) => z.int().min(min).max(3650, 'must be at most 3,650 days');
const weightsOf = <K extends readonly [string, ...string[]]>(keys: K) =>
  z.record(z.enum(keys), weight);

/** A source document: the text every `stated` and `inferred` quote must be found in. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: z.string().min(1),
  attribution: z.string().min(1),
  /** Hex sha256 of the text as paragraphs joined by "\n". */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text, one entry per paragraph: paragraph N is `paragraphs[N - 1]`. */
  paragraphs: z.array(z.string().min(1)).min(1),
  caveat: z.string().min(1).optional(),
});

/** A condition that, once met, lifts an actor's ceiling for a while. */
export const RedLineConditionSchema = z.union([
  z.strictObject({
    attack: z.strictObject({
      /** Attackers that count; any actor when omitted. */
      by: z.array(IdSchema).min(1).optional(),
      /** Whose being hit counts: the actor itself when omitted (an ally's leaders, say). */
      on: z.array(IdSchema).min(1).optional(),
      targets: z.array(z.enum(TARGET_CLASSES)).min(1),
      /** Severity (0..1) at which an attack crosses the line: surely, or half the time if graded. */
      minSeverity: share,
      /**
       * Grading, 0..1: the chance of crossing rises evenly from 0 at `minSeverity − spread` to 1
       * at `minSeverity + spread`. A sharp line (cross at `minSeverity`) when omitted or 0.
       */
      spread: share.optional(),
    }),
  }),
  z.strictObject({
    rung: z.strictObject({ actors: z.array(IdSchema).min(1), atLeast: rung }),
  }),
]);

export const RedLineSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  when: RedLineConditionSchema,
  /** The rung the ceiling is lifted to. */
  lift: rung,
  /** How many days the lift lasts, from the day after the crossing is perceived, 1..3,650. */
  days: days(1),
  /**
   * Closure, 1..100: the largest answer, in attacks made above the ceiling. An attack crossing
   * the line earns round(answer × severity × its class's weight ÷ the heaviest class weight),
   * at least 1; once that many are made the lift ends. No limit but `days` when omitted.
   */
  answer: z.int().min(1).max(100).optional(),
  provenance: ProvenanceSchema,
});

export const TargetSchema = z.strictObject({
  adversary: IdSchema,
  means: z.array(z.enum(MEANS)).min(1),
  classes: z.array(z.enum(TARGET_CLASSES)).min(1),
  /** Relative share of the actor's activity aimed at this adversary, 0..1. */
  weight: share,
  /** Highest rung of its attacks on this adversary, unless the adversary has gone higher. */
  upTo: rung.optional(),
  /** Strike this adversary only when it has attacked first (within the pack's memory). */
  retaliateOnly: z.boolean().optional(),
  /**
   * Linkage: this fire is tied to an ally's war with the same adversary, and pauses on every day
   * the ally and the adversary are in a ceasefire together.
   */
  linkedTo: z.strictObject({ ally: IdSchema, provenance: ProvenanceSchema }).optional(),
  /**
   * Initiative: choices the actor makes about this adversary on its own, not in answer to a
   * pressure on its drive (MODEL.md, "Initiative").
   */
  initiative: z
    .strictObject({
      /**
       * 0..1: the chance that an attack it makes on this adversary is aimed at its leaders (a
       * targeted killing, severity drawn from the top rung's range whatever the attack's rung).
       */
      leadership: sourced(share).optional(),
      /**
       * 0..1: the chance, each day it stands at a rung that uses force, that it strikes this
       * adversary first while the adversary is preparing an answer (a red line has lifted its
       * ceiling and its answer is not yet made), even when it otherwise only retaliates.
       */
      preempt: sourced(share).optional(),
    })
    .optional(),
  provenance: ProvenanceSchema,
});

/**
 * Defences: the share of the attacks made by the listed means that is intercepted before it does
 * harm (MODEL.md, "Defences"). The attack still happens and is still seen; only its severity is
 * cut.
 */
export const DefencesSchema = z.strictObject({
  /** The means its defences stop (rockets, drones, missiles). */
  means: sourced(z.array(z.enum(MEANS)).min(1)),
  /** 0..1: the share of each such attack's severity intercepted. */
  intercept: sourced(share),
});

/**
 * A sponsor's hold on its clients' initiative: while the adversary a client would strike on its
 * own initiative stands at `atLeast` or higher, the client's initiative chances are cut by its
 * `obedience` (MODEL.md, "Initiative").
 */
export const InitiativeRestraintSchema = z.strictObject({
  /** The clients it holds back. */
  of: z.array(IdSchema).min(1),
  /** The adversary's rung from which a client's strike on its own initiative risks a wider war. */
  atLeast: rung,
  provenance: ProvenanceSchema,
});

export const SupportSchema = z.strictObject({
  to: IdSchema,
  channels: z.array(z.enum(CHANNELS)).min(1),
  provenance: ProvenanceSchema,
});

/**
 * A sponsor's order to stand down after an ally's strike risks drawing a great power in: on the
 * day after one of the allies it reins in hits one of the pack's risk actors on one of `targets`
 * at `minSeverity` or more, it reins in each of those allies that uses force, and each heeds with
 * a chance equal to its own obedience: one that heeds holds its fire at the risk actors for
 * `days` days (its rung is untouched); one that does not, goes on.
 */
export const RestraintPauseSchema = z.strictObject({
  after: z.strictObject({
    /** Target classes of the risk actor whose hitting counts. */
    targets: z.array(z.enum(TARGET_CLASSES)).min(1),
    /** Severity (0..1) from which the strike counts. */
    minSeverity: share,
  }),
  /** Days an ally that heeds holds its fire at the risk actors, 1..3,650. */
  days: days(1),
  /**
   * How its fire at the risk actors resumes after the pause: `free`, as before the order (the
   * default), or `retaliation`, only in answer to their strikes within the world's memory.
   */
  resume: z.enum(['free', 'retaliation']).optional(),
  provenance: ProvenanceSchema,
});

export const RestraintSchema = z.strictObject({
  /** Allies the sponsor reins in. */
  of: z.array(IdSchema).min(1),
  /** The risk of a wider war (0..1) at which the sponsor starts to rein them in. */
  above: share,
  /** How hard it pulls: subtracted, times the ally's obedience, from the ally's drive. */
  strength: weight,
  /** An order to stand down after an ally's strike on a risk actor; none when omitted. */
  pause: RestraintPauseSchema.optional(),
  provenance: ProvenanceSchema,
});

/** The numeric parameters of a posture; each can be overridden by a scenario or a sweep. */
export const PARAM_NAMES = [
  'reactivity',
  'solidarity',
  'deterrence',
  'riskAversion',
  'obedience',
  'decay',
  'mobilisationDelay',
] as const;

/**
 * The range of each behavioural parameter, for a pack's value and a scenario's override alike:
 * the four weights 0 to 10, `obedience` 0 to 1, `decay` above 0 to 1, `mobilisationDelay` 0 to
 * 3,650 whole days.
 */
export const PARAM_VALUES = {
  reactivity: weight,
  solidarity: weight,
  deterrence: weight,
  riskAversion: weight,
  obedience: share,
  decay: z.number().gt(0).max(1),
  mobilisationDelay: days(0),
} as const;

export const ParamsSchema = z.strictObject({
  /** Weight of attacks on the actor itself in its drive, 0..10. */
  reactivity: sourced(PARAM_VALUES.reactivity),
  /** Weight of attacks on its allies, 0..10. */
  solidarity: sourced(PARAM_VALUES.solidarity),
  /** Sensitivity to an engaged adversary's superior firepower, 0..10. */
  deterrence: sourced(PARAM_VALUES.deterrence),
  /** Sensitivity to the risk of a wider war (the rung of the pack's risk actors), 0..10. */
  riskAversion: sourced(PARAM_VALUES.riskAversion),
  /** How much a sponsor's restraint holds it back, 0..1. */
  obedience: sourced(PARAM_VALUES.obedience),
  /** Share of remembered pressure that fades each day, above 0 to 1. */
  decay: sourced(PARAM_VALUES.decay),
  /** Days between the first pull toward force and the first use of force, 0..3,650. */
  mobilisationDelay: sourced(PARAM_VALUES.mobilisationDelay),
  /** Attack probability per target per day at each rung; the pack's defaults when omitted. */
  activity: sourced(z.partialRecord(rung, share)).optional(),
});

export const PostureSchema = z.strictObject({
  start: sourced(rung),
  /** Lowest rung it will come down to; its start when omitted. */
  floor: sourced(rung).optional(),
  ceiling: sourced(rung),
  redLines: z.array(RedLineSchema).default([]),
  allies: sourced(z.array(IdSchema)),
  supports: z.array(SupportSchema).default([]),
  restraint: RestraintSchema.optional(),
  /** Holds back its clients' initiative (leadership strikes, pre-emption). */
  restrainsInitiative: InitiativeRestraintSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  /** Interception of incoming attacks; none when omitted. */
  defences: DefencesSchema.optional(),
  params: ParamsSchema,
  /**
   * Coercion, 0..1: how firmly the actor holds its rung when a stronger adversary strikes it. On
   * each day after such strikes it yields (steps down a rung and holds there for the world's
   * dwell) with chance (1 − resolve) × s(punishment), where punishment is its remembered damage
   * times each attacker's firepower gap over it. 1, never yielding, when omitted.
   */
  resolve: sourced(share).optional(),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Whether `name` is plural ("Iraqi militias"), so verbs agree with it; singular when omitted. */
  plural: z.boolean().optional(),
  /** Actors of one bloc stand together in outputs; alliances themselves are `posture.allies`. */
  bloc: IdSchema,
  summary: z.string().min(1),
  /** Firepower relative to the other actors, 0..1. */
  power: sourced(share),
  posture: PostureSchema,
});

export const WorldSchema = z.strictObject({
  /** Weight of an attack on each target class when an actor perceives it. */
  targetWeights: sourced(weightsOf(TARGET_CLASSES)),
  /** Weight of a day's support through each channel in the ally's drive. */
  channelWeights: sourced(weightsOf(CHANNELS)),
  /** Drive needed to climb to each rung, 0..10. */
  thresholds: sourced(z.record(rung, weight)),
  /** Share of a rung's threshold the drive may fall below before the actor steps down. */
  hysteresis: sourced(share),
  /** Days an actor holds a rung it moved to before its drive alone can bring it down. */
  dwell: sourced(days(0)),
  /** Default attack probability per target per day at each rung. */
  activity: sourced(z.record(rung, share)),
  /** Severity range [min, max] of an attack made at each rung. */
  severity: sourced(z.record(rung, z.tuple([share, share]))),
  /** Actors whose rung measures the risk of a wider war. */
  riskActors: sourced(z.array(IdSchema)),
  /** Half-width of the uniform day-to-day noise added to every actor's drive, 0..10. */
  noise: sourced(weight),
  /** Days an attack is remembered for retaliation and for matching its rung, 1..3,650. */
  memory: sourced(days(1)),
});

/** A content pack: its sources, world settings, actors with postures, and named outcomes. */
export const PackSchema = z.strictObject({
  id: IdSchema,
  version: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  sources: z.array(SourceSchema).min(1),
  world: WorldSchema,
  actors: z.array(ActorSchema).min(1),
  outcomes: z.array(OutcomeSchema).min(1),
});
