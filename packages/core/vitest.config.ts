import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Generous timeouts, hang guards: these machines are shared, and the property tests run
  // hundreds of simulations; one exhaustive transition-table case took 131 s at a load of 30.
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
    // The files of a worker share one process: the engine is transformed and loaded once per
    // worker, not once per file (no test here mocks modules or changes global state). On a quiet
    // 2-core machine, 1 December 2026: the project took 72.7 s of user CPU and 47.5 s wall
    // against 126.0 s and 71.1 s isolated.
    isolate: false,
    testTimeout: 600_000,
  },
});
