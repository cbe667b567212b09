import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, uncertainParameters } from '@brink/core';
import { axisPack } from '@brink/data';
import { describe, expect, it } from 'vitest';
import { brink, SHORT, tempDir } from './cli.js';

const dir = tempDir();
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

// The fields the short scenario leaves ranged: a Morris analysis needs 2 × (k + 1) runs, a
// Sobol one 32 × (k + 2).
const RANGED = uncertainParameters(
  axisPack,
  parseScenario(readFileSync(SHORT, 'utf8'), { pack: axisPack }),
).length;
const MORRIS_RUNS = 2 * (RANGED + 1);

describe('brink batch --sampling sampled', () => {
  it('keeps each run’s drawn values, the same for any number of workers, and says so in the summary', async () => {
    const outs = [1, 2].map((workers) => join(dir, `sampled-${workers}.ndjson`));
    const results = await Promise.all(
      outs.map((out, i) =>
        brink([
          'batch',
          SHORT,
          '--runs',
          '24',
          '--sampling',
          'sampled',
          '--workers',
          `${i + 1}`,
          '--out',
          out,
          '--json',
        ]),
      ),
    );
    for (const result of results) expect(result.code).toBe(0);
    expect(readFileSync(outs[0]!, 'utf8')).toBe(readFileSync(outs[1]!, 'utf8'));
    const records = lines(outs[0]!).map((line) => JSON.parse(line));
    expect(Object.keys(records[0].parameters)).toContain('iran.params.solidarity');
    const drawn = records.map((record) => record.parameters['iran.params.solidarity']);
    expect(new Set(drawn).size).toBe(24);
    expect(JSON.parse(results[0]!.stdout).sampling).toBe('sampled');
    expect(JSON.parse(readFileSync(`${outs[0]}.manifest.json`, 'utf8')).sampling).toBe('sampled');
  });

  it('refuses an unknown sampling mode as a usage error', async () => {
    const result = await brink(['batch', SHORT, '--sampling', 'random']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--sampling/);
  });
});

describe('brink explore', () => {
  it('screens the parameters with Morris, identically for 1 and 2 workers', async () => {
    const args = ['explore', SHORT, '--method', 'morris', '--outcome', 'us-direct'];
    const [one, two] = await Promise.all(
      [1, 2].map((workers) =>
        brink([...args, '--runs', `${MORRIS_RUNS}`, '--workers', `${workers}`, '--json']),
      ),
    );
    expect(one!.code).toBe(0);
    expect(two!.stdout).toBe(one!.stdout);
    const result = JSON.parse(one!.stdout);
    expect(result).toMatchObject({ method: 'morris', outcome: 'us-direct', runs: MORRIS_RUNS });
    expect(result.morris.effects).toHaveLength(result.parameters.length);
    expect(result.parameters[0]).toMatchObject({ name: 'world.noise', provenance: 'assumption' });
  });

  it('finds a PRIM box or says the outcome does not vary, and resumes its records file', async () => {
    const out = join(dir, 'prim.csv');
    const args = ['explore', SHORT, '--method', 'prim', '--outcome', 'us-direct', '--runs', '40'];
    const first = await brink([...args, '--out', out, '--json']);
    expect(first.code).toBe(0);
    const again = await brink([...args, '--out', out, '--resume', '--json']);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(lines(out)).toHaveLength(41);
    expect(lines(out)[0]).toContain('param.world.noise');
    const result = JSON.parse(first.stdout);
    if (result.degenerate) expect([0, 1]).toContain(result.share);
    else expect(result.prim.trajectory[result.prim.chosen].density).toBeGreaterThan(0);
  });

  it('names an unknown outcome, and too few runs for Sobol, with exit 1', async () => {
    const unknown = await brink([
      'explore',
      SHORT,
      '--method',
      'sobol',
      '--outcome',
      'regional-wars',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(
      /--outcome: .*no outcome "regional-wars" \(did you mean "regional-war"\?\)/,
    );
    const few = await brink([
      'explore',
      SHORT,
      '--method',
      'sobol',
      '--outcome',
      'regional-war',
      '--runs',
      '500',
    ]);
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(
      new RegExp(
        `--runs: a Sobol analysis of ${RANGED} parameters needs at least ${32 * (RANGED + 2)} runs`,
      ),
    );
    expect(few.stderr).not.toMatch(/at .*\.js/);
  });

  it('refuses an unknown method or a missing outcome as usage errors', async () => {
    expect((await brink(['explore', SHORT, '--method', 'fast', '--outcome', 'x'])).code).toBe(2);
    expect((await brink(['explore', SHORT, '--method', 'sobol'])).code).toBe(2);
  });
});
