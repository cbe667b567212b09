import type { NarrativeLine } from '@brink/core';
import type { Palette } from './palette.js';
import { wrap } from './text.js';

/** How to lay out a narrative. */
export interface NarrativeOptions {
  color: Palette;
  /** Wrap lines to this many columns (with a hanging indent); no wrapping when omitted. */
  width?: number;
}

/**
 * A narrative from core's `narrate` as terminal lines: a blank line and a bold header per day,
 * events and decisions indented under it, and each decision's basis (the quote with its paragraph,
 * or the assumption) further indented and dimmed, so the claim and its source read together.
 */
export function renderNarrative(
  lines: readonly NarrativeLine[],
  options: NarrativeOptions,
): string[] {
  const { color } = options;
  const out: string[] = [];
  const put = (text: string, indent: string, style: (text: string) => string) => {
    const wrapped = options.width
      ? wrap(text, options.width, indent, `${indent}  `)
      : [indent + text];
    for (const line of wrapped) out.push(style(line));
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'day':
        out.push('');
        out.push(color.bold(line.text));
        break;
      case 'decision':
        put(line.text, '  ', / rises? /.test(line.text) ? color.yellow : color.green);
        break;
      case 'basis':
        put(line.text, '      ', color.dim);
        break;
      case 'red-line':
        put(line.text, '  ', (text) => color.bold(color.magenta(text)));
        break;
      case 'choice':
        put(line.text, '  ', color.magenta);
        break;
      case 'attack':
        put(line.text, '  ', color.red);
        break;
      case 'ceasefire':
        put(line.text, '  ', color.cyan);
        break;
    }
  }
  return out;
}
