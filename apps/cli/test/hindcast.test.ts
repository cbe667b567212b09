import { axisPack, getRecord } from '@brink/data';
import { describe, it } from 'vitest';
import { brink } from './cli.js';

const record = getRecord('axis-2023-2025');

describe.concurrent('brink hindcast', () => {
  it('prints the score as JSON: header, per actor per month, overall and facts', async ({
    expect,
  }) => {
    const result = await brink(['hindcast', '--runs', '3', '--seed', '5', '--json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({
      command: 'hindcast',
      record: 'axis-2023-2025',
      scenario: record.scenario,
      seed: 5,
      runs: 3,
      factsTotal: record.facts.length,
    });
    expect(typeof doc.scenarioHash).toBe('string');
    expect(doc.definition).toMatch(/each run's peak \(the highest rung/);
    expect(typeof doc.engineVersion).toBe('string');
    expect(doc.actors.map((a: { actor: string }) => a.actor)).toEqual(
      axisPack.actors.map((a) => a.id),
    );
    for (const actor of doc.actors) {
      expect(actor.months).toHaveLength(21);
      expect(actor.months[0]).toMatchObject({ month: '2023-10', fromDay: 0, toDay: 24 });
      // Each month's histogram counts each run once, at its peak that month.
      expect(actor.months[0].model.runs).toBe(3);
      expect(actor.months[0].model.histogram.reduce((sum: number, n: number) => sum + n, 0)).toBe(
        3,
      );
      expect(Object.keys(actor.months[0].model)).toEqual([
        'runs',
        'p5',
        'p25',
        'median',
        'p75',
        'p95',
        'histogram',
      ]);
      if (actor.withinOne !== null) {
        expect(actor.withinOne).toBeGreaterThanOrEqual(0);
        expect(actor.withinOne).toBeLessThanOrEqual(1);
        expect(actor.meanAbsError).toBeGreaterThanOrEqual(0);
      }
    }
    expect(doc.overall.scoredCells).toBeGreaterThan(100);
    expect(doc.facts).toHaveLength(record.facts.length);
    for (const fact of doc.facts) {
      expect(Object.keys(fact)).toEqual([
        'id',
        'title',
        'kind',
        'claim',
        'events',
        'measure',
        'share',
        'measured',
        'day',
        'passed',
      ]);
      expect(typeof fact.passed).toBe('boolean');
    }
    expect(doc.factsPassed).toBe(doc.facts.filter((f: { passed: boolean }) => f.passed).length);
  });

  it('gives the same score for the same seed', async ({ expect }) => {
    const [a, b] = await Promise.all([
      brink(['hindcast', '--runs', '2', '--seed', '9', '--json']),
      brink(['hindcast', '--runs', '2', '--seed', '9', '--json']),
    ]);
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints a table and the facts with ✓ or ✗, and exits 0 whatever the score', async ({
    expect,
  }) => {
    const result = await brink(['hindcast', '--runs', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Model vs record');
    for (const actor of axisPack.actors) expect(result.stdout).toContain(actor.id);
    expect(result.stdout).toMatch(/Stylised facts: \d+ of 14 hold in the model/);
    expect(result.stdout).toMatch(/[✓✗] The Axis fronts opened within two weeks of 7 October/);
  });

  it('explains itself in --help, with examples', async ({ expect }) => {
    const result = await brink(['hindcast', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: brink hindcast');
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('--json');
  });

  it('rejects an unknown record with one line and exit code 1', async ({ expect }) => {
    const result = await brink(['hindcast', '--record', 'axis-2023-2024', '--runs', '1']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      'unknown record "axis-2023-2024" (did you mean "axis-2023-2025"?)',
    );
  });

  it('rejects a malformed --runs as a usage error', async ({ expect }) => {
    const result = await brink(['hindcast', '--runs', 'many']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--runs must be a whole number');
  });
});
