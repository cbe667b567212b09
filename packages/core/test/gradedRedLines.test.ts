import { describe, expect, it } from 'vitest';
import {
  type Pack,
  parsePack,
  parseScenario,
  type Scenario,
  simulate,
  type Trace,
} from '../src/index.js';
import { crossingChance } from '../src/run/crossingChance.js';
import { fixturePackInput, fixtureScenarioInput, type PackInput } from './fixtures.js';

const RUNS = 500;

/**
 * The fixture pack with the proxy's red line made graded (50% at severity 0.5, from 0.3 to 0.7)
 * and, if `answer` is given, bounded; only the scripted strike can cross it (the adversary's own
 * fire goes at forces, which the line does not count).
 */
function gradedPack(answer?: number): Pack {
  const input: PackInput = fixturePackInput();
  const proxy = input.actors[1]!;
  const line = proxy.posture.redLines![0]!;
  if ('attack' in line.when) line.when.attack.spread = 0.2;
  if (answer !== undefined) line.answer = answer;
  line.days = 20;
  input.actors[2]!.posture.targets![0]!.classes = ['forces'];
  return parsePack(input);
}

/** The fixture scenario with its day-5 strike on the proxy set to `target` at `severity`. */
function strike(pack: Pack, severity: number, target = 'territory'): Scenario {
  const input = fixtureScenarioInput();
  const inject = input.injects![1] as { severity: number; target: string };
  inject.severity = severity;
  inject.target = target;
  input.injects = input.injects!.slice(0, 2);
  return parseScenario(input, { pack });
}

function runs(pack: Pack, scenario: Scenario): Trace[] {
  return Array.from({ length: RUNS }, (_, run) => simulate(pack, scenario, { seed: 11, run }));
}

/** Whether a binomial share is within 4 standard errors of p (a two-sided 99.99% band). */
function within(share: number, p: number, n: number): boolean {
  const se = Math.sqrt((p * (1 - p)) / n);
  return Math.abs(share - p) <= Math.max(4 * se, 1 / n);
}

/** The proxy's attacks made at `limited` (above its `indirect` ceiling) in a run. */
function answers(trace: Trace): number {
  return trace.days
    .flatMap((day) => day.events)
    .filter((e) => e.type === 'attack' && e.from === 'proxy' && e.rung === 'limited').length;
}

describe('graded red lines', () => {
  it('crossingChance: sharp lines are a step; graded ones rise evenly, with no cliff', () => {
    expect(crossingChance(0.49, 0.5, 0)).toBe(0);
    expect(crossingChance(0.5, 0.5, 0)).toBe(1);
    expect(crossingChance(0.3, 0.5, 0.2)).toBe(0);
    expect(crossingChance(0.5, 0.5, 0.2)).toBeCloseTo(0.5);
    expect(crossingChance(0.6, 0.5, 0.2)).toBeCloseTo(0.75);
    expect(crossingChance(0.7, 0.5, 0.2)).toBe(1);
    // 0.49 and 0.50 differ by 1/40 of certainty, not all of it.
    expect(crossingChance(0.5, 0.5, 0.2) - crossingChance(0.49, 0.5, 0.2)).toBeCloseTo(0.025);
  });

  it('crosses in the share of runs its chance gives, rising with severity', () => {
    const pack = gradedPack();
    const shares = [0.25, 0.4, 0.5, 0.6, 0.75].map((severity) => {
      const traces = runs(pack, strike(pack, severity));
      const crossed = traces.filter((t) =>
        t.days.some((day) => day.redLines.some((r) => r.actor === 'proxy')),
      ).length;
      const share = crossed / RUNS;
      expect(within(share, crossingChance(severity, 0.5, 0.2), RUNS), `severity ${severity}`).toBe(
        true,
      );
      return share;
    });
    expect(shares[0]).toBe(0);
    expect(shares.at(-1)).toBe(1);
    for (let k = 1; k < shares.length; k++) expect(shares[k]!).toBeGreaterThan(shares[k - 1]!);
  });

  it('answers with a bounded salvo sized by what was hit, then stands down (closure)', () => {
    const pack = gradedPack(3);
    // Territory weighs 0.8 of leadership: round(3 × 1 × 0.8) = 2 strikes; leadership: 3.
    for (const [target, size] of [
      ['territory', 2],
      ['leadership', 3],
    ] as const) {
      const traces = runs(pack, strike(pack, 1, target));
      const climbed = traces.filter((t) => t.days.some((d) => d.rungs.proxy === 'limited'));
      expect(climbed.length).toBeGreaterThan(RUNS / 2);
      let closed = 0;
      for (const trace of climbed) {
        // Never more than the answer; less only if its drive brought it down first.
        expect(answers(trace)).toBeLessThanOrEqual(size);
        if (answers(trace) < size) continue;
        closed++;
        // The day after its last answering strike it is back under its ceiling.
        const last = trace.days.findLast((d) =>
          d.events.some((e) => e.type === 'attack' && e.from === 'proxy' && e.rung === 'limited'),
        )!.day;
        expect(trace.days[last + 1]?.rungs.proxy ?? 'indirect').toBe('indirect');
        const fall = trace.days[last + 1]?.decisions.find((d) => d.actor === 'proxy');
        if (fall) expect(fall.why).toMatch(/closure/);
      }
      expect(closed).toBeGreaterThan(climbed.length / 2);
    }
  });

  it('without an answer size, holds the lifted rung for the lift and strikes more', () => {
    const bounded = gradedPack(3);
    const open = gradedPack();
    const mean = (pack: Pack) => {
      const traces = runs(pack, strike(pack, 1));
      return traces.reduce((sum, t) => sum + answers(t), 0) / RUNS;
    };
    expect(mean(open)).toBeGreaterThan(2 * mean(bounded));
  });
});
