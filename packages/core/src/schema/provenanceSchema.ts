import { z } from 'zod';

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
 * sentence (`inferred`), or it is the modeller's editable choice (`assumption`).
 */
export const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('stated'), ...quoted }),
  z.strictObject({ kind: z.literal('inferred'), ...quoted, reasoning: z.string().min(1) }),
  z.strictObject({ kind: z.literal('assumption'), why: z.string().min(1) }),
]);

/** A value together with the provenance it rests on. */
export function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, provenance: ProvenanceSchema });
}

export { id as IdSchema };
