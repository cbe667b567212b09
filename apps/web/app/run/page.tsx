import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Loading } from '../../src/components/Loading';
import { RunPage } from '../../src/components/RunPage';

export const metadata: Metadata = { title: 'Run a scenario' };

// The run's state is in the query string, which only the browser knows in a static export: the
// page renders on the client, behind a placeholder of the same size.
export default function Run() {
  return (
    <Suspense fallback={<Loading className="runner runner-loading" label="Loading the run…" />}>
      <RunPage />
    </Suspense>
  );
}
