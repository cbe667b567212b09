import { simulate } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { applyRedLineEdits, checkRedLineEdits } from '../src/lib/redLineEdits';

const strike = getScenario('strike-on-iran');
const iranRungs = (pack = axisPack) =>
  new Set(simulate(pack, strike, { seed: 42 }).days.map((day) => day.rungs.iran));

describe('redLineEdits', () => {
  it('switches a red line off, and the run keeps under the ceiling', () => {
    expect(iranRungs().has('limited')).toBe(true);
    const { edits, issues } = checkRedLineEdits(
      { iran: { 'iran-attacked': { off: true } } },
      axisPack,
    );
    expect(issues).toEqual([]);
    const pack = applyRedLineEdits(axisPack, edits);
    expect(
      pack.actors.find((a) => a.id === 'iran')!.posture.redLines.map((r) => r.id),
    ).not.toContain('iran-attacked');
    expect(iranRungs(pack).has('limited')).toBe(false);
  });

  it('changes a red line’s lift, days and severity, marking it as a counterfactual assumption', () => {
    const { edits } = checkRedLineEdits(
      { iran: { 'iran-attacked': { lift: 'direct', days: 5, minSeverity: 0.9 } } },
      axisPack,
    );
    const redLine = applyRedLineEdits(axisPack, edits)
      .actors.find((a) => a.id === 'iran')!
      .posture.redLines.find((r) => r.id === 'iran-attacked')!;
    expect(redLine).toMatchObject({
      lift: 'direct',
      days: 5,
      when: { attack: { minSeverity: 0.9 } },
    });
    expect(redLine.provenance).toMatchObject({ kind: 'assumption' });
    // The pack itself is untouched.
    expect(axisPack.actors.find((a) => a.id === 'iran')!.posture.redLines[0]!.lift).toBe('limited');
  });

  it('locates every problem at the field it concerns', () => {
    const { issues } = checkRedLineEdits(
      {
        nobody: {},
        iran: {
          'iran-attacked': { lift: 'material', days: 0.5, minSeverity: 3, colour: 'red' },
          nope: {},
        },
      },
      axisPack,
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([
      'redLines.nobody',
      'redLines.iran.iran-attacked.lift',
      'redLines.iran.iran-attacked.days',
      'redLines.iran.iran-attacked.minSeverity',
      'redLines.iran.iran-attacked.colour',
      'redLines.iran.nope',
    ]);
  });
});
