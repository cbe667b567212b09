import { simulate } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import {
  activeLift,
  attacksOf,
  decisionsOn,
  highestRungs,
  lastDecision,
  rungSeries,
} from '../src/lib/traceData';

// The first run (seed 1, 2, …) whose strike crosses Iran's graded red line (most runs do, not
// all); a run the test can reason about whatever the pack's numbers.
const runs = Array.from({ length: 50 }, (_, i) =>
  simulate(axisPack, getScenario('strike-on-iran'), { seed: i + 1 }),
);
const trace = runs.find((run) => run.days.some((d) => d.redLines.some((c) => c.actor === 'iran')))!;

describe('traceData', () => {
  it('finds the decision that put an actor where it stands', () => {
    const series = rungSeries(trace, 'iran');
    const day = series.findIndex((rung, d) => d > 0 && rung !== series[d - 1]);
    expect(day).toBeGreaterThan(0);
    expect(decisionsOn(trace, 'iran', day)).toHaveLength(1);
    expect(lastDecision(trace, 'iran', day + 1)?.day).toBeLessThanOrEqual(day + 1);
    expect(lastDecision(trace, 'iran', 0)).toBeNull();
  });

  it('knows when a red line lifts a ceiling, and until when', () => {
    const crossingDay = trace.days.findIndex((d) => d.redLines.some((c) => c.actor === 'iran'));
    expect(crossingDay).toBeGreaterThan(0);
    const lift = activeLift(trace, 'iran', crossingDay);
    expect(lift?.lift).toBe('limited');
    expect(activeLift(trace, 'iran', lift!.until)).toBeNull();
    expect(activeLift(trace, 'iran', crossingDay - 1)).toBeNull();
  });

  it('lists attacks with their days and the highest rungs reached', () => {
    const attacks = attacksOf(trace);
    expect(attacks[0]).toMatchObject({ day: 0, attack: { from: 'hamas', to: 'israel' } });
    expect(highestRungs(trace).hamas).toBe('war');
  });
});
