import {
  type ExploreResult,
  exploreAnalysis,
  exploreSampling,
  runShard,
  uncertainParameters,
} from '@brink/core';
import { axisPack, getScenario, nearestId, scenarios } from '@brink/data';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MorrisChart } from '../src/charts/MorrisChart';
import { PrimBoxChart } from '../src/charts/PrimBoxChart';
import { PrimTradeoffChart } from '../src/charts/PrimTradeoffChart';
import { SobolChart, type SobolRow } from '../src/charts/SobolChart';
import { ExploreForm } from '../src/components/ExploreForm';
import { ExploreResults } from '../src/components/ExploreResults';
import { analyseExploration } from '../src/lib/analyseExploration';
import { explorationCsv } from '../src/lib/explorationCsv';
import { checkExplore, exploreHref, readExploreParams } from '../src/lib/exploreParams';
import { type AnalysisWorker, runExploration } from '../src/lib/runExploration';
import { tornadoSettings } from '../src/lib/tornado';
import { fakeBatchWorker } from './fakeBatchWorker';

afterEach(cleanup);

const scenarioIds = Object.keys(scenarios);
const context = { scenarioIds, nearest: nearestId, pack: axisPack };
const baseline = getScenario('baseline');
const k = uncertainParameters(axisPack, baseline).length;
const run = { scenario: 'Baseline (baseline)', runs: 10, seed: 1 };

function fakeAnalyser(): AnalysisWorker {
  const worker: AnalysisWorker = {
    onmessage: null,
    onerror: null,
    postMessage(task) {
      setTimeout(() => {
        worker.onmessage?.({
          data: structuredClone(analyseExploration(structuredClone(task))),
        } as MessageEvent<ReturnType<typeof analyseExploration>>);
      }, 0);
    },
    terminate() {},
  };
  return worker;
}

describe('the exploration in Web Workers', () => {
  it('gives what core gives (brink explore’s path) for the same settings, on any workers', async () => {
    const state = {
      scenario: 'baseline',
      method: 'morris' as const,
      outcome: 'regional-war',
      runs: 2 * (k + 1),
      seed: 3,
    };
    const checked = checkExplore(axisPack, baseline, state);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.runs).toBe(2 * (k + 1));
    const sampling = exploreSampling(axisPack, baseline, state);
    const { records } = runShard(axisPack, baseline, {
      seed: 3,
      from: 0,
      to: checked.runs,
      sampling,
    });
    const expected = exploreAnalysis(axisPack, baseline, state, sampling, records);
    const seen: number[] = [];
    const exploration = await runExploration(baseline, state, checked, {
      workers: 2,
      shardSize: 7,
      createWorker: () => fakeBatchWorker(),
      createAnalyser: fakeAnalyser,
      onProgress: (done) => seen.push(done),
    });
    expect(exploration.result).toEqual(expected);
    expect(seen.at(-1)).toBe(checked.runs);
  }, 60_000);

  it('rejects with an AbortError when cancelled, and analyses nothing', async () => {
    const state = {
      scenario: 'baseline',
      method: 'prim' as const,
      outcome: 'regional-war',
      runs: 200,
      seed: 3,
    };
    const checked = checkExplore(axisPack, baseline, state);
    if (!checked.ok) throw new Error('unexpected');
    const controller = new AbortController();
    let analysed = false;
    const running = runExploration(baseline, state, checked, {
      signal: controller.signal,
      shardSize: 25,
      createWorker: () => fakeBatchWorker(),
      createAnalyser: () => {
        analysed = true;
        return fakeAnalyser();
      },
      onProgress: () => controller.abort(),
    });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(analysed).toBe(false);
  }, 30_000);
});

