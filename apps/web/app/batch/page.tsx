import type { Metadata } from 'next';
import { Suspense } from 'react';
import { BatchPage } from '../../src/components/BatchPage';
import { Loading } from '../../src/components/Loading';

export const metadata: Metadata = { title: 'Monte Carlo batch' };

// The batch is in the query string, which only the browser knows in a static export.
export default function Batch() {
  return (
    <Suspense fallback={<Loading className="mc-page" label="Loading the batch…" />}>
      <BatchPage />
    </Suspense>
  );
}
