import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // Generous timeouts, hang guards: these machines are shared, and the property tests run
  // hundreds of simulations; one exhaustive transition-table case took 131 s at a load of 30.
  test: { name: 'core', include: ['test/**/*.test.ts'], testTimeout: 600_000 },
});
