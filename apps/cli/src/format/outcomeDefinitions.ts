import type { Pack } from '@brink/core';
import type { Palette } from './palette.js';
import { wrap } from './text.js';

/** An outcome's label and plain-words definition (the pack's `description`), as `--json` gives it. */
export interface OutcomeDefinition {
  label: string;
  definition: string;
}

/** Every outcome of the pack by id, in pack order, with its label and definition. */
export function outcomeDefinitions(pack: Pack): Record<string, OutcomeDefinition> {
  return Object.fromEntries(
    pack.outcomes.map((outcome) => [
      outcome.id,
      { label: outcome.label, definition: outcome.description },
    ]),
  );
}

/**
 * The legend under an outcome table: each outcome's id, label and definition, wrapped to `width`
 * with a hanging indent, so that every share shown can be read against what it counts.
 */
export function renderOutcomeDefinitions(pack: Pack, color: Palette, width: number): string[] {
  const lines = [color.bold('What each outcome counts')];
  for (const outcome of pack.outcomes) {
    const [head, ...rest] = wrap(
      `${outcome.id} — ${outcome.label}: ${outcome.description}`,
      width,
      '  ',
      '      ',
    );
    const cut = head!.indexOf(' — ');
    lines.push(`${color.bold(head!.slice(0, cut))}${color.dim(head!.slice(cut))}`);
    lines.push(...rest.map((line) => color.dim(line)));
  }
  return lines;
}
