import { compareRuns } from './compareRuns.js';

/** A child process of the differential test: compares the ranges of runs it is sent. */
interface Task {
  scenario: string;
  seed: number;
  from: number;
  to: number;
}

process.on('message', (task: Task) => {
  try {
    process.send?.({ ok: true, report: compareRuns(task.scenario, task.seed, task.from, task.to) });
  } catch (error) {
    process.send?.({
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
