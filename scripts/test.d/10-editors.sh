#!/usr/bin/env bash
# The three editors against the release binary, each printing "N passed, N
# failed" and timed: Neovim 0.7 (Debian) and 0.11 (PyPI) headless; Helix's
# languages.toml and the protocol as Helix drives it, then the real Helix in
# tmux when ../shared/tools/helix/hx exists beside the checkout; the VS Code
# extension's unit tests, then VS Code itself (code-server in headless
# Chromium). Screenshots and screen captures go to $MAIL_LSP_SCREENSHOTS
# (default target/screenshots). Installs what it needs when run alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/test.d/parts.bash
bin=target/release/mail-lsp
failed=0

need_debian neovim tmux node=nodejs npm=npm python3=python3
part "neovim 0.7 and $NEOVIM_011_VERSION" env NVIM="/usr/bin/nvim $(nvim_011)" \
  bash editors/neovim/test/run.sh "$bin" fixtures || failed=1

part "helix: languages.toml and its protocol" python3 editors/helix/test/check.py --server "$bin" fixtures || failed=1
hx=${MAIL_LSP_HX:-../shared/tools/helix/hx} # beside the checkout, as in CI
if [ -x "$hx" ]; then
  part "helix: the real hx in tmux" python3 editors/helix/test/real.py --hx "$hx" --server "$bin" || failed=1
else
  echo "helix: skipped (no hx)"
fi

# npm ci only when package-lock.json changed since the last install.
part "vscode: unit tests" bash -c 'cd editors/vscode &&
  { [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund --loglevel=error; } &&
  npm test' || failed=1
part "vscode: end to end in code-server" env MAIL_LSP_E2E_WORK="$MAIL_LSP_TOOLS/vscode-e2e" \
  bash editors/vscode/test/e2e/run.sh "$bin" fixtures || failed=1
exit "$failed"
