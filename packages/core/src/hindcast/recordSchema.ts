import { z } from 'zod';
import { IdSchema } from '../schema/provenanceSchema.js';
import { RUNGS } from '../schema/rungs.js';
import { TARGET_CLASSES } from '../schema/vocabulary.js';

/** A calendar date written `YYYY-MM-DD`; that it exists is checked by `checkRecord`. */
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The kinds of event a record codes: the event vocabulary of DESIGN §4. */
export const RECORDED_EVENT_TYPES = [
  'attack',
  'support',
  'restrain',
  'ceasefire',
  'statement',
] as const;

/** How well an event is attested: two or more outlets agree, one outlet, or the parties dispute it. */
export const RECORD_STATUSES = ['confirmed', 'single-source', 'contested'] as const;

/** One published report an event rests on: outlet, title and address as published. */
export const RecordSourceSchema = z.strictObject({
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
});

/** One dated event of the public record, coded on the ladder with its reason and its sources. */
export const RecordedEventSchema = z.strictObject({
  id: IdSchema,
  /** The calendar date; it must be `day` days after the record's epoch. */
  date: DateSchema,
  /** Days since the record's epoch (day 0). */
  day: z.int('day must be a whole number').min(0, 'day must be 0 or later'),
  actor: IdSchema,
  type: z.enum(RECORDED_EVENT_TYPES),
  /** The other party, when there is one; attacks and ceasefires need it. */
  against: IdSchema.optional(),
  /** The target class an attack hit; attacks need it. */
  target: z.enum(TARGET_CLASSES).optional(),
  /** What happened, in one or two sentences. */
  action: z.string().min(1),
  /** The actor's rung as the event shows it: the highest form of its own involvement then. */
  rung: z.enum(RUNGS),
  /** One line: why this rung. */
  coding: z.string().min(1),
  status: z.enum(RECORD_STATUSES),
  /** Where the sources, or the parties, disagree; contested events need it. */
  disagreement: z.string().min(1).optional(),
  /** The event is an external shock scripted on its real day in the record's hindcast scenario. */
  scripted: z.boolean().default(false),
  sources: z.array(RecordSourceSchema).min(1, 'an event needs at least one source'),
});

/**
 * How a stylised fact is measured on the model's runs: on each day from `from` to `to`
 * (inclusive), the share of runs in which every named actor stood at or above `atLeast` (or at or
 * below `atMost`); the lowest share among the actors counts. `over: any` takes the best day of
 * the window, `over: all` the worst.
 */
export const FactMeasureSchema = z
  .strictObject({
    actors: z.array(IdSchema).min(1, 'a fact names at least one actor'),
    atLeast: z.enum(RUNGS).optional(),
    atMost: z.enum(RUNGS).optional(),
    from: z.int().min(0),
    to: z.int().min(0),
    over: z.enum(['any', 'all']),
  })
  .refine((m) => (m.atLeast === undefined) !== (m.atMost === undefined), {
    message: 'give exactly one of atLeast and atMost',
  })
  .refine((m) => m.from <= m.to, { message: 'from must not be after to', path: ['to'] });

/** Kinds of stylised fact: a move up the ladder, a move down, or holding back from one. */
export const FACT_KINDS = ['escalation', 'de-escalation', 'restraint'] as const;

/** A named, measurable claim the record makes, with the events it rests on. */
export const StylisedFactSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  kind: z.enum(FACT_KINDS),
  claim: z.string().min(1),
  events: z.array(IdSchema).min(1, 'a fact rests on at least one event'),
  measure: FactMeasureSchema,
  /** The share of runs (0..1) the measured figure must reach for the fact to pass. */
  share: z.number().min(0).max(1),
});

/** The public record of a pack: dated, sourced, coded events and the stylised facts drawn from them. */
export const PublicRecordSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  title: z.string().min(1),
  pack: IdSchema,
  /** The id of the hindcast scenario that scripts the record's external shocks. */
  scenario: IdSchema,
  /** Day 0 of the record, `YYYY-MM-DD`. */
  epoch: DateSchema,
  /** The last date the record covers, `YYYY-MM-DD`. */
  end: DateSchema,
  summary: z.string().min(1),
  /** What the record cannot tell, in prose. */
  limits: z.string().min(1),
  events: z.array(RecordedEventSchema).min(1, 'a record needs at least one event'),
  facts: z.array(StylisedFactSchema).default([]),
});

export type PublicRecord = z.output<typeof PublicRecordSchema>;
export type RecordedEvent = z.output<typeof RecordedEventSchema>;
export type RecordSource = z.output<typeof RecordSourceSchema>;
export type StylisedFact = z.output<typeof StylisedFactSchema>;
export type FactMeasure = z.output<typeof FactMeasureSchema>;
