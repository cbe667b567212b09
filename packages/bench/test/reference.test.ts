import { scenarios } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../src/compareRuns.js';

/**
 * The kernel against the reference written from MODEL.md (`createReferenceRunner`): RUNS runs of
 * every built-in scenario, compared run by run as `compareRuns` describes — records as JSON text
 * and a digest of every day's rungs and events. `pnpm bench` compares 10,000 runs of each.
 */
const RUNS = 500;
const SEED = 2023;

describe('the kernel and the reference written from MODEL.md', () => {
  for (const id of Object.keys(scenarios)) {
    it(`${id}: ${RUNS} runs give the same records and trajectories`, () => {
      const report = compareRuns(id, SEED, 0, RUNS);
      expect(report.mismatches).toEqual([]);
      expect(report.mismatchCount).toBe(0);
      expect(report.compared).toBe(RUNS);
      // The digest separates runs: were it blind to the trajectory, equal digests would prove nothing.
      expect(report.distinctDigests).toBeGreaterThan(RUNS * 0.99);
    });
  }
});
