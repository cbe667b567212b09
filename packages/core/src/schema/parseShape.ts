import type { z } from 'zod';
import { plainMessage } from './plainMessage.js';
import type { ReadDocument } from './readDocument.js';
import type { ValidationIssue } from './ValidationError.js';
import { zodIssues } from './zodIssues.js';

/** The outcome of {@link parseShape}: the typed value, or every problem of its shape. */
export type ShapeResult<T> =
  | { success: true; data: T }
  | { success: false; issues: ValidationIssue[] };

/**
 * Checks `input` against a zod schema, with every problem in plain words ({@link plainMessage})
 * and, when `doc` is the text it was read from, its line and column.
 */
export function parseShape<S extends z.ZodType>(
  schema: S,
  input: unknown,
  doc?: ReadDocument,
): ShapeResult<z.output<S>> {
  const result = schema.safeParse(input, { error: plainMessage });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: zodIssues(result.error, doc) };
}
