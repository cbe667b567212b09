/**
 * Calls `task` once the main thread is idle (at most `timeout` ms from now), so work a page
 * starts on load — a batch — begins after hydration rather than inside it. Returns a cancel.
 */
export function whenIdle(task: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}
