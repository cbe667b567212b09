'use client';

import Link from 'next/link';
import { useState } from 'react';
import { batchHref } from '../lib/batchHref';
import { compareHref } from '../lib/compareParams';
import type { RunState } from '../lib/runParams';

/** The baseline: an unedited scenario is compared with it. */
const BASELINE = 'baseline';
/** Runs of the batch and the comparison the runner opens. */
const RUNS = 1000;

/**
 * What the runner's scenario, edited or not, can be taken to: its batch of 1,000 runs at the same
 * seed, a comparison with its original (an edited scenario against the scenario as built in, a
 * built-in scenario against the baseline), and its link, copied.
 */
export function RunActions({ state }: { state: Pick<RunState, 'scenario' | 'seed' | 'edit'> }) {
  const [copied, setCopied] = useState('');
  const { scenario, seed, edit } = state;
  const compare = edit
    ? {
        href: compareHref({ a: scenario, b: scenario, edit, runs: RUNS, seed }),
        text: 'Compare with the original',
      }
    : scenario !== BASELINE
      ? {
          href: compareHref({ a: BASELINE, b: scenario, edit: null, runs: RUNS, seed }),
          text: 'Compare with the baseline',
        }
      : null;
  const copy = () => {
    const link = window.location.href;
    if (!navigator.clipboard) {
      setCopied(`Copy this link by hand: ${link}`);
      return;
    }
    navigator.clipboard.writeText(link).then(
      () => setCopied('Link copied.'),
      () => setCopied(`Copy this link by hand: ${link}`),
    );
  };
  return (
    <div className="run-actions" data-testid="run-actions">
      <Link prefetch={false} href={batchHref({ scenario, runs: RUNS, seed, edit })}>
        Run this 1,000 times
      </Link>
      {compare ? (
        <Link prefetch={false} href={compare.href}>
          {compare.text}
        </Link>
      ) : (
        <span className="muted">Edit the scenario to compare it with the original</span>
      )}
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {copied}
      </span>
    </div>
  );
}
