'use client';

import { download } from '../lib/exportChart';
import type { BatchResult } from '../lib/runBatch';
import { ShareLink } from './ShareLink';

/**
 * Downloads of a finished batch — the summary as `brink batch --json` prints it, every run as
 * the CLI's CSV — and the link that reruns the same batch.
 */
export function BatchExport({
  result,
  name,
  edited,
}: {
  result: BatchResult;
  name: string;
  /** Whether the scenario is an edited one (the CLI then needs it as a file). */
  edited: boolean;
}) {
  const base = `${name}-seed${result.seed}-runs${result.runs}`;
  return (
    <section className="mc-export-bar" aria-labelledby="export-title">
      <h2 id="export-title">Export and share</h2>
      <div className="mc-row">
        <button
          type="button"
          onClick={() =>
            download(
              `${base}.summary.json`,
              `${JSON.stringify(result.summary, null, 2)}\n`,
              'application/json',
            )
          }
        >
          Summary (JSON)
        </button>
        <button type="button" onClick={() => download(`${base}.csv`, result.csv(), 'text/csv')}>
          Every run (CSV)
        </button>
        <ShareLink />
      </div>
      <p className="mc-note">
        The same link gives the same runs and numbers in any browser. The summary is what{' '}
        <code>
          brink batch {edited ? 'FILE' : result.scenario.id} --runs {result.runs} --seed{' '}
          {result.seed} --json
        </code>{' '}
        prints{edited ? ', where FILE is the edited scenario downloaded from the runner' : ''}.
      </p>
    </section>
  );
}
