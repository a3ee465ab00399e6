#!/usr/bin/env bash
# A short, seeded fuzz run on the stable toolchain (transport, code parser,
# scanners, diagnostics); crashes are saved under fixtures/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/../.."
MAIL_LSP_FUZZ_SECONDS="${MAIL_LSP_FUZZ_SECONDS:-30}" cargo test --quiet --test it fuzz
