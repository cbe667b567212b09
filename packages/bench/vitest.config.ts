import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // The golden test simulates hundreds of traced runs per scenario, and the reference test 500
  // runs per scenario on two engines: minutes on a loaded machine.
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // Last: the longest project.
    sequence: { groupOrder: 2 },
  },
});