describe('bad input on the Explore page', () => {
  it('names a Sobol budget too small for the scenario’s assumptions, at the runs field', () => {
    const checked = checkExplore(axisPack, baseline, {
      scenario: 'baseline',
      method: 'sobol',
      outcome: 'regional-war',
      runs: 100,
      seed: 1,
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]!.field).toBe('runs');
    expect(checked.problems[0]!.message).toContain(`needs at least ${32 * (k + 2)} runs`);
  });

  it('names an outcome the pack lacks and a method it does not know, each at its field', () => {
    const read = readExploreParams(
      new URLSearchParams('scenario=baseline&method=anova&outcome=regional-wars&runs=x'),
      context,
    );
    const fields = read.problems.map((problem) => problem.field);
    expect(fields).toEqual(['method', 'outcome', 'runs']);
    expect(read.problems[1]!.message).toContain('did you mean "regional-war"?');
    // The form still has settings to show.
    expect(read.state.method).toBe('sobol');
  });

  it('shows each problem beside its field, marks the field, and keeps the form', () => {
    const { state } = readExploreParams(new URLSearchParams('scenario=baseline'), context);
    render(
      <ExploreForm
        state={state}
        pack={axisPack}
        busy={false}
        onSubmit={() => {}}
        problems={[
          { field: 'runs', message: 'A Sobol analysis needs at least 768 runs.' },
          { field: 'outcome', message: 'Pack "axis-2023" has no outcome "x".' },
        ]}
      />,
    );
    const runs = screen.getByRole('spinbutton', { name: /Runs/ });
    expect(runs.getAttribute('aria-invalid')).toBe('true');
    const note = document.getElementById(runs.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(note?.textContent).toContain('at least 768 runs');
    expect(screen.getByRole('combobox', { name: /Outcome/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(screen.getByRole('combobox', { name: /Method/ }).getAttribute('aria-invalid')).toBe(
      null,
    );
    // The outcome's plain definition is beside it, and the budget says what it buys.
    expect(screen.getByTestId('outcome-definition').textContent).toMatch(/^Counts the runs/);
    expect(screen.getByTestId('budget-note').textContent).toContain(`× (${k} assumptions + 2)`);
  });

  it('says plainly when the outcome does not vary, instead of drawing undefined indices', () => {
    const result: ExploreResult = {
      method: 'sobol',
      outcome: 'regional-war',
      scenario: 'baseline',
      seed: 1,
      runs: 64,
      share: 0,
      degenerate: true,
      parameters: [],
    };
    render(<ExploreResults result={result} pack={axisPack} run={run} filename="x" />);
    expect(screen.getByTestId('no-variation').textContent).toContain('held in none of the 64 runs');
    expect(document.querySelector('svg')).toBeNull();
  });

  it('keeps the settings in an address that reads back the same', () => {
    const state = {
      scenario: 'strike-on-iran',
      method: 'prim' as const,
      outcome: 'regional-war',
      runs: 900,
      seed: 8,
    };
    const read = readExploreParams(new URLSearchParams(exploreHref(state).split('?')[1]), context);
    expect(read).toEqual({ state, problems: [] });
  });
});

describe('the Explore charts', () => {
  const rows: SobolRow[] = [
    {
      name: 'a.power',
      label: 'A: power',
      first: 0.1,
      firstInterval: [0.05, 0.15],
      total: 0.2,
      totalInterval: [0.1, 0.3],
    },
    {
      name: 'b.power',
      label: 'B: power',
      first: 0.5,
      firstInterval: [0.4, 0.6],
      total: 0.7,
      totalInterval: [0.6, 0.8],
    },
  ];

  it('draws Sobol indices as total- and first-order bars with interval whiskers, largest first', () => {
    const { container } = render(<SobolChart rows={rows} outcome="War" />);
    const order = [...container.querySelectorAll('[data-sobol]')].map((g) =>
      g.getAttribute('data-sobol'),
    );
    expect(order).toEqual(['b.power', 'a.power']);
    const whiskers = container.querySelectorAll('[data-interval]');
    expect(whiskers).toHaveLength(4);
    // The first whisker (B's total order) spans 0.6 to 0.8 of the axis: wider than nothing and
    // to the right of A's.
    const span = (g: Element) =>
      [...g.querySelectorAll('line')][0]!.getAttribute('x1') +
      '-' +
      [...g.querySelectorAll('line')][0]!.getAttribute('x2');
    const [b1, b2] = span(whiskers[0]!).split('-').map(Number);
    const [a1] = span(whiskers[2]!).split('-').map(Number);
    expect(b2! - b1!).toBeGreaterThan(0);
    expect(b1!).toBeGreaterThan(a1!);
    expect(container.textContent).toContain('A: power');
  });

  it('leaves out the bars of undefined indices', () => {
    const { container } = render(
      <SobolChart
        rows={[{ ...rows[0]!, first: Number.NaN, firstInterval: [Number.NaN, Number.NaN] }]}
        outcome="War"
      />,
    );
    expect(container.querySelectorAll('[data-interval]')).toHaveLength(1);
  });

  it('places Morris points by μ* and σ, labelling the most influential', () => {
    const { container } = render(
      <MorrisChart
        outcome="War"
        points={[
          {
            name: 'a',
            label: 'A: x',
            meanAbsolute: 0.1,
            meanAbsoluteInterval: [0.05, 0.2],
            deviation: 0.3,
          },
          {
            name: 'b',
            label: 'B: y',
            meanAbsolute: 0.4,
            meanAbsoluteInterval: [0.3, 0.5],
            deviation: 0.1,
          },
        ]}
      />,
    );
    const groups = [...container.querySelectorAll('[data-morris]')];
    expect(groups.map((g) => g.getAttribute('data-morris'))).toEqual(['b', 'a']);
    expect(container.querySelector('[data-morris-label="b"]')!.textContent).toBe('1. B: y');
    const cx = (g: Element) => Number(g.querySelector('line')!.getAttribute('x2'));
    expect(cx(groups[0]!)).toBeGreaterThan(cx(groups[1]!));
    // The key says what the grey whiskers and the two kinds of point are.
    expect(container.querySelector('[data-legend="interval"]')!.textContent).toContain(
      '95% bootstrap interval of its μ*',
    );
    expect(container.querySelectorAll('[data-legend]')).toHaveLength(3);
  });

  it('never draws two labels over each other where points share a spot', () => {
    const same = { meanAbsolute: 0.2, meanAbsoluteInterval: [0.1, 0.3] as const, deviation: 0.2 };
    const { container } = render(
      <MorrisChart
        outcome="War"
        points={Array.from({ length: 9 }, (_, i) => ({ name: `p${i}`, label: `P${i}`, ...same }))}
      />,
    );
    const labels = [...container.querySelectorAll('[data-morris-label]')];
    // Six named, one line apart; the other three counted once.
    const ys = labels.slice(0, 6).map((label) => Number(label.getAttribute('y')));
    expect(new Set(ys).size).toBe(6);
    expect(labels.at(-1)!.textContent).toBe('3 points');
  });

  it('draws PRIM’s box on each restricted range and its trade-off with the chosen box ringed', () => {
    const box = render(
      <PrimBoxChart
        outcome="War"
        limits={[
          { name: 'a', label: 'A: x', low: 0, high: 1, boxLow: 0.6, boxHigh: 0.9, value: 0.5 },
        ]}
      />,
    );
    const limit = box.container.querySelector('[data-limit="a"]')!;
    expect(limit.textContent).toContain('0.6–0.9');
    cleanup();
    const curve = render(
      <PrimTradeoffChart
        outcome="War"
        baseDensity={0.2}
        chosen={2}
        steps={[
          { coverage: 1, density: 0.2 },
          { coverage: 0.9, density: 0.4 },
          { coverage: 0.7, density: 0.8 },
        ]}
      />,
    );
    expect(curve.container.querySelectorAll('[data-peel]')).toHaveLength(3);
    expect(curve.container.querySelector('[data-chosen="2"]')!.textContent).toContain(
      'coverage 70.0%, density 80.0%',
    );
  });
});

describe('an exploration’s table and CSV', () => {
  it('lists every assumption by plain name, with its badge and a link to its rule', () => {
    const parameters = uncertainParameters(axisPack, baseline);
    const result: ExploreResult = {
      method: 'morris',
      outcome: 'regional-war',
      scenario: 'baseline',
      seed: 1,
      runs: 10,
      share: 0.5,
      degenerate: false,
      parameters: parameters.map((p) => ({
        name: p.name,
        value: p.value,
        distribution: p.distribution,
        reason: p.reason,
        provenance: p.provenance.kind,
      })),
      morris: {
        trajectories: 2,
        resamples: 10,
        confidence: 0.95,
        effects: parameters.map((_, i) => ({
          mean: i,
          meanAbsolute: i,
          meanAbsoluteInterval: [i, i],
          deviation: 0,
        })),
      },
    };
    render(<ExploreResults result={result} pack={axisPack} run={run} filename="x" />);
    const rowsShown = document.querySelectorAll('[data-parameter]');
    expect(rowsShown).toHaveLength(parameters.length);
    // Ranked by μ*: the last parameter first.
    const top = rowsShown[0]!;
    expect(top.getAttribute('data-parameter')).toBe(parameters.at(-1)!.name);
    expect(top.querySelector('a')!.getAttribute('href')).toBe(
      `/source?rule=${encodeURIComponent(parameters.at(-1)!.name)}`,
    );
    expect(top.querySelector('.badge')!.textContent).toBe(parameters.at(-1)!.provenance.kind);
    const csv = explorationCsv(result).trim().split('\n');
    expect(csv[0]).toBe(
      'parameter,provenance,distribution,low,mode,high,value,mu_star,mu_star_low,mu_star_high,mu,sigma',
    );
    expect(csv).toHaveLength(parameters.length + 1);
    expect(csv[1]!.startsWith(`${parameters[0]!.name},`)).toBe(true);
  });
});

describe('the tornado’s sampled ranges', () => {
  it('moves each ranged field of the actor to the ends of its range', () => {
    const actor = axisPack.actors[0]!.id;
    const settings = tornadoSettings(axisPack, baseline, actor, 'range');
    const ranged = uncertainParameters(axisPack, baseline).filter((p) =>
      settings.some((s) => s.path === p.name),
    );
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.length).toBe(ranged.length);
    for (const setting of settings) {
      const parameter = ranged.find((p) => p.name === setting.path)!;
      expect([setting.low, setting.high]).toEqual([
        parameter.distribution.low,
        parameter.distribution.high,
      ]);
      expect(setting.path.startsWith(`${actor}.`)).toBe(true);
    }
  });
});
