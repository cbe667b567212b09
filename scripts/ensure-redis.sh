#!/usr/bin/env bash
# Installs Debian's redis-server for the queue tests (brink batch --queue, brink worker), unless it
# is already there. The tests start their own server on a free port, persistence off, and stop it.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-redis: redis-server is missing; install Debian's redis-server package as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends redis-server
