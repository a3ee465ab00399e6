#!/usr/bin/env python3
"""Neovim in tmux, as a person uses it, for the screen captures.

    python3 editors/neovim/test/screens.py --nvim NVIM --server BINARY [--fixtures DIR]

With the README's setup (the folder on 'runtimepath', `require('mail_lsp').setup()`,
mail-lsp on PATH), on a fixture log opened as mail.log and the fixture bounce
with the most severe finding: `K` on the log's first `dsn=5.x.x` code shows its
title (as `mail-lsp explain --json` gives it); the bounce's first diagnostic
(`mail-lsp check --format json`) is reached with
vim.diagnostic.goto_next() and shown with vim.diagnostic.open_float(). The
screens go to $MAIL_LSP_SCREENSHOTS (default target/screenshots) as
neovim-<major.minor>-hover.txt and neovim-<major.minor>-diagnostic.txt.
Prints one line per check and "N passed, N failed" last.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "editors" / "test"))
sys.path.insert(0, str(REPO / "editors" / "helix" / "test"))

from check import explain_title  # noqa: E402
import picks  # noqa: E402
from screen import Screen  # noqa: E402

WIDTH, HEIGHT = 160, 45


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nvim", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--fixtures", default=str(REPO / "fixtures"))
    args = parser.parse_args(argv)
    nvim = os.path.abspath(shutil.which(args.nvim) or args.nvim)
    binary = pathlib.Path(args.server).resolve()
    screens = pathlib.Path(os.environ.get("MAIL_LSP_SCREENSHOTS", REPO / "target" / "screenshots"))
    version_line = subprocess.run([nvim, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    version = re.search(r"v(\d+)\.(\d+)\.(\d+)", version_line)
    short = f"{version.group(1)}.{version.group(2)}" if version else "unknown"

    passed = failed = 0

    def check(ok: bool, message: str, detail: str = "") -> bool:
        nonlocal passed, failed
        label = f"[nvim {version_line.split()[-1]}, screen]"
        if ok:
            passed += 1
            print(f"ok   {label} {message}", flush=True)
        else:
            failed += 1
            print(f"FAIL {label} {message}", flush=True)
            if detail:
                print("     " + detail.replace("\n", "\n     "), flush=True)
        return ok

    fixtures = pathlib.Path(args.fixtures)
    log_fixture = picks.log_with_failure(fixtures)
    bounce_fixture = picks.bounce_with_diagnostic(binary, fixtures)
    if log_fixture is None or bounce_fixture is None:
        check(False, f"fixtures: a log with dsn=5.x.x ({log_fixture}) and a bounce with a warning ({bounce_fixture})")
        print(f"{passed} passed, {failed} failed")
        return 1
    home = pathlib.Path(tempfile.mkdtemp(prefix="mail-lsp-nvim-"))
    (home / "config" / "nvim").mkdir(parents=True)
    (home / "config" / "nvim" / "init.lua").write_text(
        f"vim.opt.runtimepath:append('{REPO / 'editors' / 'neovim'}')\nrequire('mail_lsp').setup()\n"
    )
    (home / "bin").mkdir()
    (home / "bin" / "mail-lsp").symlink_to(binary)
    work = home / "mail"
    work.mkdir()
    log = work / "mail.log"
    shutil.copy(log_fixture, log)
    bounce = work / bounce_fixture.name
    shutil.copy(bounce_fixture, bounce)
    env = {
        "PATH": f"{home / 'bin'}:{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }

    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    number = next((i for i, line in enumerate(lines) if re.search(r"dsn=5\.\d+\.\d+", line)), None)
    screen = Screen([nvim, "-i", "NONE", "-n", str(log)], cwd=str(work), env=env, width=WIDTH, height=HEIGHT)

    def save(name: str, note: str) -> None:
        path = screens / f"neovim-{short}-{name}.txt"
        screen.save(str(path), f"{version_line}, {WIDTH}x{HEIGHT}: {note}")
        print(f"     screen: {path}")

    def command(text: str) -> None:
        screen.keys("Escape")
        screen.type(":" + text)
        screen.keys("Enter")

    try:
        _, ok = screen.wait_for("mail.log", 15)
        check(ok, "nvim starts on mail.log")
        if check(number is not None, "the log has a dsn= code"):
            code = re.search(r"dsn=(5\.\d+\.\d+)", lines[number]).group(1)
            title = explain_title(str(binary), code)
            command(str(number + 1))
            screen.keys("0")
            command(f"call search('dsn={code}', 'c') | normal! 4l")
            screen.keys("K")
            shown, ok = screen.wait_for(title, 20, retry=lambda: screen.keys("Escape", "K"))
            check(ok, f"K on dsn={code} shows {title!r}", shown)
            save("hover", f"K on dsn={code} in mail.log")

        result = subprocess.run([str(binary), "check", "--format", "json", str(bounce)], capture_output=True, text=True)
        records = json.loads(result.stdout or "[]")
        if check(bool(records), f"the server finds diagnostics in {bounce.name}"):
            worst = sorted(records, key=lambda record: picks.SEVERITY.get(record.get("severity"), 9))[0]
            message = worst["message"][:40]
            command(f"edit {bounce.name}")
            screen.wait_for(bounce.name, 10)

            def show() -> None:
                command("lua vim.diagnostic.goto_next({ float = false })")
                command("lua vim.diagnostic.open_float()")

            show()
            shown, ok = screen.wait_for(message, 20, retry=show, retry_every=3)
            check(ok, f"the diagnostic {message!r} shows at its line", shown)
            save("diagnostic", f"a diagnostic in {bounce.name}, vim.diagnostic.open_float()")
    except Exception as error:  # noqa: BLE001 - reported as a failure
        check(False, f"driving Neovim: {error!r}", screen.text())
    finally:
        screen.close()
        shutil.rmtree(home, ignore_errors=True)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
