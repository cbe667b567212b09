import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brink, SHORT, tempDir } from './cli.js';

describe('brink sweep', () => {
  it('tabulates outcome shares at every point of the grid', async () => {
    const result = await brink([
      'sweep',
      SHORT,
      '--param',
      'iran.params.riskAversion=0:1:0.5',
      '--param',
      'iran.ceiling=indirect,limited',
      '--runs',
      '10',
      '--workers',
      '1',
    ]);
    expect(result.code).toBe(0);
    const rows = result.stdout
      .split('\n')
      .filter((line) => /^ {2}(0|0\.5|1) +(indirect|limited) /.test(line));
    expect(rows).toHaveLength(6);
    expect(result.stdout).toMatch(
      /iran\.params\.riskAversion +iran\.ceiling +iran-direct +us-direct/,
    );
    expect(result.stdout).toContain('6 grid points · 10 runs · seed 42');
  });

  it('gives every point with its overrides, summary and intervals as JSON, and writes CSV rows', async () => {
    const out = join(tempDir(), 'sweep.csv');
    const result = await brink([
      'sweep',
      SHORT,
      '--param',
      'us.power=0.5,1',
      '--runs',
      '8',
      '--workers',
      '1',
      '--json',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.params).toEqual([{ path: 'us.power', values: [0.5, 1] }]);
    expect(document.points).toHaveLength(2);
    expect(document.points[0]).toMatchObject({ point: 0, values: { 'us.power': 0.5 }, runs: 8 });
    expect(document.points[0].summary.runs).toBe(8);
    expect(document.points[0].scenarioHash).not.toBe(document.points[1].scenarioHash);
    const contained = document.points[1].outcomes.contained;
    expect(contained.low).toBeLessThanOrEqual(contained.share);
    expect(contained.high).toBeGreaterThanOrEqual(contained.share);
    const csv = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(csv[0]).toBe(
      'point,us.power,runs,' +
        'iran-direct,iran-direct.low,iran-direct.high,' +
        'us-direct,us-direct.low,us-direct.high,' +
        'multi-front,multi-front.low,multi-front.high,' +
        'regional-war,regional-war.low,regional-war.high,' +
        'contained,contained.low,contained.high,' +
        'axis-holds-fire-in-truce,axis-holds-fire-in-truce.low,axis-holds-fire-in-truce.high,' +
        'hezbollah-near-daily-fire,hezbollah-near-daily-fire.low,hezbollah-near-daily-fire.high,' +
        'israel-steps-down-from-war,israel-steps-down-from-war.low,israel-steps-down-from-war.high,' +
        'us-strikes-back-fast,us-strikes-back-fast.low,us-strikes-back-fast.high,' +
        'militias-pause-on-us,militias-pause-on-us.low,militias-pause-on-us.high,' +
        'us-month-in-the-fight,us-month-in-the-fight.low,us-month-in-the-fight.high',
    );
    expect(document.definitions['militias-pause-on-us'].definition).toMatch(/14 days in a/);
    expect(csv).toHaveLength(3);
    expect(JSON.parse(readFileSync(`${out}.manifest.json`, 'utf8'))).toMatchObject({
      command: 'sweep',
      complete: true,
      runsCompleted: 16,
      grid: { points: 2, runsPerPoint: 8 },
    });
  });
});
