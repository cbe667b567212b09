import { defineProject } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources (the "@brink/source" export
// condition), so tests need no build first.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  // The differential tests run 10,000 runs of a scenario through three engines each.
  test: {
    name: 'bench',
    include: ['test/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // Last and alone: its two child processes take both cores for several minutes.
    sequence: { groupOrder: 2 },
  },
});
