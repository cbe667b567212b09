import { describe, expect, it } from 'vitest';
import { brink, SHORT } from './cli.js';

describe('brink compare', () => {
  it('sets two scenarios side by side and lists how they differ', async () => {
    const result = await brink([
      'compare',
      'baseline',
      'iran-commits',
      '--runs',
      '12',
      '--workers',
      '2',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^baseline vs iran-commits\n12 runs each · seed 42/);
    expect(result.stdout).toMatch(/iran\.ceiling +indirect → direct/);
    expect(result.stdout).toMatch(/\n {2}regional-war +\d/);
    expect(result.stdout).toContain('▲ ▼ iran-commits is higher or lower at the 95% level');
  });

  it('lists scripted events only one has, and gives JSON with differences marked', async () => {
    const result = await brink([
      'compare',
      'baseline',
      SHORT,
      '--runs',
      '6',
      '--workers',
      '1',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.a.scenario).toBe('baseline');
    expect(document.b.scenario).toBe('short-strike');
    expect(document.differences).toContainEqual({ path: 'horizon', a: '120', b: '30' });
    expect(document.differences).toContainEqual({
      path: 'inject',
      a: '—',
      b: 'day 12: israel attacks iran (airstrike on personnel, severity 0.6, at limited)',
    });
    const iranDirect = document.outcomes['iran-direct'];
    expect(Object.keys(iranDirect)).toEqual(['a', 'b', 'difference']);
    expect(typeof iranDirect.difference.significant).toBe('boolean');
    // Each outcome's share comes with its plain-words definition.
    expect(document.definitions['iran-direct']).toEqual({
      label: 'Iran uses its own forces',
      definition: expect.stringContaining('limited rung or higher'),
    });
    expect(Object.keys(document.definitions)).toEqual(Object.keys(document.outcomes));
  });
});
