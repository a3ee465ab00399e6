#!/usr/bin/env bash
# Proves the benchmark still drives the server (1 MiB, a few requests);
# the figures that count come from a full run: see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/test.d/parts.bash
need_debian rg=ripgrep lnav
cargo bench --quiet --bench editor -- --quick
