import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Loading } from '../../src/components/Loading';
import { SensitivityPage } from '../../src/components/SensitivityPage';

export const metadata: Metadata = { title: 'Sensitivity' };

// The study is in the query string, which only the browser knows in a static export.
export default function Sensitivity() {
  return (
    <Suspense fallback={<Loading className="mc-page" label="Loading the study…" />}>
      <SensitivityPage />
    </Suspense>
  );
}
