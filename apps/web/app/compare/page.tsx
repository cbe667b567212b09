import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ComparePage } from '../../src/components/ComparePage';
import { Loading } from '../../src/components/Loading';

export const metadata: Metadata = { title: 'Compare two scenarios' };

// The comparison is in the query string, which only the browser knows in a static export.
export default function Compare() {
  return (
    <Suspense fallback={<Loading className="mc-page" label="Loading the comparison…" />}>
      <ComparePage />
    </Suspense>
  );
}
