#!/usr/bin/env bash
# End-to-end test of the VS Code extension in a real VS Code (code-server in
# headless Chromium, driven by playwright-core):
#
#   editors/vscode/test/e2e/run.sh BINARY [FIXTURE_DIR...]
#
# Packs the extension into a .vsix with BINARY bundled as server/mail-lsp,
# installs it into a fresh code-server, opens a mail log found under the
# fixture folders (default: the repository's fixtures/), hovers a code, checks
# the hover shows the code's title (as `mail-lsp explain --json` gives it) and
# saves screenshots to editors/vscode/test/e2e/screenshots/.
#
# Installs what it needs: Debian's chromium, ripgrep and the headers
# code-server builds against (apt-get, as root), and code-server and
# playwright-core from npm into MAIL_LSP_E2E_WORK (default test/e2e/.work,
# kept between runs). The first run takes about 4 minutes, later ones about 1.
# Prints "vscode-e2e: N passed, N failed" last; exits non-zero on failure.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # the newest that accepts Node 20
PLAYWRIGHT_VERSION=1.64.1

if [ $# -lt 1 ]; then
  echo "usage: $0 BINARY [FIXTURE_DIR...]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
ext=$(cd "$here/../.." && pwd)
repo=$(cd "$ext/../.." && pwd)
binary=$(realpath "$1")
shift
dirs=("$@")
if [ ${#dirs[@]} -eq 0 ]; then dirs=("$repo/fixtures"); fi
work=${MAIL_LSP_E2E_WORK:-$here/.work}
screens=${MAIL_LSP_E2E_SCREENSHOTS:-${MAIL_LSP_SCREENSHOTS:-$repo/target/screenshots}}
mkdir -p "$work" "$screens"
work=$(cd "$work" && pwd)

say() { echo "vscode-e2e: $*"; }
fail() {
  say "$*" >&2
  echo "vscode-e2e: 0 passed, 1 failed"
  exit 1
}
[ -x "$binary" ] || fail "$binary is not an executable"

# 1. Debian packages: Chromium, ripgrep, and the headers code-server's native modules build against.
missing=()
for package in chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "install first: apt-get install ${missing[*]}"
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "${missing[@]}" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "${missing[@]}" >/dev/null; }
fi

# 2. code-server's @vscode/ripgrep downloads rg unless its cache already has it: give it Debian's.
tmpdir=$(node -p 'require("os").tmpdir()')
rg_cache="$tmpdir/vscode-ripgrep-cache-1.15.11"
rg_tarball="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$rg_tarball" ]; then
  mkdir -p "$rg_cache"
  staging=$(mktemp -d)
  cp "$(command -v rg)" "$staging/rg"
  tar czf "$rg_tarball" -C "$staging" rg
  rm -rf "$staging"
fi

# 3. code-server and playwright-core, pinned, in the work folder.
deps="$work/deps"
installed_version() { node -p "require('$deps/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version code-server)" != "$CODE_SERVER_VERSION" ] || [ "$(installed_version playwright-core)" != "$PLAYWRIGHT_VERSION" ]; then
  say "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_VERSION into $deps (a few minutes)"
  mkdir -p "$deps"
  cat >"$deps/package.json" <<EOF
{ "name": "mail-lsp-e2e-deps", "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_VERSION" } }
EOF
  (cd "$deps" && npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
    npm install --no-audit --no-fund >"$work/npm-install.log" 2>&1) || {
    tail -n 30 "$work/npm-install.log" >&2
    fail "npm install of code-server failed (log: $work/npm-install.log)"
  }
fi
code_server="$deps/node_modules/.bin/code-server"

# 4. The .vsix, with the server bundled (the extension's second choice after the setting).
if [ ! -d "$ext/node_modules" ]; then (cd "$ext" && npm ci --no-audit --no-fund >/dev/null); fi
bundled="$ext/server/mail-lsp"
cleanup_bundle() { rm -f "$bundled"; }
trap cleanup_bundle EXIT
mkdir -p "$ext/server"
cp "$binary" "$bundled"
chmod +x "$bundled"
vsix="$work/mail-lsp-e2e.vsix"
(cd "$ext" && npx --no-install vsce package --out "$vsix" >"$work/vsce.log" 2>&1) || { cat "$work/vsce.log" >&2; fail "vsce package failed"; }
cleanup_bundle
say "packed $(basename "$vsix") ($(du -h "$vsix" | cut -f1))"

