import { z } from 'zod';
import { RangeSchema } from './rangeSchema.js';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case id (a-z, 0-9, -)')
  // The one such id every JavaScript object already has: it would shadow lookups by id.
  .refine((value) => value !== 'constructor', '"constructor" is reserved; choose another id');

const quoted = {
  /** Id of the source document; the pack's first source when omitted. */
  source: id.optional(),
  /** Paragraph number in the source, counting from 1. */
  paragraph: z.int().min(1),
  /** The source's own words, verbatim (typographic apostrophes and dashes kept). */
  quote: z.string().min(1),
};

/**
 * Where a posture field comes from: the article says it (`stated`), it is reasoned from a quoted
 * sentence (`inferred`), it is calibrated to the public record (`recorded`: the record's id, the
 * ids of the record's events it rests on, and how), or it is the modeller's editable choice
 * (`assumption`). Only a source document gives `stated` and `inferred`.
 */
export const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated'), ...quoted }),
  z.strictObject({ kind: z.literal('inferred'), ...quoted, reasoning: z.string().min(1) }),
  z.strictObject({
    kind: z.literal('recorded'),
    /** Id of the public record (a `PublicRecord`'s `id`). */
    record: id,
    /** Ids of the record's events the value rests on, at least one. */
    events: z.array(id).min(1),
    /** How the value is read from those events, in one or two sentences. */
    reasoning: z.string().min(1),
  }),
  z.strictObject({ kind: z.literal('assumption'), why: z.string().min(1) }),
]);

/**
 * A value together with the provenance it rests on, and, for a number that is an `assumption` or
 * `inferred`, an optional `range` (see `RangeSchema`) it is sampled from in deep-uncertainty
 * analyses. The range is checked against the field: its bounds and mode must be values the field
 * itself accepts, and `low ≤ value ≤ high`. A range on a non-number or on a `stated` value is
 * rejected at `range`.
 */
export function sourced<T extends z.ZodType>(value: T) {
  return z
    .strictObject({ value, provenance: ProvenanceSchema, range: RangeSchema.optional() })
    .superRefine((field, context) => {
      const { range } = field;
      // A range whose own bounds are wrong has its issue already (RangeSchema).
      if (range === undefined || range.low > range.high) return;
      const fieldValue: unknown = (field as { value: unknown }).value;
      const fail = (path: (string | number)[], message: string) =>
        context.addIssue({ code: 'custom', path: ['range', ...path], message });
      if (typeof fieldValue !== 'number') {
        fail([], 'only a number can have a range');
        return;
      }
      if (field.provenance.kind === 'stated') {
        fail([], 'a stated value has no range (only an assumption or an inferred value has)');
        return;
      }
      const bounds = {
        low: range.low,
        ...('mode' in range ? { mode: range.mode } : {}),
        high: range.high,
      };
      let valid = true;
      for (const [key, bound] of Object.entries(bounds)) {
        const parsed = value.safeParse(bound);
        if (!parsed.success) {
          valid = false;
          fail(
            [key],
            `${bound} is not a value this field takes: ${parsed.error.issues[0]!.message}`,
          );
        }
      }
      if (valid && (fieldValue < range.low || fieldValue > range.high)) {
        fail([], `the value ${fieldValue} lies outside its range [${range.low}, ${range.high}]`);
      }
    });
}

export { id as IdSchema };
