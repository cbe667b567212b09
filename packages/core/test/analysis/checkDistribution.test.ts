import { describe, expect, it } from 'vitest';
import { checkDistribution, ValidationError } from '../../src/index.js';

const issuesOf = (input: unknown) => {
  try {
    checkDistribution(input, ['params', 'resolve', 'range']);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map((issue) => [issue.path.join('.'), issue.message]);
  }
  throw new Error('expected a ValidationError');
};

describe('checkDistribution', () => {
  it('returns a valid distribution as it is, ties of low, mode and high included', () => {
    const pert = { kind: 'pert', low: 0.2, mode: 0.5, high: 0.9 };
    expect(checkDistribution(pert)).toEqual(pert);
    expect(checkDistribution({ kind: 'triangular', low: 1, mode: 1, high: 1 })).toBeTruthy();
    expect(checkDistribution({ kind: 'uniform', low: -3, high: 3 })).toBeTruthy();
  });

  it('names low above high at high, under the given path', () => {
    expect(issuesOf({ kind: 'uniform', low: 2, high: 1 })).toEqual([
      ['params.resolve.range.high', 'must be at least low (2); got 1'],
    ]);
  });

  it('names a mode outside [low, high] at mode', () => {
    expect(issuesOf({ kind: 'pert', low: 0, mode: 1.5, high: 1 })).toEqual([
      ['params.resolve.range.mode', 'must lie in [low, high] = [0, 1]; got 1.5'],
    ]);
    expect(issuesOf({ kind: 'triangular', low: 0, mode: -0.1, high: 1 })[0]![0]).toBe(
      'params.resolve.range.mode',
    );
  });

  it('names an unknown distribution at kind, listing the known ones', () => {
    const [[path, message]] = issuesOf({ kind: 'normal', low: 0, high: 1 }) as [[string, string]];
    expect(path).toBe('params.resolve.range.kind');
    expect(message).toMatch(/uniform.*triangular.*pert/);
  });

  it('names a missing mode, a non-finite bound and an unknown key', () => {
    expect(issuesOf({ kind: 'pert', low: 0, high: 1 })[0]![0]).toBe('params.resolve.range.mode');
    expect(issuesOf({ kind: 'uniform', low: Number.NaN, high: 1 })[0]![0]).toBe(
      'params.resolve.range.low',
    );
    expect(issuesOf({ kind: 'uniform', low: 0, high: Number.POSITIVE_INFINITY })[0]![0]).toBe(
      'params.resolve.range.high',
    );
    expect(issuesOf({ kind: 'uniform', low: 0, high: 1, mode: 0.5 })).toEqual([
      ['params.resolve.range.mode', 'is not a field here (known: kind, low, high)'],
    ]);
  });

  it('says where the error is in its one-line message', () => {
    expect(() => checkDistribution({ kind: 'uniform', low: 2, high: 1 }, ['x'])).toThrow(
      'x.high: must be at least low (2); got 1',
    );
  });
});
