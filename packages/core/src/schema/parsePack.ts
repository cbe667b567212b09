import { type CheckPackOptions, checkPack } from './checkPack.js';
import { PackSchema } from './packSchema.js';
import { parseShape } from './parseShape.js';
import { type ReadDocument, readDocument } from './readDocument.js';
import type { Pack } from './types.js';
import { ValidationError } from './ValidationError.js';
import { locateIssue } from './zodIssues.js';

/**
 * Validates a content pack given as YAML or JSON text, or as an object: its shape, its references
 * and that every quote is verbatim in its source (and, given `options.records`, that every
 * `recorded` provenance cites events of those records). Throws a `ValidationError` otherwise.
 */
export function parsePack(input: string | unknown, options: CheckPackOptions = {}): Pack {
  const doc: ReadDocument | undefined =
    typeof input === 'string' ? readDocument(input, 'pack') : undefined;
  const result = parseShape(PackSchema, doc ? doc.value : input, doc);
  if (!result.success) throw new ValidationError('pack', result.issues);
  const issues = checkPack(result.data, options);
  if (issues.length > 0) {
    throw new ValidationError(
      'pack',
      issues.map((issue) => locateIssue(issue, doc)),
    );
  }
  return result.data;
}
