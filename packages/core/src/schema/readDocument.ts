import { isNode, LineCounter, parseDocument, visit } from 'yaml';
import { ValidationError, type ValidationIssue } from './ValidationError.js';

/** A parsed YAML or JSON document and a way to find the line of any path in it. */
export interface ReadDocument {
  value: unknown;
  locate(path: readonly (string | number)[]): { line: number; col: number } | undefined;
}

/**
 * The limits every document is read within, so that no input can take unbounded time or memory:
 * `bytes`, its size in UTF-8 (the built-in pack is about 44 KB); `depth`, how deeply its
 * mappings and sequences nest; `aliasNodes`, how many nodes its YAML aliases may expand to in all
 * (an inject anchored once and reused a hundred times is a few thousand).
 */
export const DOCUMENT_LIMITS = { bytes: 1_048_576, depth: 64, aliasNodes: 10_000 } as const;

/**
 * Reads YAML (JSON is YAML too). Syntax errors become a `ValidationError` with their line.
 * `what` names the kind of document in messages, e.g. "scenario". A document beyond one of the
 * {@link DOCUMENT_LIMITS} is a `ValidationError` saying which, checked before it is parsed.
 */
export function readDocument(text: string, what: string): ReadDocument {
  const size = utf8Bytes(text);
  if (size > DOCUMENT_LIMITS.bytes) {
    throw new ValidationError(what, [
      {
        path: [],
        message: `the ${what} is ${formatBytes(size)}; a ${what} may be at most ${formatBytes(DOCUMENT_LIMITS.bytes)}`,
      },
    ]);
  }
  const tooDeep = flowDepthBeyond(text, DOCUMENT_LIMITS.depth);
  const lineCounter = new LineCounter();
  if (tooDeep !== undefined) throw nestedTooDeep(what, text, tooDeep);
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
    value = doc.toJS({ maxAliasCount: DOCUMENT_LIMITS.aliasNodes });
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
    const reason = firstLine((error as Error).message);
    const message = /^Excessive alias count/.test(reason)
      ? `YAML: its aliases expand to more than ${DOCUMENT_LIMITS.aliasNodes.toLocaleString('en-US')} nodes; write the repeated parts out, or reuse fewer or smaller anchors`
      : `YAML: ${reason}`;
    throw new ValidationError(what, [
      pos ? { path: [], message, line: pos.line, col: pos.col } : { path: [], message },
    ]);
  }
  const deepest = depthBeyond(value, DOCUMENT_LIMITS.depth);
  if (deepest !== undefined) {
    const node = doc.getIn(deepest, true);
    const pos = isNode(node) && node.range ? lineCounter.linePos(node.range[0]) : undefined;
    const message = `nested more than ${DOCUMENT_LIMITS.depth} levels deep; a ${what} may nest at most ${DOCUMENT_LIMITS.depth}`;
    throw new ValidationError(what, [
      pos ? { path: deepest, message, line: pos.line, col: pos.col } : { path: deepest, message },
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

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
}

/**
 * Where flow collections (`[`, `{`) first nest deeper than `limit`, found without parsing (the
 * YAML parser recurses once per level): the offset, or undefined. Quoted scalars and comments are
 * skipped; a block collection's depth costs its indentation, so the size limit bounds it.
 */
function flowDepthBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      // A quote opens a scalar only where a scalar can start.
      const before = i === 0 ? ' ' : text[i - 1]!;
      if (/[\s[{,:-]/.test(before)) quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > limit) return i;
    } else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
  }
  return undefined;
}

function nestedTooDeep(what: string, text: string, offset: number): ValidationError {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
  }
  const pos = lineCounter.linePos(offset);
  return new ValidationError(what, [
    {
      path: [],
      message: `nested more than ${DOCUMENT_LIMITS.depth} levels deep; a ${what} may nest at most ${DOCUMENT_LIMITS.depth}`,
      line: pos.line,
      col: pos.col,
    },
  ]);
}

/** The path of the first value nested deeper than `limit`, or undefined (iterative: no recursion). */
function depthBeyond(value: unknown, limit: number): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= limit) return path;
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, i) => [i, item])
      : Object.entries(node);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}
