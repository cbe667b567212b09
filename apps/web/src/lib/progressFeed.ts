/** Runs done of a batch's total. */
export interface Progress {
  done: number;
  total: number;
}

/**
 * The progress of a running batch, outside React: the page's progress bar subscribes and writes
 * to the DOM itself, so a running batch costs no React render, only a small repaint, at most once
 * a frame.
 */
export interface ProgressFeed {
  get(): Progress;
  set(done: number, total: number): void;
  subscribe(listener: (progress: Progress) => void): () => void;
}

export function createProgressFeed(): ProgressFeed {
  let progress: Progress = { done: 0, total: 0 };
  const listeners = new Set<(progress: Progress) => void>();
  let scheduled = false;
  const notify = () => {
    scheduled = false;
    for (const listener of listeners) listener(progress);
  };
  return {
    get: () => progress,
    set(done, total) {
      progress = { done, total };
      if (scheduled || listeners.size === 0) return;
      scheduled = true;
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(notify);
      else setTimeout(notify, 16);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
