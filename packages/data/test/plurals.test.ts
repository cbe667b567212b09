import { narrate, simulate } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack, scenarios } from '../src/index.js';

describe('actor names that are plural', () => {
  it('are marked in the pack, and verbs agree with them in the narrative', () => {
    const plural = axisPack.actors.filter((actor) => actor.plural).map((actor) => actor.name);
    expect(plural).toEqual(['Iraqi militias', 'Houthis (Yemen)']);
    const text = narrate(simulate(axisPack, scenarios.baseline!, { seed: 42 }), axisPack)
      .map((line) => line.text)
      .join('\n');
    for (const name of plural) {
      expect(text).not.toMatch(new RegExp(`${name.replace(/[()]/g, '\\$&')} (rises|steps down)`));
    }
    expect(text).toMatch(/Iraqi militias rise /);
  });
});
