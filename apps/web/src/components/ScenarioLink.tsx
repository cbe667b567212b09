'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { type ReactNode, Suspense } from 'react';
import { batchLinkFor, currentScenario, runLinkFor } from '../lib/currentScenario';

/**
 * A header link to the runner or the batch page that keeps the scenario the current page shows
 * (its seed, its edit, a batch's runs): from an edited run, "Monte Carlo" runs that edit. Before
 * the address is read (the static page), it links to the baseline.
 */
export function ScenarioLink({ to, children }: { to: 'run' | 'batch'; children: ReactNode }) {
  const fallback = (
    <Link prefetch={false} href={to === 'run' ? runLinkFor(null) : batchLinkFor(null)}>
      {children}
    </Link>
  );
  return (
    <Suspense fallback={fallback}>
      <CurrentLink to={to}>{children}</CurrentLink>
    </Suspense>
  );
}

function CurrentLink({ to, children }: { to: 'run' | 'batch'; children: ReactNode }) {
  const current = currentScenario(new URLSearchParams(useSearchParams().toString()));
  return (
    <Link prefetch={false} href={to === 'run' ? runLinkFor(current) : batchLinkFor(current)}>
      {children}
    </Link>
  );
}
