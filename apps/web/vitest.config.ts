import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'browser', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'web',
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // A hang guard, not a speed limit: vitest's 5 s default is short for the files that run
    // batches in-process (explore, runBatch) on a shared machine under load.
    testTimeout: 120_000,
  },
});
