import type { Metadata } from 'next';
import { Suspense } from 'react';
import { Loading } from '../../src/components/Loading';
import { SourceView } from '../../src/components/SourceView';

export const metadata: Metadata = { title: 'The article and the rules resting on it' };

export default function Source() {
  return (
    <Suspense fallback={<Loading className="source-page" label="Loading the article…" />}>
      <SourceView />
    </Suspense>
  );
}
