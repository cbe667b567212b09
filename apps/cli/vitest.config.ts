import { defineProject } from 'vitest/config';

// In-process helpers resolve workspace packages to their TypeScript sources (the "@brink/source"
// export condition); the command tests themselves run the built binary, as a user would.
const conditions = ['@brink/source', 'node', 'import', 'module', 'default'];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
