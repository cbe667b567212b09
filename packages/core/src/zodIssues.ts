import type { z } from 'zod';
import type { ReadDocument } from './readDocument.js';
import type { ValidationIssue } from './ValidationError.js';

/** Turns zod's issues into located validation issues (lines only when read from text). */
export function zodIssues(error: z.ZodError, doc?: ReadDocument): ValidationIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    return locateIssue({ path, message: issue.message }, doc);
  });
}

/** Adds the line and column of an issue's path, when the document is text. */
export function locateIssue(issue: ValidationIssue, doc?: ReadDocument): ValidationIssue {
  const pos = doc?.locate(issue.path);
  return pos ? { ...issue, line: pos.line, col: pos.col } : issue;
}
