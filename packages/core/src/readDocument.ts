import { isNode, LineCounter, parseDocument } from 'yaml';
import { ValidationError, type ValidationIssue } from './ValidationError.js';

/** A parsed YAML or JSON document and a way to find the line of any path in it. */
export interface ReadDocument {
  value: unknown;
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
}

/**
 * Reads YAML (JSON is YAML too). Syntax errors become a `ValidationError` with their line.
 * `what` names the kind of document in messages, e.g. "scenario".
 */
export function readDocument(text: string, what: string): ReadDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues: ValidationIssue[] = doc.errors.map((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      return {
        path: [],
        message: `YAML: ${firstLine(error.message)}`,
        line: pos.line,
        col: pos.col,
      };
    });
    throw new ValidationError(what, issues);
  }
  return {
    value: doc.toJS({ maxAliasCount: 100 }),
    locate(path) {
      // The deepest node that exists on the path: a missing key is reported at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, col: pos.col };
        }
      }
      return undefined;
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
