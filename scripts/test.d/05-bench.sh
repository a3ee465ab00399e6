#!/usr/bin/env bash
# Proves the benchmark still drives the server (1 MiB, a few requests);
# the figures that count come from a full run: see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v rg >/dev/null 2>&1 && command -v lnav >/dev/null 2>&1 || {
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get install -y -qq ripgrep lnav >/dev/null
}
cargo bench --quiet --bench editor -- --quick
