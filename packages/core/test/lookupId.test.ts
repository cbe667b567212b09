import { describe, expect, it } from 'vitest';
import { lookupId, parseScenario } from '../src/index.js';

describe('lookupId', () => {
  it('finds own ids and never the properties every object inherits', () => {
    const record: Record<string, number> = { baseline: 1 };
    expect(lookupId(record, 'baseline')).toBe(1);
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(lookupId(record, id)).toBeUndefined();
    }
  });

  it('refuses "constructor" as an id, so no pack or scenario id can shadow a lookup', () => {
    expect(() =>
      parseScenario('id: constructor\ntitle: t\nsummary: s\npack: axis-2023\nhorizon: 10\n'),
    ).toThrow(/id: "constructor" is reserved; choose another id/);
  });
});
