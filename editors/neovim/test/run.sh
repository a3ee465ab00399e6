#!/usr/bin/env bash
# Headless Neovim end-to-end test of mail-lsp's Neovim client.
#
#   editors/neovim/test/run.sh BINARY FIXTURE_DIR [FIXTURE_DIR...]
#
# Opens a real mail log and a real main.cf found under the fixture folders in
# headless Neovim with the client from editors/neovim, waits for the server's
# diagnostics, hovers a code and checks the hover holds the code's title (as
# `mail-lsp explain --json` gives it). Picks the fixtures itself, or takes
# MAIL_LSP_LOG_FIXTURE / MAIL_LSP_MAINCF_FIXTURE / MAIL_LSP_BOUNCE_FIXTURE.
# MAIL_LSP_NVIM_CASES: the cases to run, among "log maincf bounce" (default: all).
#
# NVIM: the Neovim binaries to test, separated by spaces (default: nvim).
# Each one first gives a file type to every sample name of
# editors/file-names.json. Then, with an init.lua as editors/README.md writes
# it and mail-lsp on PATH: Neovim 0.11+ twice (lsp/mail_lsp.lua and the
# ftdetect files copied to the config folder, `vim.lsp.enable('mail_lsp')`;
# and the folder on 'runtimepath' with `require('mail_lsp').setup()`), older
# ones (Debian 12 has 0.7) with setup().
# Last, in tmux as a person would (screens.py): K on a log's code and a
# bounce's diagnostic, the screens saved to $MAIL_LSP_SCREENSHOTS (default
# target/screenshots) as neovim-<version>-*.txt.
# Prints "neovim: N passed, N failed" last; exits non-zero on any failure.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BINARY FIXTURE_DIR [FIXTURE_DIR...]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
plugin=$(dirname "$here")
binary=$(realpath "$1")
shift
if [ ! -x "$binary" ]; then
  echo "neovim: $binary is not an executable" >&2
  echo "neovim: 0 passed, 1 failed"
  exit 1
fi

files_named() {
  find "$@" -type f \( -name '*.log' -o -name '*.log.[0-9]*' -o -name 'mail.log*' -o -name 'maillog*' \
    -o -name 'mail.err*' -o -name 'mail.warn*' -o -name 'mail.info*' -o -name 'mainlog*' -o -name 'syslog*' \) -print 2>/dev/null | LC_ALL=C sort
}

log=${MAIL_LSP_LOG_FIXTURE:-}
if [ -z "$log" ]; then
  # Prefer a Postfix/Sendmail log with dsn=, else any reply with an enhanced code.
  while IFS= read -r file; do
    if grep -qE 'dsn=[245]\.[0-9]+\.[0-9]+' "$file"; then log=$file; break; fi
  done < <(files_named "$@")
fi
if [ -z "$log" ]; then
  while IFS= read -r file; do
    if grep -qE ': [245][0-9][0-9][ -][245]\.[0-9]+\.[0-9]+' "$file"; then log=$file; break; fi
  done < <(files_named "$@")
fi
maincf=${MAIL_LSP_MAINCF_FIXTURE:-}
if [ -z "$maincf" ]; then
  # A real main.cf first: crafted bad ones (under a "bad" folder) last.
  maincf=$( (find "$@" -type f -name main.cf -not -path '*/bad/*' -print; find "$@" -type f -name main.cf -path '*/bad/*' -print) 2>/dev/null |
    awk '!seen[$0]++' | head -n 1 || true)
fi
bounce=${MAIL_LSP_BOUNCE_FIXTURE:-}
if [ -z "$bounce" ]; then
  while IFS= read -r file; do
    if grep -qE '^Status: *[245]\.[0-9]+\.[0-9]+' "$file"; then bounce=$file; break; fi
  done < <(find "$@" -type f -name '*.eml' -print 2>/dev/null | LC_ALL=C sort)
fi
echo "neovim: server  $binary"
echo "neovim: log     ${log:-(none found)}"
echo "neovim: main.cf ${maincf:-(none found)}"
echo "neovim: bounce  ${bounce:-(none found)}"
echo "neovim: cases   ${MAIL_LSP_NVIM_CASES:-log maincf bounce}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The server on PATH as `mail-lsp`, as the README asks.
mkdir -p "$work/bin"
ln -s "$binary" "$work/bin/mail-lsp"

