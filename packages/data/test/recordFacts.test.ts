import { recordMonths, runShard, scoreHindcast, wilsonInterval } from '@brink/core';
import { describe, expect, it } from 'vitest';
import { axisPack, getRecord, getScenario } from '../src/index.js';

// The public record's stylised facts as statistical tests: RUNS seeded runs of the record's
// hindcast scenario through the kernel (runShard), scored with core's scoreHindcast.
const RUNS = 500;
const SEED = 42;
/** The normal quantile of a one-sided 95% bound. */
const Z_ONE_SIDED_95 = 1.6448536269514722;

/** Facts the model does not reproduce, with the reason (MODEL.md, "The public record"). */
const NOT_REPRODUCED: Record<string, string> = {};

const record = getRecord('axis-2023-2025');
const { profile } = runShard(axisPack, getScenario(record.scenario), {
  seed: SEED,
  from: 0,
  to: RUNS,
  windows: recordMonths(record.epoch, record.end),
});
const score = scoreHindcast(axisPack, record, profile);

describe(`the record's stylised facts over ${RUNS} runs`, () => {
  it('hold for at least 80% of the facts', () => {
    expect(score.factsPassed / record.facts.length).toBeGreaterThanOrEqual(0.8);
  });

  // A fact holds when the one-sided 95% lower bound of its measured share reaches its share: a
  // share that clears the bar by sampling luck alone does not count.
  for (const result of score.facts) {
    const { fact } = result;
    const reason = NOT_REPRODUCED[fact.id];
    it(`${reason ? 'does not reproduce' : 'reproduces'} ${fact.id}: ${fact.title}`, () => {
      expect(result.measured).not.toBeNull();
      const count = Math.round(result.measured! * RUNS);
      const { low } = wilsonInterval(count, RUNS, Z_ONE_SIDED_95);
      if (reason) expect(result.passed, reason).toBe(false);
      else
        expect(low, `measured ${result.measured} on day ${result.day}`).toBeGreaterThanOrEqual(
          fact.share,
        );
    });
  }
});
