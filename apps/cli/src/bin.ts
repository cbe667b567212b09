#!/usr/bin/env node
import { main } from './main.js';

// A closed pipe (`brink run baseline | head`) is not an error: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Through the repository's `pnpm brink` script, the package manager runs us from the repository
// root; read relative paths (scenario files, --out) from where the user typed the command.
if (process.env.npm_lifecycle_event === 'brink' && process.env.INIT_CWD) {
  process.chdir(process.env.INIT_CWD);
}

process.exitCode = await main(process.argv.slice(2));
