import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // The article-claim tests simulate hundreds of runs per scenario.
  test: {
    name: 'data',
    include: ['test/**/*.test.ts'],
    // The files of a worker share one process: the engine and the pack are transformed and
    // loaded once per worker, not once per file (no test here mocks or changes global state).
    // Measured on the loaded 2-core machine: 56 s of CPU and 109 s for the project against 69 s
    // and 179 s isolated.
    isolate: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
