import { describe, expect, it } from 'vitest';
import { compareKernels } from '../src/compareKernels.js';
import { type Build, loadBuild } from '../src/loadBuild.js';

/** A stand-in build that logs what it is asked to run, instead of loading a checkout's dist. */
function fakeBuild(name: string, scenarios: string[], log: string[]): Build {
  return {
    root: `/${name}`,
    scenarios,
    kernel: (id) => ({ run: (seed, run) => log.push(`${name} kernel ${id} ${seed}/${run}`) }),
    shard: (id, seed, from, to) => log.push(`${name} shard ${id} ${seed}/${from}-${to}`),
  };
}

describe('compareKernels', () => {
  it('names the missing build and how to make it', async () => {
    await expect(loadBuild('/no/such/checkout')).rejects.toThrow(
      /no built @brink\/core at \/no\/such\/checkout\/packages\/core\/dist\/index\.js: give the root of a checkout/,
    );
  });

  it('runs the same runs on both builds, alternating which goes first, on the scenarios both have', () => {
    const log: string[] = [];
    const next = fakeBuild('new', ['baseline', 'only-new', 'iran-commits'], log);
    const previous = fakeBuild('old', ['iran-commits', 'baseline', 'only-old'], log);
    const comparison = compareKernels(next, previous, { rounds: 2, runs: 2, seed: 7, warmUp: 0 });
    expect(comparison.scenarios).toEqual(['baseline', 'iran-commits']);
    expect(comparison.onlyNew).toEqual(['only-new']);
    expect(comparison.onlyOld).toEqual(['only-old']);
    expect(log.filter((line) => line.includes('baseline'))).toEqual([
      'new kernel baseline 7/0',
      'new kernel baseline 7/1',
      'old kernel baseline 7/0',
      'old kernel baseline 7/1',
      'new shard baseline 7/0-2',
      'old shard baseline 7/0-2',
      'old kernel baseline 7/2',
      'old kernel baseline 7/3',
      'new kernel baseline 7/2',
      'new kernel baseline 7/3',
      'old shard baseline 7/2-4',
      'new shard baseline 7/2-4',
    ]);
    for (const ratio of [
      ...Object.values(comparison.kernel),
      ...Object.values(comparison.shard),
      comparison.kernelOverall,
      comparison.shardOverall,
    ]) {
      expect(ratio.min).toBeLessThanOrEqual(ratio.ratio);
      expect(ratio.ratio).toBeLessThanOrEqual(ratio.max);
    }
  });

  it('refuses a scenario one build lacks, naming those both have', () => {
    const next = fakeBuild('new', ['baseline', 'only-new'], []);
    const previous = fakeBuild('old', ['baseline'], []);
    expect(() =>
      compareKernels(next, previous, { rounds: 1, runs: 1, seed: 7, scenarios: ['only-new'] }),
    ).toThrow('scenario "only-new" is not built into both builds; both have: baseline');
  });
});
