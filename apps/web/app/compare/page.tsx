import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ComparePage } from '../../src/components/ComparePage';

export const metadata: Metadata = { title: 'Compare two scenarios' };

// The comparison is in the query string, which only the browser knows in a static export.
export default function Compare() {
  return (
    <Suspense fallback={<div className="mc-page">Loading the comparison…</div>}>
      <ComparePage />
    </Suspense>
  );
}
