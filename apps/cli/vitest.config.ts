import { defineProject } from 'vitest/config';

// The command tests run the built CLI, as a user would: most of them its `main` in the test's
// process (test/cli.ts), a few the `brink` binary as a process. So workspace packages resolve to
// their builds here too, not to their TypeScript sources (the "@brink/source" export condition):
// Node loads the CLI's build itself, and vitest passes these conditions on to Node.
export default defineProject({
  test: {
    name: 'cli',
    // The built CLI is Node's to load, untransformed, with what it imports (the engine's and the
    // pack's builds): the code a user runs, and its worker threads find dist/worker.js beside it.
    server: { deps: { external: [/\/apps\/cli\/dist\//] } },
    include: ['test/**/*.test.ts'],
    // The files of a worker share one process: the built CLI and the engine load once per worker,
    // not once per file. Each file keeps its own temporary folder, restores the working directory
    // it changes, and stops the processes it starts. Measured on the loaded 2-core machine: 94 s
    // of CPU for the project against 162 s isolated.
    isolate: false,
    // Hang guards, not speed limits: on the shared 2-core machine under a load average of 30, one
    // `brink check` or `brink compare` took over a minute. How fast brink is, `measure` and
    // `pnpm bench` report.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
