#!/usr/bin/env node
import { main } from './main.js';
import { exitCodeAfterStreams, guardStandardStreams } from './output/guardStandardStreams.js';

// A closed pipe is not an error; a full device is one line and exit 1, never a stack trace.
guardStandardStreams();

// Through the repository's `pnpm brink` script, the package manager runs us from the repository
// root; read relative paths (scenario files, --out) from where the user typed the command.
if (process.env.npm_lifecycle_event === 'brink' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

process.exitCode = exitCodeAfterStreams(await main(process.argv.slice(2)));
