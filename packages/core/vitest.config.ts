import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@brink/source'] },
  test: { name: 'core', include: ['test/**/*.test.ts'] },
});
