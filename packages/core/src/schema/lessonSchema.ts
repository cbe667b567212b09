import { z } from 'zod';
import { MAX_SEED } from './maxSeed.js';
import { IdSchema } from './provenanceSchema.js';
import { RUNGS } from './rungs.js';

const rung = z.enum(RUNGS);
const text = z.string().trim().min(1);

/** A run or a batch a lesson asks the student to make: a scenario, a seed and a number of runs. */
export const LessonExperimentSchema = z.strictObject({
  id: IdSchema,
  label: text,
  scenario: IdSchema,
  seed: z.int().min(0).max(MAX_SEED),
  /** 1 for a single run, more for a Monte Carlo batch. */
  runs: z.int().min(1).max(100_000),
  /**
   * Where the runs take the pack's uncertain numbers from: its values (`fixed`, the default) or,
   * for a batch, draws from its ranges, run by run (`sampled`).
   */
  sampling: z.enum(['fixed', 'sampled']).optional(),
  /** Where to look in the runner: the day and actor its link opens on. */
  watch: z.strictObject({ day: z.int().min(0), actor: IdSchema }).optional(),
});

/** The kinds of lesson measure; a measure gives exactly one of them. */
export const LESSON_MEASURE_KINDS = ['outcome', 'highest', 'firstDay', 'onDay'] as const;

/**
 * One figure read off the runs of an experiment: the share of runs in which an outcome held
 * (`outcome`), the share of runs whose highest rung for an actor lies in a range (`highest`), the
 * median first day an actor stood at a rung or higher (`firstDay`), or the share of runs in which
 * an actor stood within a range of rungs on one given day (`onDay`: a measure taken at the moment
 * a claim is about, read off the runs' rungs by day). Exactly one of the four is given.
 */
export const LessonMeasureSchema = z
  .strictObject({
    id: IdSchema,
    label: text,
    experiment: IdSchema,
    outcome: IdSchema.optional(),
    highest: z
      .strictObject({ actor: IdSchema, atLeast: rung.optional(), atMost: rung.optional() })
      .optional(),
    firstDay: z.strictObject({ actor: IdSchema, atLeast: rung }).optional(),
    onDay: z
      .strictObject({
        actor: IdSchema,
        /** The day, from 0 (the scenario's first day), before the scenario's horizon. */
        day: z.int().min(0),
        atLeast: rung.optional(),
        atMost: rung.optional(),
      })
      .optional(),
  })
  .superRefine((measure, context) => {
    const given = LESSON_MEASURE_KINDS.filter((key) => measure[key] !== undefined);
    if (given.length !== 1) {
      context.addIssue({
        code: 'custom',
        message: `give exactly one of ${LESSON_MEASURE_KINDS.join(', ')} (found ${given.length === 0 ? 'none' : given.join(', ')})`,
      });
    }
  });

/** A passage of the source a lesson quotes, verbatim, optionally tied to the rule resting on it. */
export const LessonQuoteSchema = z.strictObject({
  /** Id of the source document; the pack's first source when omitted. */
  source: IdSchema.optional(),
  paragraph: z.int().min(1),
  quote: text,
  /** The pack field resting on this passage, named as decisions name it (`<actor>.ceiling`). */
  rule: text.optional(),
});

const choice = z.strictObject({ id: IdSchema, label: text, measure: IdSchema });

/**
 * What the student commits to before running: a numeric estimate of one measure (a percentage
 * for shares, a day for first days), or one of several choices, each answered by a share.
 */
export const LessonPredictionSchema = z
  .strictObject({
    question: text,
    estimate: z.strictObject({ measure: IdSchema }).optional(),
    choices: z.array(choice).min(2).optional(),
  })
  .superRefine((prediction, context) => {
    if ((prediction.estimate === undefined) === (prediction.choices === undefined)) {
      context.addIssue({ code: 'custom', message: 'give exactly one of estimate, choices' });
    }
  });

/**
 * A sentence of the reveal and the bound on a measure that makes it true: the sentence is shown
 * with the figure measured live, and the lesson's tests run the engine to keep it true.
 */
export const LessonClaimSchema = z
  .strictObject({
    says: text,
    measure: IdSchema,
    atLeast: z.number().optional(),
    atMost: z.number().optional(),
    /** Another measure (same unit) this one must exceed. */
    moreThan: IdSchema.optional(),
    /** Another measure (same unit) this one must stay under. */
    lessThan: IdSchema.optional(),
  })
  .superRefine((claim, context) => {
    const bounds = [claim.atLeast, claim.atMost, claim.moreThan, claim.lessThan];
    if (bounds.every((bound) => bound === undefined)) {
      context.addIssue({
        code: 'custom',
        message: 'give at least one of atLeast, atMost, moreThan, lessThan',
      });
    }
  });

/**
 * A guided lesson: a learning goal, the source passages behind it, a prediction the student
 * commits to, the runs that answer it, the reveal and questions for discussion. Generic: it names
 * actors, outcomes, rules and scenarios by id, and `checkLesson` checks them against a pack.
 */
export const LessonSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  /** Position in the list of lessons, from 1. */
  order: z.int().min(1),
  title: text,
  pack: IdSchema,
  goal: text,
  context: z.strictObject({
    intro: text,
    quotes: z.array(LessonQuoteSchema).min(1),
    /**
     * Events of a public record the lesson sets the model against: the record's id and the ids
     * of its events, shown with their dates, what happened and their sources.
     */
    record: z.strictObject({ id: IdSchema, events: z.array(IdSchema).min(1) }).optional(),
  }),
  /** The pack fields the lesson rests on, shown with their provenance (`<actor>.redLines[0]`). */
  rules: z.array(text).default([]),
  experiments: z.array(LessonExperimentSchema).min(1),
  measures: z.array(LessonMeasureSchema).min(1),
  prediction: LessonPredictionSchema,
  reveal: z.strictObject({ explanation: text, claims: z.array(LessonClaimSchema).min(1) }),
  discussion: z.array(text).min(1),
});
