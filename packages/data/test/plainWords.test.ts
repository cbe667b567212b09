import { describeField, provenanceFields } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack } from '../src/index.js';

describe('plain words for the axis-2023 pack', () => {
  it('names every field that carries a provenance in words, without its field id', () => {
    for (const field of provenanceFields(axisPack).keys()) {
      const { name } = describeField(axisPack, field);
      expect(name, field).not.toMatch(/[a-z][A-Z]|\[\d+\]|\w\.\w/);
    }
  });
});
