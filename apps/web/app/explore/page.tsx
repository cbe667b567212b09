import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExplorePage } from '../../src/components/ExplorePage';
import { Loading } from '../../src/components/Loading';

export const metadata: Metadata = { title: 'Explore the assumptions' };

// The exploration is in the query string, which only the browser knows in a static export.
export default function Explore() {
  return (
    <Suspense fallback={<Loading className="mc-page" label="Loading the exploration…" />}>
      <ExplorePage />
    </Suspense>
  );
}
