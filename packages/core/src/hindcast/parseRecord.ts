import { parseShape } from '../schema/parseShape.js';
import { type ReadDocument, readDocument } from '../schema/readDocument.js';
import type { Pack, Scenario } from '../schema/types.js';
import { ValidationError } from '../schema/ValidationError.js';
import { locateIssue } from '../schema/zodIssues.js';
import { checkRecord } from './checkRecord.js';
import { type PublicRecord, PublicRecordSchema } from './recordSchema.js';

export interface ParseRecordOptions {
  /** Also check the record against this pack: actors, and facts' actors. */
  pack?: Pack;
  /** With `pack`, also check that this scenario scripts the record's scripted events. */
  scenario?: Scenario;
}

/**
 * Validates a public record given as YAML or JSON text, or as an object, and returns it typed.
 * Throws a `ValidationError` naming the path (and, for text, the line) of every problem; nothing
 * is dropped silently.
 *
 * @example
 * const record = parseRecord(readFileSync('axis-2023-2025.yaml', 'utf8'), { pack: axisPack });
 */
export function parseRecord(
  input: string | unknown,
  options: ParseRecordOptions = {},
): PublicRecord {
  const doc: ReadDocument | undefined =
    typeof input === 'string' ? readDocument(input, 'record') : undefined;
  const result = parseShape(PublicRecordSchema, doc ? doc.value : input, doc);
  if (!result.success) throw new ValidationError('record', result.issues);
  if (options.pack) {
    const issues = checkRecord(result.data, options.pack, options.scenario);
    if (issues.length > 0) {
      throw new ValidationError(
        'record',
        issues.map((issue) => locateIssue(issue, doc)),
      );
    }
  }
  return result.data;
}
