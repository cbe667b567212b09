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
    const located = locateIssue({ path: at, message: issue.message }, doc);
    return { ...located, path };
  });
}

/** Adds the line and column of an issue's path, when the document is text. */
export function locateIssue(issue: ValidationIssue, doc?: ReadDocument): ValidationIssue {
  const pos = doc?.locate(issue.path);
  return pos ? { ...issue, line: pos.line, col: pos.col } : issue;
}
