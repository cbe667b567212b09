#!/usr/bin/env bash
# `pnpm bench [--quick] [--json]`: builds the bench and what it runs, runs it with these options,
# then measures the CLI's start-up (apps/cli/scripts/measureStartup.mjs). With --json the bench's
# one JSON object is all that goes to stdout; the start-up figures go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
TURBO_TELEMETRY_DISABLED=1 turbo run build --filter=@brink/bench... --output-logs=errors-only >&2
node packages/bench/dist/bench.js "$@"
if [[ " $* " == *" --json "* ]]; then
  node apps/cli/scripts/measureStartup.mjs >&2
else
  node apps/cli/scripts/measureStartup.mjs
fi
