import { isNode, LineCounter, parseDocument, visit } from 'yaml';
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
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved aliases and alias bombs surface only when the document is turned into data;
    // point at the first alias, the likely culprit.
    let offset: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    const pos = offset === undefined ? undefined : lineCounter.linePos(offset);
    const message = `YAML: ${firstLine((error as Error).message)}`;
    throw new ValidationError(what, [
      pos ? { path: [], message, line: pos.line, col: pos.col } : { path: [], message },
    ]);
  }
  return {
    value,
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
