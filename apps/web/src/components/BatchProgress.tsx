import { formatCount } from '@brink/core';
import type { ProgressFeed } from '../lib/progressFeed';
import type { BatchState } from '../lib/useBatch';
import { LiveProgress } from './LiveProgress';

/** A running batch's progress bar and cancel button, or how the last one ended. */
export function BatchProgress({
  state,
  progress,
  onCancel,
}: {
  state: BatchState;
  progress: ProgressFeed;
  onCancel: () => void;
}) {
  if (state.status === 'running') {
    return (
      <div className="mc-progress">
        <LiveProgress
          feed={progress}
          label="Runs done"
          describe={({ done, total }) =>
            `${done.toLocaleString('en')} of ${total.toLocaleString('en')} runs`
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
        Cancelled after {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')}{' '}
        runs.
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="mc-progress mc-error" role="alert">
        The batch failed: {state.message}
      </p>
    );
  }
  if (state.status === 'done') {
    const { result } = state;
    return (
      <p className="mc-progress" role="status">
        {formatCount(result.runs, 'run')} in {(result.elapsedMs / 1000).toFixed(1)} s on{' '}
        {formatCount(result.workers, 'worker')}.
      </p>
    );
  }
  return null;
}