# Adds the counts of the "N passed, N failed" line of file $1 to the totals,
# and fails when there is none or exit status $2 says so.
total_passed=0
total_failed=0
tally() {
  local output=$1 status=$2 label=$3 summary p f
  grep -v -E '^[0-9]+ passed, [0-9]+ failed$' "$output" || true
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$output" | tail -n 1 || true)
  if [ -z "$summary" ]; then
    echo "FAIL [$label] no summary (exit status $status)"
    total_failed=$((total_failed + 1))
    return 1
  fi
  p=${summary%% passed*}
  f=${summary#*, }
  f=${f%% failed*}
  total_passed=$((total_passed + p))
  total_failed=$((total_failed + f))
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    echo "FAIL [$label] exit status $status"
    total_failed=$((total_failed + 1))
  fi
  [ "$status" -eq 0 ]
}

for nvim in ${NVIM:-nvim}; do
  if ! command -v "$nvim" >/dev/null 2>&1; then
    echo "FAIL $nvim is not installed (Debian: apt-get install -y neovim)"
    total_failed=$((total_failed + 1))
    continue
  fi
  echo "neovim: $nvim: $("$nvim" --version | head -n 1)"

  # File types: every sample name of editors/file-names.json.
  set +e
  MAIL_LSP_SAMPLES="$plugin/../file-names.json" timeout 120 "$nvim" --headless -u NONE -i NONE -n \
    --cmd "set rtp^=$plugin" -c "luafile $here/filetypes.lua" </dev/null >"$work/filetypes.txt" 2>&1
  status=$?
  set -e
  tally "$work/filetypes.txt" "$status" "$nvim, file types" || true

  if "$nvim" --headless -u NONE -i NONE +'lua io.stdout:write(vim.fn.has("nvim-0.11"))' +qa 2>/dev/null | grep -q 1; then
    modes="config setup"
  else
    modes="setup"
  fi
  for mode in $modes; do
    home="$work/$mode-$(basename "$nvim")-$RANDOM"
    mkdir -p "$home/config/nvim"
    # The user's configuration, as editors/README.md gives it.
    if [ "$mode" = config ]; then
      mkdir -p "$home/config/nvim/lsp" "$home/config/nvim/ftdetect"
      cp "$plugin/lsp/mail_lsp.lua" "$home/config/nvim/lsp/"
      cp "$plugin"/ftdetect/*.vim "$home/config/nvim/ftdetect/"
      echo "vim.lsp.enable('mail_lsp')" >"$home/config/nvim/init.lua"
    else
      printf "vim.opt.runtimepath:append('%s')\nrequire('mail_lsp').setup()\n" "$plugin" >"$home/config/nvim/init.lua"
    fi
    set +e
    env LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" PATH="$work/bin:$PATH" \
      XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" \
      MAIL_LSP_BIN="$binary" MAIL_LSP_LOG_FIXTURE="$log" MAIL_LSP_MAINCF_FIXTURE="$maincf" MAIL_LSP_BOUNCE_FIXTURE="$bounce" MAIL_LSP_NVIM_MODE="$mode" \
      timeout 180 "$nvim" --headless -i NONE -n \
        --cmd "lua vim.lsp.set_log_level('warn')" \
        -c "luafile $here/headless.lua" </dev/null >"$home/out.txt" 2>"$home/err.txt"
    status=$?
    set -e
    if ! tally "$home/out.txt" "$status" "$nvim, $mode"; then
      sed 's/^/     /' "$home/err.txt" | tail -n 20
      for lsplog in "$home"/state/nvim/lsp.log "$home"/cache/nvim/lsp.log; do
        if [ -s "$lsplog" ]; then
          echo "     last lines of $lsplog:"
          tail -n 15 "$lsplog" | cut -c1-400 | sed 's/^/     /'
        fi
      done
    fi
  done

  # In tmux, as a person: K on a code, a bounce's diagnostic; the screens are saved.
  if command -v tmux >/dev/null 2>&1; then
    set +e
    python3 "$here/screens.py" --nvim "$nvim" --server "$binary" --fixtures "$1" >"$work/screens.txt" 2>&1
    status=$?
    set -e
    tally "$work/screens.txt" "$status" "$nvim, screens" || true
  else
    echo "FAIL [$nvim, screens] tmux is not installed (Debian: apt-get install -y tmux)"
    total_failed=$((total_failed + 1))
  fi
done

echo "neovim: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$total_passed" -gt 0 ]
