import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A test file per core. Vitest's default is one less than the cores: on the 2-core machines
    // this suite runs on, one file at a time, with the second core idle through the long files.
    maxWorkers: '100%',
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'apps/*/vitest.e2e.config.ts',
    ],
  },
});
