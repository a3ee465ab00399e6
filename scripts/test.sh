#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs, then
# runs every check. Used as is by CI (.ci/run) and by developers.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

need_apt=()
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

step "format"
cargo fmt --all -- --check

step "clippy"
cargo clippy --all-targets --quiet -- -D warnings

step "build (release)"
cargo build --release --quiet

step "cargo test"
cargo test --quiet

for script in scripts/test.d/*.sh; do
  [ -e "$script" ] || continue
  step "$script"
  bash "$script"
done
