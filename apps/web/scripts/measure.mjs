// Measures the web app as a user gets it, from the static export in `out/` (build first):
// the first-load JavaScript of /run (every script run.html loads, gzipped at level 9), and the
// time to simulate and draw a 120-day baseline run in Debian's chromium, read from
// `window.__brinkTiming` (performance.now() before `simulate` to the first frame after the
// charts' layout effects). Seven fresh pages; medians. Then the first-load JavaScript of /batch
// and the time /batch takes for 10,000 runs of baseline in Web Workers (one per core chromium
// reports), from the page's `brink:batch-start` mark to its `brink:batch-end` mark; three fresh
// pages (BRINK_MEASURE_BATCHES=n for another count); median. On those pages it also reports the
// main thread's long tasks (over 50 ms, by a `PerformanceObserver`) between the two marks: how
// many, and the longest. The page is built to keep the main thread free while workers run a
// batch, so any here is worth a look; they are reported, not asserted, since a loaded machine can
// stall chromium in the middle of one small task. It also reports the long tasks of the 3 s after
// the batch's end mark, while its charts draw (they mount one at a time; the time from the end
// mark until the last is drawn, when the charts' `aria-busy` turns false, is reported too). Last, playback: /run with the speed at 20 days/s
// from day 0, the days per second it achieves from the first day shown after Play to the last
// day, how many of those days were drawn, and the main thread's long tasks while it played.
// A long task's wall time grows with the machine's load (chromium waits for a core in the middle
// of it); for the charts' drawing and for playback the script also traces chromium and reports
// the longest main-thread task's CPU time (its thread time), which load inflates far less: what
// a quiet machine would show.
// Then the Explore page: a Sobol analysis of all k of baseline's ranged assumptions (k read from
// core's `uncertainParameters`) with N = 512 base samples (N·(k + 2) runs) of `regional-war` on
// the page's Web Workers (one per core): its wall time from the page's `brink:explore-start` mark
// to `brink:explore-end`, the runs' part of it (the batch marks) and its runs/s, the analysis's
// part, and the long tasks in that span; beside it, in the same session, a plain (fixed) and a
// sampled batch of as many runs of baseline (BRINK_MEASURE_BATCH_RUNS=n for another count) on
// /batch, each with the runs/s of its runs;
// BRINK_MEASURE_ROUNDS=n rounds of the three, alternated (1 by default). BRINK_MEASURE_EXPLORE=0
// skips these; BRINK_MEASURE_ONLY=explore measures only them.
// Last, the batch workers kept between batches (src/lib/batchWorkerPool.ts): on three fresh
// /batch pages, a 20-run batch of baseline and then four more on the same page (the form's seed
// changed, as a user would), each from its `brink:batch-start` mark to its `brink:batch-end`; the
// first pays for starting the workers, the others run on the workers the first left; and on three
// fresh /sensitivity pages, a curve and then a tornado of baseline (3 and 17 batches of 20 runs,
// one after the other), from the first batch's start mark to the last one's end. BRINK_MEASURE_REUSE=0 skips these;
// BRINK_MEASURE_ONLY=reuse measures only them. BRINK_MEASURE_OUT=DIR measures another export
// than `out/` (an older build, for a before/after).
// Run: `node scripts/measure.mjs`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { uncertainParameters } from '@brink/core';
import { axisPack, getScenario } from '@brink/data';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const out = process.env.BRINK_MEASURE_OUT ?? fileURLToPath(new URL('../out', import.meta.url));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const route of ['run', 'batch']) {
  const html = readFileSync(`${out}/${route}.html`, 'utf8');
  const scripts = [
    ...new Set([...html.matchAll(/"(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1])),
  ];
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const bytes = readFileSync(out + src);
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(
    `first-load JS of /${route}: ${scripts.length} files, ${kib(raw)}, ${kib(gzipped)} gzipped`,
  );
}

/**
 * The CPU times (thread time, ms, longest first) of the main-thread tasks of `page`'s renderer
 * that start between the performance marks `from` and `to` (or `from` + `spanMs`), from a trace
 * of what `act` does.
 */
async function taskCpu(page, act, from, { to, spanMs }) {
  const dir = mkdtempSync(`${tmpdir()}/brink-measure-`);
  const path = `${dir}/trace.json`;
  await browser.startTracing(page, { path, categories: ['toplevel', 'blink.user_timing'] });
  await act();
  await browser.stopTracing();
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
  rmSync(dir, { recursive: true, force: true });
  const mark = (name) => events.find((event) => event.name === name);
  const start = mark(from);
  const end = to ? mark(to).ts : start.ts + spanMs * 1000;
  const main = events.find(
    (event) =>
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      event.pid === start.pid,
  );
  return events
    .filter(
      (event) =>
        event.name === 'ThreadControllerImpl::RunTask' &&
        event.pid === start.pid &&
        event.tid === main.tid &&
        event.ts + event.dur > start.ts &&
        event.ts < end,
    )
    .map((event) => (event.tdur ?? 0) / 1000)
    .sort((a, b) => b - a);
}

/** Records the page's main-thread long tasks (over 50 ms) from its start in `window.__longTasks`. */
function observeLongTasks(page) {
  return page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

const server = await startServer({ root: out, port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});
const cold = [];
const warm = [];
const timing = (page) =>
  page.waitForFunction(() => window.__brinkTiming).then((handle) => handle.jsonValue());
const only = process.env.BRINK_MEASURE_ONLY;
const skip = only === 'explore' || only === 'reuse';
for (let i = 0; i < (skip ? 0 : 7); i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}/run?scenario=baseline&seed=42`);
  cold.push(await timing(page));
  await page.evaluate(() => {
    window.__brinkTiming = undefined;
  });
  await page.getByRole('button', { name: 'Next seed' }).click();
  warm.push(await timing(page));
  await page.close();
}

const batches = [];
for (let i = 0; i < (skip ? 0 : Number(process.env.BRINK_MEASURE_BATCHES ?? 3)); i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // Long tasks from the start of the page; those of the batch's span are picked below.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
    // When the batch's charts are all drawn: their view's aria-busy turns false.
    window.__chartsDrawn = null;
    new MutationObserver(() => {
      if (window.__chartsDrawn === null && document.querySelector('.mc-charts[aria-busy="false"]'))
        window.__chartsDrawn = performance.now();
    }).observe(document, { subtree: true, childList: true, attributeFilter: ['aria-busy'] });
  });
  const drawingCpu = await taskCpu(
    page,
    async () => {
      await page.goto(`${server.url}/batch?scenario=baseline&runs=10000&seed=${42 + i}`);
      await page.getByText(/runs in [\d.]+ s on \d+ worker/).waitFor({ timeout: 600_000 });
      await page.locator('.mc-charts[aria-busy="false"]').waitFor({ timeout: 60_000 });
      await page.waitForTimeout(3000);
    },
    'brink:batch-end',
    { spanMs: 3000 },
  );
  const figures = await page.evaluate(() => {
    const start = performance.getEntriesByName('brink:batch-start')[0].startTime;
    const end = performance.getEntriesByName('brink:batch-end')[0].startTime;
    const longTasks = window.__longTasks
      .filter((task) => task.start + task.duration > start && task.start < end)
      .map((task) => task.duration);
    const drawing = window.__longTasks
      .filter((task) => task.start >= end && task.start < end + 3000)
      .map((task) => task.duration);
    return {
      ms: end - start,
      workers: navigator.hardwareConcurrency,
      longTasks,
      drawing,
      drawnMs: window.__chartsDrawn - end,
    };
  });
  batches.push({ ...figures, drawingCpu });
  await page.close();
}
const playbacks = [];
for (let i = 0; i < (skip ? 0 : 3); i++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await observeLongTasks(page);
  await page.goto(`${server.url}/run?scenario=baseline&seed=42&day=0`);
  await page.getByTestId('ladder').waitFor();
  await page.getByLabel('Speed').selectOption('20');
  // Every day the readout shows, with when it showed it.
  await page.evaluate(() => {
    window.__days = [];
    const readout = document.querySelector('[data-testid="day"] strong');
    new MutationObserver(() =>
      window.__days.push({ at: performance.now(), day: Number(readout.textContent) }),
    ).observe(readout, { childList: true, characterData: true, subtree: true });
    window.__played = performance.now();
  });
  const playingCpu = await taskCpu(
    page,
    async () => {
      await page.evaluate(() => performance.mark('measure:play'));
      await page.getByRole('button', { name: 'Play' }).click();
      await page.waitForFunction(() => window.__days.at(-1)?.day === 119, null, {
        timeout: 120_000,
      });
      await page.evaluate(() => performance.mark('measure:played'));
    },
    'measure:play',
    { to: 'measure:played' },
  );
  playbacks.push(
    await page.evaluate(() => {
      const days = window.__days;
      const first = days[0];
      const last = days.at(-1);
      const perSecond = ((last.day - first.day) * 1000) / (last.at - first.at);
      const longTasks = window.__longTasks
        .filter((task) => task.start + task.duration > window.__played && task.start < last.at)
        .map((task) => task.duration);
      return {
        perSecond,
        drawn: new Set(days.map((d) => d.day)).size,
        of: last.day - first.day + 1,
        longTasks,
      };
    }),
  );
  playbacks.at(-1).playingCpu = playingCpu;
  await page.close();
}
const explorations = [];
/** N of the Explore page's Sobol analysis (issue 14 asks for at least 512). */
const EXPLORE_BASE_SAMPLES = 512;
if (process.env.BRINK_MEASURE_EXPLORE !== '0' && only !== 'reuse') {
  const parameters = uncertainParameters(axisPack, getScenario('baseline')).length;
  const sobolRuns = EXPLORE_BASE_SAMPLES * (parameters + 2);
  const batchRuns = Number(process.env.BRINK_MEASURE_BATCH_RUNS ?? sobolRuns);
  const rounds = Number(process.env.BRINK_MEASURE_ROUNDS ?? 1);
  const plan = Array.from({ length: rounds }, () => [
    [
      'explore',
      `/explore?scenario=baseline&method=sobol&outcome=regional-war&runs=${sobolRuns}&seed=42`,
    ],
    ['fixed', `/batch?scenario=baseline&runs=${batchRuns}&seed=42`],
    ['sampled', `/batch?scenario=baseline&runs=${batchRuns}&seed=42&sampling=sampled`],
  ]).flat();
  for (const [kind, address] of plan) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await observeLongTasks(page);
    await page.goto(`${server.url}${address}`);
    await (kind === 'explore'
      ? page.getByTestId('explore-status')
      : page.getByText(/runs in [\d.]+ s on \d+ worker/)
    ).waitFor({ timeout: 1_800_000 });
    explorations.push({
      parameters,
      ...(await page.evaluate((kind) => {
        const mark = (name) => performance.getEntriesByName(name)[0].startTime;
        const runsStart = mark('brink:batch-start');
        const runsEnd = mark('brink:batch-end');
        const start = kind === 'explore' ? mark('brink:explore-start') : runsStart;
        const end = kind === 'explore' ? mark('brink:explore-end') : runsEnd;
        const text = document.querySelector(
          '[data-testid="explore-status"], .mc-progress',
        ).textContent;
        return {
          kind,
          text,
          runs: Number(text.match(/^([\d,]+) runs/)[1].replaceAll(',', '')),
          workers: Number(text.match(/on (\d+) worker/)[1]),
          ms: end - start,
          runsMs: runsEnd - runsStart,
          longTasks: window.__longTasks
            .filter((task) => task.start + task.duration > start && task.start < end)
            .map((task) => task.duration),
        };
      }, kind)),
    });
    await page.close();
  }
}
/** Each batch's span on the page so far (batch-start to batch-end marks), in order, in ms. */
const batchSpans = (page) =>
  page.evaluate(() => {
    const starts = performance.getEntriesByName('brink:batch-start');
    const ends = performance.getEntriesByName('brink:batch-end');
    return starts.map((start, i) => ends[i].startTime - start.startTime);
  });
const reuse = { batches: [], tornados: [] };
if (process.env.BRINK_MEASURE_REUSE !== '0' && (!only || only === 'reuse')) {
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${server.url}/batch?scenario=baseline&runs=20&seed=1`);
    const done = page.getByText(/runs in [\d.]+ s on \d+ worker/);
    await done.waitFor({ timeout: 120_000 });
    for (let seed = 2; seed <= 5; seed++) {
      await page.getByLabel('Seed').fill(String(seed));
      await page.getByRole('button', { name: 'Run batch' }).click();
      await page.waitForURL(new RegExp(`seed=${seed}`));
      await page.waitForFunction(
        (count) => performance.getEntriesByName('brink:batch-end').length === count,
        seed,
      );
      await done.waitFor({ timeout: 120_000 });
    }
    reuse.batches.push(await batchSpans(page));
    await page.close();
  }
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(
      `${server.url}/sensitivity?scenario=baseline&param=iran.params.riskAversion&values=1:2:0.5&runs=20&seed=4&outcome=iran-direct&tornado=1`,
    );
    await page.getByText(/17 batches, 340 runs in/).waitFor({ timeout: 600_000 });
    reuse.tornados.push(
      await page.evaluate(() => {
        const starts = performance.getEntriesByName('brink:batch-start');
        const ends = performance.getEntriesByName('brink:batch-end');
        return { batches: starts.length, ms: ends.at(-1).startTime - starts[0].startTime };
      }),
    );
    await page.close();
  }
}
await browser.close();
await server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = (label, runs) =>
  console.log(
    `${label}: simulate ${median(runs.map((t) => t.simulateMs)).toFixed(1)} ms, simulate + render ${median(runs.map((t) => t.renderMs)).toFixed(1)} ms (median of ${runs.length})`,
  );
