import type { z } from 'zod';
import type { ReadDocument } from './readDocument.js';
import type { ValidationIssue } from './ValidationError.js';

/**
 * Turns zod's issues into located validation issues (lines only when read from text). An issue
 * about several unknown keys becomes one issue per key, located at the key; its message, when
 * written by `plainMessage`, has one line per key.
 */
export function zodIssues(error: z.ZodError, doc?: ReadDocument): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    if (issue.code === 'unrecognized_keys') {
      const lines = issue.message.split('\n');
      const perKey = lines.length === issue.keys.length;
      return issue.keys.map((key) =>
        locateIssue(
          {
            path: [...path, key],
            message: perKey ? lines[issue.keys.indexOf(key)]! : issue.message,
          },
          doc,
        ),
      );
    }
    return [locateIssue({ path, message: issue.message }, doc)];
  });
}

/** Adds the line and column of an issue's path, when the document is text. */
export function locateIssue(issue: ValidationIssue, doc?: ReadDocument): ValidationIssue {
  const pos = doc?.locate(issue.path);
  return pos ? { ...issue, line: pos.line, col: pos.col } : issue;
}
