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
    // Hang guards, not speed limits: on the shared 2-core machine under a load average of 30, one
    // `brink check` or `brink compare` took over a minute. How fast brink is, `measure` and
    // `pnpm bench` report.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