if (cold.length > 0) {
  report('baseline, 120 days, on page load', cold);
  report('baseline, 120 days, next seed   ', warm);
}
const longest = (tasks) => (tasks.length ? `, longest ${Math.max(...tasks).toFixed(0)} ms` : '');
if (batches.length > 0) {
  const ms = median(batches.map((b) => b.ms));
  console.log(
    `/batch, baseline, 10,000 runs on ${batches[0].workers} workers: ${(ms / 1000).toFixed(1)} s, ${Math.round(10000 / (ms / 1000))} runs/s (median of ${batches.length}: ${batches.map((b) => (b.ms / 1000).toFixed(1)).join(', ')} s)`,
  );
  console.log(
    `/batch, main-thread long tasks (> 50 ms) while the batch ran: ${batches.map((b) => `${b.longTasks.length}${longest(b.longTasks)}`).join('; ')} (each page)`,
  );
  console.log(
    `/batch, main-thread long tasks (> 50 ms) in the 3 s after, while the charts draw: ${batches.map((b) => `${b.drawing.length}${longest(b.drawing)}`).join('; ')} (each page)`,
  );
  console.log(
    `/batch, CPU time of the longest main-thread task in the 3 s after: ${batches.map((b) => `${(b.drawingCpu[0] ?? 0).toFixed(1)} ms`).join('; ')} (each page)`,
  );
  console.log(
    `/batch, every chart drawn after the batch's end: ${batches.map((b) => `${b.drawnMs.toFixed(0)} ms`).join('; ')} (each page)`,
  );
}
if (playbacks.length > 0) {
  console.log(
    `/run playback set to 20 days/s, baseline day 0 to 119: ${playbacks.map((p) => `${p.perSecond.toFixed(1)} days/s, ${p.drawn} of ${p.of} days drawn, ${p.longTasks.length} long tasks${longest(p.longTasks)}`).join('; ')} (each page)`,
  );
  console.log(
    `/run playback, CPU time of the longest main-thread task while it played: ${playbacks.map((p) => `${(p.playingCpu[0] ?? 0).toFixed(1)} ms`).join('; ')} (each page)`,
  );
}
for (const e of explorations) {
  const rate = Math.round(e.runs / (e.runsMs / 1000));
  if (e.kind === 'explore') {
    console.log(
      `/explore, Sobol of baseline (regional-war), ${e.parameters} parameters, N = ${Math.floor(e.runs / (e.parameters + 2))}, ${e.runs.toLocaleString('en')} runs on ${e.workers} workers: ${(e.ms / 1000).toFixed(1)} s in all, runs ${(e.runsMs / 1000).toFixed(1)} s (${rate} runs/s), analysis ${((e.ms - e.runsMs) / 1000).toFixed(1)} s; main-thread long tasks (> 50 ms): ${e.longTasks.length}${longest(e.longTasks)}`,
    );
  } else {
    console.log(
      `/batch, baseline ${e.kind}, ${e.runs.toLocaleString('en')} runs on ${e.workers} workers: ${(e.runsMs / 1000).toFixed(1)} s, ${rate} runs/s (same session)`,
    );
  }
}
if (reuse.batches.length > 0) {
  const column = (i) => median(reuse.batches.map((spans) => spans[i]));
  console.log(
    `/batch, baseline 20 runs, five batches on one page: ${[0, 1, 2, 3, 4].map((i) => `${column(i).toFixed(0)} ms`).join(', ')} (medians of ${reuse.batches.length} pages: ${reuse.batches.map((spans) => spans.map((ms) => ms.toFixed(0)).join('/')).join('; ')})`,
  );
}
if (reuse.tornados.length > 0) {
  console.log(
    `/sensitivity, curve and tornado of baseline, ${reuse.tornados[0].batches} batches of 20 runs one after another: ${(median(reuse.tornados.map((t) => t.ms)) / 1000).toFixed(2)} s (median of ${reuse.tornados.map((t) => `${(t.ms / 1000).toFixed(2)}`).join(', ')} s)`,
  );
}
