import { describe, expect, it } from 'vitest';
import { gridPoints, parseSweepParam, scenarioAt } from '../src/batch/sweepGrid.js';
import { parseScenario } from '../src/schema/parseScenario.js';
import { ValidationError } from '../src/schema/ValidationError.js';
import { fixtureScenario, fixtureScenarioInput, fixturePack as pack } from './fixtures.js';

describe('parseSweepParam', () => {
  it('reads a numeric range without floating-point drift', () => {
    const param = parseSweepParam('sponsor.params.deterrence=0:1:0.1', pack);
    expect(param).toMatchObject({ actor: 'sponsor', field: 'params.deterrence' });
    expect(param.values).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('reads comma lists and rung ranges', () => {
    expect(parseSweepParam('adversary.power=0.5, 1', pack).values).toEqual([0.5, 1]);
    expect(parseSweepParam('proxy.ceiling=indirect:war', pack).values).toEqual([
      'indirect',
      'limited',
      'direct',
      'war',
    ]);
  });

  it.each([
    ['proxy.ceiling', 'expected PATH=VALUES'],
    ['proxy=1', 'not a posture field'],
    ['proxi.power=1', 'unknown actor "proxi" (did you mean "proxy"?)'],
    ['proxy.params.nerve=1', 'not a posture field'],
    ['proxy.power=0:1:0', 'must be above 0'],
    ['proxy.power=1:2:3:4', 'neither FROM:TO:STEP'],
    ['proxy.power=abc', '"abc" is not a number'],
    ['proxy.ceiling=up', '"up" is not a rung'],
    ['proxy.ceiling=war:indirect', 'runs down the ladder'],
    ['proxy.power=1,1', 'listed twice'],
    ['proxy.power=0:100000:1', 'at most 1000'],
  ])('rejects %s, saying what is wrong at that path', (spec, problem) => {
    let error: unknown;
    try {
      parseSweepParam(spec, pack);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const [issue] = (error as ValidationError).issues;
    expect(issue?.path).toEqual([spec.split('=')[0]]);
    expect(issue?.message).toContain(problem);
  });

  it('holds ranges, rung ranges and lists to a caller’s lower limit, saying it', () => {
    for (const spec of ['proxy.power=0:3:0.01', 'proxy.ceiling=dormant:war', 'proxy.power=1,2,3']) {
      expect(() => parseSweepParam(spec, pack, { maxValues: 2 })).toThrow(/values; at most 2$/);
    }
    expect(parseSweepParam('proxy.power=0:1:0.5', pack, { maxValues: 3 }).values).toEqual([
      0, 0.5, 1,
    ]);
  });
});

describe('gridPoints and scenarioAt', () => {
  it('makes every combination, the first parameter varying slowest', () => {
    const params = [
      parseSweepParam('proxy.ceiling=indirect,limited', pack),
      parseSweepParam('adversary.power=0.5,1', pack),
    ];
    const points = gridPoints(params);
    expect(points).toEqual([
      { 'proxy.ceiling': 'indirect', 'adversary.power': 0.5 },
      { 'proxy.ceiling': 'indirect', 'adversary.power': 1 },
      { 'proxy.ceiling': 'limited', 'adversary.power': 0.5 },
      { 'proxy.ceiling': 'limited', 'adversary.power': 1 },
    ]);
    const scenario = scenarioAt(fixtureScenario, params, points[3]!, pack);
    expect(scenario.overrides).toEqual({ proxy: { ceiling: 'limited' }, adversary: { power: 1 } });
    expect(fixtureScenario.overrides).toEqual({});
  });

  it('merges parameters into the overrides a scenario already has', () => {
    const base = parseScenario(
      { ...fixtureScenarioInput(), overrides: { sponsor: { ceiling: 'limited' } } },
      { pack },
    );
    const params = [parseSweepParam('sponsor.params.riskAversion=2', pack)];
    const scenario = scenarioAt(base, params, gridPoints(params)[0]!, pack);
    expect(scenario.overrides.sponsor).toEqual({
      ceiling: 'limited',
      params: { riskAversion: 2 },
    });
  });

  it('throws the scenario validation error for an impossible combination', () => {
    const params = [parseSweepParam('sponsor.power=2', pack)];
    expect(() => scenarioAt(fixtureScenario, params, gridPoints(params)[0]!, pack)).toThrow(
      ValidationError,
    );
  });
});

describe('gridPoints limit', () => {
  it('refuses a grid of more than 10,000 points before building it', () => {
    const param = (path: string) => ({
      path,
      actor: path.split('.')[0]!,
      field: 'params.reactivity',
      values: Array.from({ length: 1000 }, (_, i) => i / 1000),
    });
    expect(() => gridPoints([param('a.params.reactivity'), param('b.params.reactivity')])).toThrow(
      /1000 × 1000 = 1,000,000 grid points; a sweep has at most 10,000/,
    );
  });
});
