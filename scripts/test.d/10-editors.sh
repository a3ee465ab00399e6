#!/usr/bin/env bash
# The editor clients against the release binary: Neovim headless, Helix's
# configuration (and the protocol as Helix drives it), the VS Code
# extension's unit tests. The VS Code end-to-end test (code-server +
# Chromium, a few minutes) runs with: bash editors/vscode/test/e2e/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=target/release/mail-lsp
bash editors/neovim/test/run.sh "$bin" fixtures
python3 editors/helix/test/check.py --server "$bin" fixtures
(cd editors/vscode && npm ci --no-audit --no-fund --loglevel=error && npm run --silent compile && npm test)
