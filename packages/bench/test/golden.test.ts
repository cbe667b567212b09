import { readFileSync } from 'node:fs';
import { axisPack, scenarios } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { type Golden, goldenOf } from './golden/goldenOf.js';

/**
 * The golden test: every built-in scenario's traces, records, aggregate and trace profile, for
 * the main seed and a few others, as captured before the single-kernel refactor (issue 11) in
 * golden/golden.json; the hindcast scenario, added after it, as captured when it was added. A refactor keeps them byte for byte; only a deliberate model change may
 * rewrite the fixture (golden/writeGolden.ts), and says so in its commit.
 */
const golden: Golden[] = JSON.parse(
  readFileSync(new URL('./golden/golden.json', import.meta.url), 'utf8'),
);

describe('golden digests of the built-in scenarios', () => {
  it('covers every built-in scenario', () => {
    expect([...new Set(golden.map((g) => g.scenario))].sort()).toEqual(
      Object.keys(scenarios).sort(),
    );
  });
  for (const expected of golden) {
    it(`${expected.scenario}, seed ${expected.seed}, ${expected.runs} runs`, () => {
      const actual = goldenOf(
        axisPack,
        scenarios[expected.scenario]!,
        expected.seed,
        expected.runs,
        expected.digests !== undefined,
      );
      // Per-run digests first: a mismatch then names the first run that differs.
      if (expected.digests) expect(actual.digests).toEqual(expected.digests);
      expect(actual).toEqual(expected);
    });
  }
});
