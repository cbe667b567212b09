import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SourceView } from '../../src/components/SourceView';

export const metadata: Metadata = { title: 'The article and the rules resting on it' };

export default function Source() {
  return (
    <Suspense fallback={<div className="source-page">Loading the article…</div>}>
      <SourceView />
    </Suspense>
  );
}
