import type { z } from 'zod';
import type { ReadDocument } from './readDocument.js';
import type { ValidationIssue } from './ValidationError.js';

/** Turns zod's issues into located validation issues (lines only when read from text). */
export function zodIssues(error: z.ZodError, doc?: ReadDocument): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    // An unknown key is best shown at the key itself, not at the object holding it.
    const at =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1
        ? [...path, issue.keys[0]!]
        : path;
    const located = locateIssue({ path: at, message: plainMessage(issue, doc) }, doc);
    return { ...located, path };
  });
}

/** Adds the line and column of an issue's path, when the document is text. */
export function locateIssue(issue: ValidationIssue, doc?: ReadDocument): ValidationIssue {
  const pos = doc?.locate(issue.path);
  return pos ? { ...issue, line: pos.line, col: pos.col } : issue;
}

/** What zod's expected types are, in words. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

/**
 * An issue in plain words rather than the validator's: a missing key says it is missing and
 * what it needs (`is missing: a text is needed`), a value of the wrong type what it must be and
 * what it is, an empty text that it may not be empty. Other messages (the schema's own) are kept.
 */
function plainMessage(issue: z.core.$ZodIssue, doc?: ReadDocument): string {
  if (issue.code === 'invalid_type' && doc) {
    const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
    const found = valueAt(doc.value, issue.path);
    if (!found) return `is missing: ${expected} is needed`;
    if (issue.message.startsWith('Invalid input')) {
      const { value } = found;
      const got = Array.isArray(value)
        ? 'a list'
        : value === null
          ? 'nothing (null)'
          : (TYPE_WORDS[typeof value] ?? typeof value);
      return `must be ${expected}, not ${got}`;
    }
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
    return 'may not be empty';
  }
  return issue.message;
}

/** The value at a path of a document, or undefined when a key on the way is not there. */
function valueAt(root: unknown, path: readonly PropertyKey[]): { value: unknown } | undefined {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { value };
}
