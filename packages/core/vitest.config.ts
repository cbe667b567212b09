import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Generous timeouts: these machines are shared, and the differential and property tests run
  // hundreds of simulations.
  test: { name: 'core', include: ['test/**/*.test.ts'], testTimeout: 120_000 },
});
