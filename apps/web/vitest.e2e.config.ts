import { defineProject } from 'vitest/config';

// End-to-end tests: Debian's chromium, driven by playwright-core, against the static export in
// `out/` served on 127.0.0.1 (see e2e/server.ts). `out/` comes from `next build`, which the root
// `test` script runs through turbo before vitest.
export default defineProject({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    // Hang guards, not speed limits (see the CLI's config).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits for a page to settle (charts mount one by one): vitest's default of one
    // second is short on a loaded machine (the compare page's charts took longer under a load of
    // 12), so a minute, a hang guard like the two above.
    expect: { poll: { timeout: 60_000 } },
    // In the same group as the unit tests, a file per core like them: each file serves the
    // export and drives its own chromium, and most of its time is spent waiting on pages, which
    // the other core's files fill. (Run after the unit tests one file at a time, they took
    // three minutes of the suite with a core often idle.) Nothing here asserts a duration
    // (`measure` reports those), so a loaded machine slows these tests but does not fail them.
  },
});
