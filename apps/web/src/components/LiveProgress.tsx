'use client';

import { useEffect, useRef } from 'react';
import type { Progress, ProgressFeed } from '../lib/progressFeed';

/**
 * A progress bar and its words, fed by a `ProgressFeed`: it writes to its own elements as runs
 * finish, so the page does not re-render while a batch runs.
 */
export function LiveProgress({
  feed,
  label,
  describe,
}: {
  feed: ProgressFeed;
  label: string;
  describe: (progress: Progress) => string;
}) {
  const bar = useRef<HTMLProgressElement>(null);
  const words = useRef<HTMLSpanElement>(null);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  useEffect(
    () =>
      feed.subscribe((progress) => {
        if (bar.current) {
          bar.current.max = Math.max(1, progress.total);
          bar.current.value = progress.done;
        }
        if (words.current) words.current.textContent = describeRef.current(progress);
      }),
    [feed],
  );
  const now = feed.get();
  return (
    <>
      <progress ref={bar} value={now.done} max={Math.max(1, now.total)} aria-label={label} />
      <span ref={words}>{describe(now)}</span>
    </>
  );
}
