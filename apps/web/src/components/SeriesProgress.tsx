import type { ProgressFeed } from '../lib/progressFeed';
import type { SeriesState } from '../lib/useBatchSeries';
import { LiveProgress } from './LiveProgress';

/** A series of batches' progress (which batch, runs done) with a cancel button, or its end. */
export function SeriesProgress({
  state,
  progress,
  names,
  onCancel,
}: {
  state: SeriesState;
  progress: ProgressFeed;
  /** What each batch of the series is, for the progress line: `A: baseline`, `point 3`. */
  names: readonly string[];
  onCancel: () => void;
}) {
  if (state.status === 'running') {
    const name = names[state.index] ?? `batch ${state.index + 1}`;
    return (
      <div className="mc-progress">
        <LiveProgress
          feed={progress}
          label="Runs done"
          describe={({ done, total }) =>
            `${name} (${state.index + 1} of ${state.count}): ${done.toLocaleString('en')} of ${total.toLocaleString('en')} runs`
          }
        />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.status === 'cancelled') {
    return (
      <p className="mc-progress" role="status">
        Cancelled after {state.results.length} of {names.length} batches.
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="mc-progress mc-error" role="alert">
        A batch failed: {state.message}
      </p>
    );
  }
  if (state.status === 'done') {
    const seconds = state.results.reduce((sum, result) => sum + result.elapsedMs, 0) / 1000;
    const runs = state.results.reduce((sum, result) => sum + result.runs, 0);
    return (
      <p className="mc-progress" role="status">
        {state.results.length} batches, {runs.toLocaleString('en')} runs in {seconds.toFixed(1)} s.
      </p>
    );
  }
  return null;
}
