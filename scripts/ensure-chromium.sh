#!/usr/bin/env bash
# Installs Debian's chromium for the web app's end-to-end tests, unless it is already there.
# The tests drive it with playwright-core; `playwright install` cannot download browsers here.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: /usr/bin/chromium is missing; install Debian's chromium package as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
