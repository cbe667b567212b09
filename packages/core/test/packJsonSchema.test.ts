import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from '../src/index.js';

describe('packJsonSchema', () => {
  it('is committed as generated (run `pnpm schema` after changing the pack schema)', () => {
    const committed = readFileSync(new URL('../pack.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  });

  it('covers every outcome condition and provenance kind, and lets a source leave out its text', () => {
    const schema = packJsonSchema() as {
      required: string[];
      properties: { sources: { items: { required: string[] } } };
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'sources', 'world', 'actors', 'outcomes']),
    );
    expect(schema.properties.sources.items.required).not.toContain('paragraphs');
    const text = JSON.stringify(schema);
    for (const word of [
      'reach',
      'simultaneous',
      'rate',
      'daysAt',
      'stepDown',
      'pause',
      'window',
      'stated',
      'inferred',
      'recorded',
      'assumption',
    ]) {
      expect(text).toContain(`"${word}"`);
    }
  });
});
