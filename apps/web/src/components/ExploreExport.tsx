'use client';

import type { ExploreResult } from '@brink/core';
import { explorationCsv } from '../lib/explorationCsv';
import { download } from '../lib/exportChart';
import { ShareLink } from './ShareLink';

/**
 * Downloads of a finished exploration — the result as `brink explore --json` prints it, one row
 * per assumption as CSV — and the link that reproduces it.
 */
export function ExploreExport({ result, name }: { result: ExploreResult; name: string }) {
  const base = `${name}-${result.method}-${result.outcome}-seed${result.seed}-runs${result.runs}`;
  return (
    <section className="mc-export-bar" aria-labelledby="explore-export-title">
      <h2 id="explore-export-title">Export and share</h2>
      <div className="mc-row">
        <button
          type="button"
          onClick={() =>
            download(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`, 'application/json')
          }
        >
          Result (JSON)
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.csv`, explorationCsv(result), 'text/csv')}
        >
          Assumptions (CSV)
        </button>
        <ShareLink />
      </div>
      <p className="mc-note">
        The same link gives the same design, runs and numbers in any browser; the result is what{' '}
        <code>
          brink explore {result.scenario} --method {result.method} --outcome {result.outcome} --runs{' '}
          {result.runs} --seed {result.seed} --json
        </code>{' '}
        prints.
      </p>
    </section>
  );
}
