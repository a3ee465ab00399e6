#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs (Debian
# packages; Neovim 0.11, code-server and its Chromium driver under
# target/editor-tools), then runs every check and prints the time each part
# took. Used as is by CI (.ci/run) and by developers. Exits non-zero when a
# part failed; the parts after a failed build are not run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/test.d/parts.bash

MAIL_LSP_TIMES=$PWD/target/test-times.tsv
export MAIL_LSP_TIMES
mkdir -p target
: >"$MAIL_LSP_TIMES"
suite_start=$(date +%s)
failed=()

summary() {
  printf '\n=== summary (%s s in all)\n' "$(($(date +%s) - suite_start))"
  while IFS=$'\t' read -r name seconds status; do
    printf '  %-44s %8s s  %s\n' "$name" "$seconds" "$([ "$status" = 0 ] && echo ok || echo "FAILED ($status)")"
  done <"$MAIL_LSP_TIMES"
  if [ ${#failed[@]} -gt 0 ]; then
    printf 'FAILED: %s\n' "${failed[*]}"
    exit 1
  fi
  echo "all parts passed"
}

run() {
  part "$@" || failed+=("$1")
}

# Everything the parts need from Debian in one go (each part also installs
# what it misses when run alone): Neovim 0.7 and tmux for the editor tests,
# Node.js for the VS Code extension, Chromium and the headers code-server's
# native modules build against, ripgrep and lnav for the benchmark.
run "install Debian packages" need_debian neovim tmux node=nodejs npm=npm python3=python3 chromium rg=ripgrep lnav \
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
run "format" cargo fmt --all -- --check
run "clippy" cargo clippy --all-targets --quiet -- -D warnings
if ! run "build (release)" cargo build --release --quiet; then
  summary
fi
run "cargo test" cargo test --quiet

for script in scripts/test.d/*.sh; do
  [ -e "$script" ] || continue
  run "$script" bash "$script"
done
summary
