import type { SeriesState } from '../lib/useBatchSeries';

/** A series of batches' progress (which batch, runs done) with a cancel button, or its end. */
export function SeriesProgress({
  state,
  names,
  onCancel,
}: {
  state: SeriesState;
  /** What each batch of the series is, for the progress line: `A: baseline`, `point 3`. */
  names: readonly string[];
  onCancel: () => void;
}) {
  if (state.status === 'running') {
    const overall = (state.index + state.done / Math.max(1, state.total)) / state.count;
    return (
      <div className="mc-progress" aria-live="polite">
        <progress value={overall} max={1} aria-label="Batches done" />
        <span>
          {names[state.index] ?? `batch ${state.index + 1}`} ({state.index + 1} of {state.count}):{' '}
          {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')} runs
        </span>
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
