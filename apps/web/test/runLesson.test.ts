import { batchHeader, runShard, type Summary, simulate, summarize, summaryOf } from '@brink/core';
import { axisPack, getLesson, scenarios } from '@brink/data';
import { describe, expect, it } from 'vitest';
import type { BatchRequest } from '../src/lib/runBatch';
import { lessonRuns, runLesson } from '../src/lib/runLesson';

/** A stand-in for the Web Worker batch: the same engine, summarised in process. */
async function inProcessBatch(
  request: BatchRequest,
  options: { onProgress?: (done: number, total: number) => void },
) {
  const { seed, runs, scenario, sampling } = request;
  const shard = runShard(axisPack, scenario, { seed, from: 0, to: runs, sampling });
  options.onProgress?.(runs, runs);
  return {
    summary: summaryOf(
      shard.aggregate,
      batchHeader(axisPack, scenario, seed),
      typeof sampling === 'object' ? 'sampled' : sampling,
    ),
    profile: shard.profile,
  };
}

describe('runLesson', () => {
  it('runs each experiment with its scenario, seed and runs, and measures the lesson on them', async () => {
    const lesson = getLesson('red-lines-retaliation')!;
    const small = { ...lesson, experiments: lesson.experiments.map((e) => ({ ...e, runs: 20 })) };
    const requests: BatchRequest[] = [];
    const progress: number[] = [];
    const figures = await runLesson(small, {
      pack: axisPack,
      scenarios,
      runBatch: (request, options) => {
        requests.push(request);
        return inProcessBatch(request, options);
      },
      onProgress: (done) => progress.push(done),
    });
    expect(requests.map((r) => [r.scenario.id, r.runs, r.seed])).toEqual(
      small.experiments.map((e) => [e.scenario, 20, e.seed]),
    );
    expect(progress.at(-1)).toBe(lessonRuns(small));
    expect(figures.claims.every((claim) => claim.holds)).toBe(true);
    // "Bounded": Iran's highest rung is limited, no higher — read here off the same runs' reach.
    const strike = small.experiments.find((e) => e.id === 'strike')!;
    const { actors } = summarize(
      Array.from({ length: 20 }, (_, run) =>
        simulate(axisPack, scenarios[strike.scenario]!, { seed: strike.seed, run }),
      ),
      axisPack,
    );
    const reach = actors.iran!.reach;
    expect(figures.values.bounded).toBeCloseTo(reach.limited! - reach.direct!, 12);
  });

  it('makes a single run on the page, without the batch engine', async () => {
    const lesson = getLesson('why-iran-holds-back')!;
    const single = { ...lesson, experiments: lesson.experiments.map((e) => ({ ...e, runs: 1 })) };
    const figures = await runLesson(single, {
      pack: axisPack,
      scenarios,
      runBatch: () => Promise.reject(new Error('no batch for a single run')),
    });
    const expected: Summary = summarize(
      [simulate(axisPack, scenarios.baseline!, { seed: lesson.experiments[0]!.seed })],
      axisPack,
    );
    expect(figures.values['iran-beyond']).toBe(expected.outcomes['iran-direct']);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runLesson(getLesson('why-iran-holds-back')!, {
        pack: axisPack,
        scenarios,
        runBatch: inProcessBatch,
        signal: controller.signal,
      }),
    ).rejects.toThrow('cancelled');
  });
});
