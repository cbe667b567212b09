import { axisPack, getScenario } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/errors.js';
import { gridPoints, parseSweepParam, scenarioAt } from '../src/sweepGrid.js';

describe('parseSweepParam', () => {
  it('reads a numeric range without floating-point drift', () => {
    const param = parseSweepParam('iran.params.deterrence=0:1:0.1', axisPack);
    expect(param).toMatchObject({ actor: 'iran', field: 'params.deterrence' });
    expect(param.values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('reads comma lists and rung ranges', () => {
    expect(parseSweepParam('us.power=0.5, 1', axisPack).values).toEqual([0.5, 1]);
    expect(parseSweepParam('iran.ceiling=indirect:war', axisPack).values).toEqual([
      'indirect',
      'limited',
      'direct',
      'war',
    ]);
  });

  it.each([
    ['iran.ceiling'],
    ['iran=1'],
    ['nobody.power=1'],
    ['iran.params.nerve=1'],
    ['iran.power=0:1:0'],
    ['iran.power=1:2:3:4'],
    ['iran.ceiling=up'],
    ['iran.power=1,1'],
  ])('rejects %s as a usage error', (spec) => {
    let error: unknown;
    try {
      parseSweepParam(spec, axisPack);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
  });
});

describe('gridPoints and scenarioAt', () => {
  it('makes every combination, the first parameter varying slowest', () => {
    const params = [
      parseSweepParam('iran.ceiling=indirect,limited', axisPack),
      parseSweepParam('us.power=0.5,1', axisPack),
    ];
    const points = gridPoints(params);
    expect(points).toEqual([
      { 'iran.ceiling': 'indirect', 'us.power': 0.5 },
      { 'iran.ceiling': 'indirect', 'us.power': 1 },
      { 'iran.ceiling': 'limited', 'us.power': 0.5 },
      { 'iran.ceiling': 'limited', 'us.power': 1 },
    ]);
    const scenario = scenarioAt(getScenario('baseline'), params, points[3]!, axisPack);
    expect(scenario.overrides).toEqual({ iran: { ceiling: 'limited' }, us: { power: 1 } });
    expect(getScenario('baseline').overrides).toEqual({});
  });

  it('merges parameters into the overrides a scenario already has', () => {
    const params = [parseSweepParam('iran.params.riskAversion=2', axisPack)];
    const scenario = scenarioAt(
      getScenario('iran-commits'),
      params,
      gridPoints(params)[0]!,
      axisPack,
    );
    expect(scenario.overrides.iran).toEqual({ ceiling: 'direct', params: { riskAversion: 2 } });
  });
});
