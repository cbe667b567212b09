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
    // With the unit tests (group 0), not after them: projects of a group start in name order, so
    // these two long files start first, each on a core, and the short files of the other
    // projects fill in around them.
  },
});
