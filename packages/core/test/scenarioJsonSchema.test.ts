import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../src/index.js';

describe('scenarioJsonSchema', () => {
  it('is committed as generated (run `pnpm schema` after changing the scenario schema)', () => {
    const committed = readFileSync(new URL('../scenario.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });

  it('describes scenario files as written: required fields, injects by type, ladder rungs', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect([...schema.required].sort()).toEqual(['horizon', 'id', 'pack', 'title']);
    // Every field says what it is for, as messages about it do.
    for (const [key, property] of Object.entries(schema.properties)) {
      expect((property as { description?: string }).description, key).toMatch(/^[a-z].{10,}/);
    }
    expect(schema.additionalProperties).toBe(false);
    const text = JSON.stringify(schema);
    for (const word of ['injects', 'overrides', 'ceasefire', 'airstrike', 'shipping', 'indirect']) {
      expect(text).toContain(word);
    }
  });
});
