import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseScenario,
  RUNGS,
  rungIndex,
  simulate,
  summarize,
  type Trace,
  type TraceProfile,
} from '@brink/core';
import { axisPack } from '@brink/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchProfileSummary } from '../src/format/batchProfile.js';
import { brink, finish, SHORT, start, tempDir } from './cli.js';

const RUNS = 120;
const dir = tempDir();
const reference = join(dir, 'reference.ndjson');
let referenceSummary: unknown;

const read = (path: string) => readFileSync(path, 'utf8');
const manifestOf = (path: string) => JSON.parse(read(`${path}.manifest.json`));
const lines = (path: string) => read(path).split('\n').filter(Boolean);

beforeAll(async () => {
  const result = await brink([
    'batch',
    SHORT,
    '--runs',
    `${RUNS}`,
    '--workers',
    '2',
    '--out',
    reference,
    '--json',
  ]);
  expect(result.code).toBe(0);
  referenceSummary = JSON.parse(result.stdout);
});

describe('brink batch', () => {
  it('streams one record per run, in run order, beside a complete manifest', () => {
    const records = lines(reference).map((line) => JSON.parse(line));
    expect(records.map((record) => record.run)).toEqual(Array.from({ length: RUNS }, (_, i) => i));
    expect(Object.keys(records[0])).toEqual(['run', 'highest', 'firstDay', 'outcomes', 'attacks']);
    expect(manifestOf(reference)).toMatchObject({
      command: 'batch',
      scenario: 'short-strike',
      pack: 'axis-2023',
      packVersion: axisPack.version,
      seed: 42,
      format: 'ndjson',
      records: 'reference.ndjson',
      runsRequested: RUNS,
      runsCompleted: RUNS,
      workers: 2,
      complete: true,
    });
    const manifest = manifestOf(reference);
    expect(manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(manifest.finished)).toBeGreaterThanOrEqual(Date.parse(manifest.started));
  });

  it('writes byte-identical NDJSON records with 1 worker and with 2', async () => {
    const one = join(dir, 'one.ndjson');
    const result = await brink([
      'batch',
      SHORT,
      '--runs',
      `${RUNS}`,
      '--workers',
      '1',
      '--out',
      one,
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(read(one)).toBe(read(reference));
    expect(JSON.parse(result.stdout)).toEqual(referenceSummary);
    expect(manifestOf(one).workers).toBe(1);
  });

  it('writes byte-identical CSV with 1 and 2 workers, and --json is the engine’s summarize of those runs', async () => {
    const runs = 60;
    const [one, two] = await Promise.all(
      [1, 2].map(async (workers) => {
        const out = join(dir, `w${workers}.csv`);
        const result = await brink([
          'batch',
          SHORT,
          '--runs',
          `${runs}`,
          '--workers',
          `${workers}`,
          '--out',
          out,
          '--json',
        ]);
        expect(result.code).toBe(0);
        return { csv: read(out), summary: JSON.parse(result.stdout) };
      }),
    );
    expect(one!.csv).toBe(two!.csv);
    const [header, ...rows] = one!.csv.trimEnd().split('\n');
    expect(rows).toHaveLength(runs);
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['run', 'attacks', 'outcome.iran-direct']);
    expect(columns).toContain('iran.highest');
    expect(columns).toContain('iran.first.limited');
    expect(rows.every((row) => row.split(',').length === columns.length)).toBe(true);

    const scenario = parseScenario(read(SHORT), { pack: axisPack });
    const traces = Array.from({ length: runs }, (_, run) =>
      simulate(axisPack, scenario, { seed: 42, run }),
    );
    // The summary, beside it what each outcome counts, and the profile of every run.
    const { profile, definitions, ...summary } = one!.summary;
    expect(summary).toEqual(summarize(traces, axisPack));
    // The profile of every run, as their traces show it: rung by day, the fields that decided.
    expect(profile).toEqual(batchProfileSummary(profileOf(traces), axisPack, scenario.horizon));
    expect(profile.runs).toBe(runs);
    expect(profile.days).toEqual([7, 14, 22, 29]);
    expect(profile.rules.length).toBeGreaterThan(1);
    expect(Object.keys(definitions)).toEqual(axisPack.outcomes.map((outcome) => outcome.id));
    expect(definitions['us-month-in-the-fight']).toEqual({
      label: 'The United States spends a month or more using its own forces',
      definition:
        'The United States stands at the limited rung or higher on at least 30 days of the run.',
    });
    expect(two!.summary).toEqual(one!.summary);
  });

  it('stops on Ctrl-C with exit 130, a flushed prefix and a partial manifest; --resume completes it exactly', async () => {
    const out = join(dir, 'interrupted.ndjson');
    const child = start([
      'batch',
      SHORT,
      '--runs',
      `${RUNS}`,
      '--workers',
      '1',
      '--out',
      out,
      '--json',
    ]);
    const done = finish(child);
    await waitFor(() => existsSync(out) && lines(out).length >= 1);
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toBe('');
    const [, count] =
      new RegExp(`interrupted: (\\d+) of ${RUNS} runs are in`).exec(stopped.stderr) ?? [];
    const partial = lines(out);
    expect(Number(count)).toBe(partial.length);
    expect(partial.length).toBeLessThan(RUNS);
    expect(read(out)).toBe(`${lines(reference).slice(0, partial.length).join('\n')}\n`);
    expect(manifestOf(out)).toMatchObject({
      complete: false,
      runsCompleted: partial.length,
      runsRequested: RUNS,
    });

    const resumed = await brink([
      'batch',
      SHORT,
      '--runs',
      `${RUNS}`,
      '--workers',
      '2',
      '--out',
      out,
      '--resume',
      '--json',
    ]);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`resuming ${out} at run ${partial.length} of ${RUNS}`);
    expect(read(out)).toBe(read(reference));
    expect(JSON.parse(resumed.stdout)).toEqual(referenceSummary);
    expect(manifestOf(out)).toMatchObject({
      complete: true,
      runsCompleted: RUNS,
      resumes: [{ fromRun: partial.length }],
    });
    // The interrupted batch's manifest kept its runs' profile: none are run again.
    expect(resumed.stderr).not.toContain('again');
    expect(manifestOf(out).profile).toEqual(manifestOf(reference).profile);
  });

  it('profiles again on resuming only the runs its manifest kept no profile of', async () => {
    const twenty = join(dir, 'twenty.ndjson');
    expect((await brink(['batch', SHORT, '--runs', '20', '--out', twenty, '--quiet'])).code).toBe(
      0,
    );
    const { profile: kept, ...manifest } = manifestOf(reference);
    expect(kept.runs).toBe(RUNS);
    expect(manifestOf(twenty).profile.runs).toBe(20);
    const cases = [
      // Killed after the manifest was last written: it kept the profile of 20 of 50 runs.
      { name: 'killed', profile: manifestOf(twenty).profile, again: 'runs 20–49' },
      // Written by a brink that kept no profile.
      { name: 'older', profile: undefined, again: 'runs 0–49' },
    ];
    for (const { name, profile, again } of cases) {
      const out = join(dir, `${name}.ndjson`);
      writeFileSync(out, `${lines(reference).slice(0, 50).join('\n')}\n`);
      writeFileSync(
        `${out}.manifest.json`,
        JSON.stringify({ ...manifest, complete: false, runsCompleted: 50, profile }),
      );
      const args = ['batch', SHORT, '--runs', `${RUNS}`, '--out', out, '--resume', '--json'];
      const result = await brink([...args, '--workers', '2']);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`profiling ${again} of ${out} again`);
      expect(JSON.parse(result.stdout)).toEqual(referenceSummary);
      expect(manifestOf(out).profile).toEqual(kept);
    }
  });

  it('stops on SIGTERM the same way', async () => {
    const out = join(dir, 'terminated.csv');
    const child = start(['batch', SHORT, '--runs', `${RUNS}`, '--workers', '1', '--out', out]);
    const done = finish(child);
    await waitFor(() => existsSync(out) && lines(out).length >= 2);
    child.kill('SIGTERM');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(manifestOf(out)).toMatchObject({
      complete: false,
      runsCompleted: lines(out).length - 1,
    });
  });

  it('drops a torn last line when it resumes, and loses or repeats no run', async () => {
    const out = join(dir, 'torn.ndjson');
    const all = lines(reference);
    writeFileSync(out, `${all.slice(0, 50).join('\n')}\n${all[50]!.slice(0, 30)}`);
    writeFileSync(
      `${out}.manifest.json`,
      JSON.stringify({ ...manifestOf(reference), complete: false, runsCompleted: 40 }),
    );
    const result = await brink([
      'batch',
      SHORT,
      '--runs',
      `${RUNS}`,
      '--out',
      out,
      '--resume',
      '--quiet',
      '--workers',
      '1',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(read(out)).toBe(read(reference));
  });

  it('refuses to resume a file made by another batch', async () => {
    const out = join(dir, 'other.ndjson');
    writeFileSync(out, `${lines(reference).slice(0, 5).join('\n')}\n`);
    writeFileSync(
      `${out}.manifest.json`,
      JSON.stringify({ ...manifestOf(reference), complete: false }),
    );
    const result = await brink([
      'batch',
      SHORT,
      '--runs',
      '10',
      '--seed',
      '43',
      '--out',
      out,
      '--resume',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `brink: cannot resume ${out}: it holds a batch with seed 42, not 43\n`,
    );
    const fewer = await brink(['batch', SHORT, '--runs', '3', '--out', out, '--resume']);
    expect(fewer.code).toBe(2);
    expect(fewer.stderr).toBe(`brink: --runs 3 is fewer than the 5 runs already in ${out}\n`);
  });

  it('summarises reach and outcomes with 95% intervals and bars', async () => {
    const result = await brink(['batch', SHORT, '--runs', '30', '--workers', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('30 runs · seed 42 · 30 days · pack axis-2023');
    expect(result.stdout).toContain(
      'Reach: share of runs in which each actor stood at each rung or higher',
    );
    for (const actor of axisPack.actors) expect(result.stdout).toContain(`  ${actor.name}  `);
    expect(result.stdout).toContain('Outcomes: share of runs, with 95% Wilson intervals');
    expect(result.stdout).toContain('Rung by day, over all 30 runs');
    expect(result.stdout).toMatch(/\n +d7 +d14 +d22 +d29\n/);
    for (const actor of axisPack.actors) {
      expect(result.stdout).toMatch(
        new RegExp(
          `\\n  ${actor.name.replace(/[()]/g, '\\$&')} +((${RUNGS.join('|')}) +\\S–\\S *){4}\\n`,
        ),
      );
    }
    expect(result.stdout).toContain('Rules that fired most');
    expect(result.stdout).toMatch(/\n {2}\S+\.\S+ +\d+ +moves, in [\d.]+% of runs\n/);
    for (const outcome of axisPack.outcomes) {
      expect(result.stdout).toMatch(
        new RegExp(`\\n  ${outcome.id} +.+ +\\d+(\\.\\d)?% +[\\d.]+–[\\d.]+% +[█░▏▎▍▌▋▊▉ ]*\\n`),
      );
    }
    expect(result.stderr).toMatch(/^brink: 30 runs in [\d.]+ s \([\d,]+ runs\/s, 1 worker\)\n$/);
  });
});

/** The trace profile of runs read from their traces: rung by day, the fields that decided. */
function profileOf(traces: readonly Trace[]): TraceProfile {
  const rungDays = Object.fromEntries(
    axisPack.actors.map((actor) => [
      actor.id,
      traces[0]!.days.map((_, day) =>
        RUNGS.map(
          (_, r) =>
            traces.filter((trace) => rungIndex(trace.days[day]!.rungs[actor.id]!) === r).length,
        ),
      ),
    ]),
  );
  const rules: TraceProfile['rules'] = {};
  for (const trace of traces) {
    const fields = trace.days.flatMap((day) => [
      ...day.decisions.map((decision) => decision.provenance[0]!.field),
      ...day.redLines.map((crossing) => crossing.provenance[0]!.field),
    ]);
    for (const field of fields) {
      rules[field] ??= { fired: 0, runs: 0 };
      rules[field].fired += 1;
    }
    for (const field of new Set(fields)) rules[field]!.runs += 1;
  }
  return { runs: traces.length, rungDays, rules };
}

async function waitFor(condition: () => boolean, timeout = 240_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