# 5. The fixtures: a log with a reply code and an enhanced code, and a main.cf.
log_file=${MAIL_LSP_E2E_LOG:-}
log_candidates() { find "${dirs[@]}" -type f \( -name '*.log' -o -name 'mail.log*' -o -name 'maillog*' \) -print 2>/dev/null | LC_ALL=C sort; }
if [ -z "$log_file" ]; then # a Postfix/Sendmail log with dsn= first
  log_file=$(log_candidates | while IFS= read -r file; do
    if grep -qE 'dsn=[245]\.[0-9]+\.[0-9]+' "$file"; then echo "$file"; break; fi
  done)
fi
if [ -z "$log_file" ]; then
  log_file=$(log_candidates | while IFS= read -r file; do
    if grep -qE ': [245][0-9][0-9][ -][245]\.[0-9]+\.[0-9]+' "$file"; then echo "$file"; break; fi
  done)
fi
[ -n "$log_file" ] || fail "no mail log with a code under ${dirs[*]}"
# The first permanent failure, else the first temporary one, else any code in a reply context.
code_line=""
for class in 5 4 2; do
  code_line=$(grep -nE "(dsn=|: [245][0-9][0-9][ -])$class\.[0-9]{1,3}\.[0-9]{1,3}" "$log_file" | head -n 1 || true)
  [ -z "$code_line" ] || break
done
[ -n "$code_line" ] || fail "no enhanced code found in $log_file"
line_number=${code_line%%:*}
code=$(echo "${code_line#*:}" | grep -oE "(dsn=|: [245][0-9][0-9][ -])$class\.[0-9]{1,3}\.[0-9]{1,3}" | head -n 1 | grep -oE '[245]\.[0-9]{1,3}\.[0-9]{1,3}$')
expected=$("$binary" explain --lang en --json "$code" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let j=JSON.parse(s);if(Array.isArray(j))j=j[0];process.stdout.write(j.title||"")})')
[ -n "$expected" ] || fail "mail-lsp explain --json $code gave no title"
expected_fr=$("$binary" explain --lang fr --json "$code" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let j=JSON.parse(s);if(Array.isArray(j))j=j[0];process.stdout.write(j.summary||"")})')
maincf=${MAIL_LSP_E2E_MAINCF:-$(find "${dirs[@]}" -type f -name main.cf -not -path '*/bad/*' -print 2>/dev/null | LC_ALL=C sort | head -n 1 || true)}
# A file on which the server reports a warning or an error, for the Problems panel.
diag_file=${MAIL_LSP_E2E_DIAGNOSTICS:-$(find "${dirs[@]}" -type f \( -name '*.eml' -o -name '*.log' \) -print 2>/dev/null | LC_ALL=C sort |
  while IFS= read -r file; do
    if "$binary" check "$file" 2>/dev/null | grep -qE ': (warning|error): '; then echo "$file"; break; fi
  done)}
say "log $log_file, code $code on line $line_number, expecting \"$expected\""
say "diagnostics ${diag_file:-(no file with a warning found)}"

# 5b. A large log, over the 50 MB VS Code hands to extensions: the fixture
# logs' lines many times over (fresh queue IDs each round), and one remote
# reply whose classes disagree, as Amazon WorkMail's 554 4.4.7 in the
# sisimai bounces, for the Problems panel.
large_mb=${MAIL_LSP_E2E_LARGE_MB:-60}
large_templates=()
while IFS= read -r file; do
  if grep -q 'postfix/' "$file"; then large_templates+=("$file"); fi
done < <(log_candidates | head -n 5)
large_line="Nov 22 10:20:00 mx postfix/smtp[1050]: 7E8F90A1B2: to=<kuroneko@example.org>, relay=inbound-smtp.us-west-2.amazonaws.com[203.0.113.25]:25, delay=50400, delays=0/0/0.5/50400, dsn=5.4.7, status=bounced (host inbound-smtp.us-west-2.amazonaws.com[203.0.113.25] said: 554 4.4.7 Message expired: unable to deliver in 840 minutes. (in reply to end of DATA command))"

