import type { Metadata } from 'next';
import { Suspense } from 'react';
import { HindcastPage } from '../../src/components/HindcastPage';

export const metadata: Metadata = { title: 'Model vs record' };

// The runs and seed are in the query string, which only the browser knows in a static export.
export default function Hindcast() {
  return (
    <Suspense fallback={<div className="mc-page">Loading the record…</div>}>
      <HindcastPage />
    </Suspense>
  );
}