# 6. A fresh code-server with the extension installed.
run="$work/run"
rm -rf "$run"
mkdir -p "$run/user/User" "$run/extensions" "$run/ws"
cp "$log_file" "$run/ws/"
mkdir -p "$run/ws/large"
printf '%s\n' "$large_line" >"$run/large-line.log"
python3 "$here/biglog.py" "$run/ws/large/mail.log" "$large_mb" "$run/large-line.log" "${large_templates[@]}" | sed 's/^/vscode-e2e: /'
large_code=$(grep -m 1 -oE 'dsn=5\.[0-9]+\.[0-9]+' "$run/ws/large/mail.log" | head -n 1 | cut -d= -f2 || true)
title_of() { "$binary" explain --lang "$1" --json "$2" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let j=JSON.parse(s);if(Array.isArray(j))j=j[0];process.stdout.write((process.argv[1]==="fr"?j.summary:j.title)||"")})' "$1"; }
large_title="$(title_of en "$large_code")|$(title_of fr "$large_code")"
# The rule of the warning the Problems panel must list.
large_rule=$("$binary" check --format json "$run/large-line.log" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const w=JSON.parse(s).find(r=>r.severity==="warning"||r.severity==="error");process.stdout.write(w?w.rule:"")})')
if [ -n "$maincf" ]; then cp "$maincf" "$run/ws/main.cf"; fi
if [ -n "$diag_file" ]; then cp "$diag_file" "$run/ws/"; fi
cat >"$run/user/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "chat.commandCenter.enabled": false,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "editor.fontSize": 14,
  "editor.hover.delay": 200,
  "window.commandCenter": false,
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "workbench.editor.enablePreview": false
}
EOF
echo "bind-addr: 127.0.0.1:0" >"$run/config.yaml"
cs_flags=(--config "$run/config.yaml" --user-data-dir "$run/user" --extensions-dir "$run/extensions")
"$code_server" "${cs_flags[@]}" --install-extension "$vsix" >"$run/install-extension.log" 2>&1 ||
  { cat "$run/install-extension.log" >&2; fail "code-server --install-extension failed"; }
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$code_server" "${cs_flags[@]}" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened "$run/ws" >"$run/code-server.log" 2>&1 &
cs_pid=$!
trap 'cleanup_bundle; kill "$cs_pid" 2>/dev/null || true; wait "$cs_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if node -e "require('http').get('http://127.0.0.1:$port/healthz',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"; then break; fi
  kill -0 "$cs_pid" 2>/dev/null || { cat "$run/code-server.log" >&2; fail "code-server exited"; }
  sleep 0.5
done

# 7. Drive it.
set +e
NODE_PATH="$deps/node_modules" E2E_URL="http://127.0.0.1:$port/?folder=$run/ws" E2E_LOG_NAME="$(basename "$log_file")" \
  E2E_CODE="$code" E2E_LINE="$line_number" E2E_EXPECTED="$expected" E2E_EXPECTED_FR="$expected_fr" \
  E2E_EXPLAIN_TAIL="$("$binary" explain --lang en 550 5.1.1 | sed '/^[[:space:]]*$/d' | tail -n 1 | cut -c1-40)" E2E_MAINCF_NAME="$([ -n "$maincf" ] && echo main.cf)" \
  E2E_DIAGNOSTICS_NAME="$([ -n "$diag_file" ] && basename "$diag_file")" E2E_SCREENSHOTS="$screens" \
  E2E_LARGE_MB="$large_mb" E2E_LARGE_CODE="$large_code" E2E_LARGE_TITLE="$large_title" \
  E2E_LARGE_RULE="$large_rule" \
  E2E_LOGS="$run/user/logs" \
  node "$here/drive.cjs"
status=$?
set -e
if [ $status -ne 0 ]; then
  say "code-server log: $run/code-server.log"
  find "$run/user/logs" -type f -name '*mail-lsp*' -print 2>/dev/null | while IFS= read -r f; do
    echo "--- $f"
    tail -n 20 "$f"
  done
fi
exit $status
