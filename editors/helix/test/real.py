#!/usr/bin/env python3
"""The real Helix, driven in tmux as a person would.

    python3 editors/helix/test/real.py --hx PATH/TO/hx --server BINARY [--fixtures DIR]

The user's setup is the README's: editors/helix/languages.toml copied as is
into a private config folder (with `[editor.lsp] display-inlay-hints = true`
in config.toml), `mail-lsp` on PATH, HELIX_RUNTIME beside hx. Then, on a
Postfix log opened as mail.log, a bounce message, a main.cf and an access map
typed from scratch:

- `hx --health mail-log` finds the server; each file gets its language (`:lang`);
- `space k` on a `dsn=5.x.x` code shows the code's title (`mail-lsp explain`);
- the inlay hints the server gives for the screen are drawn;
- `g d` on a queue ID and on a main.cf `$name` lands where the server says;
- `space s` lists the messages the server's outline holds;
- `space d` lists the bounce's diagnostics;
- `REJECT ` in an access map offers 5.x.x codes, and no 4.x.x.

What to expect comes from the server itself, asked over its protocol by this
script (the "oracle"), so the checks follow the server's wording as it
changes. The screens are saved as text to $MAIL_LSP_SCREENSHOTS (default
target/screenshots) as helix-*.txt. Prints one line per check and
"helix: N passed, N failed" last; exits 1 on failure.
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
import time
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "editors" / "test"))
sys.path.insert(0, str(HERE))

from check import LspClient, explain_title, hover_text  # noqa: E402
import picks  # noqa: E402
from screen import Screen  # noqa: E402

WIDTH, HEIGHT = 220, 50
STATUS_POSITION = re.compile(r"(\d+):(\d+)\s*$")


class Oracle:
    """The server, asked directly what Helix should show."""

    def __init__(self, binary: str, settings: dict):
        self.client = LspClient([binary])
        init = self.client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": None,
                "initializationOptions": settings,
                "capabilities": {"general": {"positionEncodings": ["utf-8"]}},
            },
        )
        if init is None or "result" not in init:
            raise RuntimeError(f"the server did not initialize: {init}")
        self.client.notify("initialized", {})
        self.open_uris: set[str] = set()
        self.diagnostics: dict[str, dict | None] = {}

    def open(self, path: pathlib.Path, language: str) -> str:
        uri = path.resolve().as_uri()
        if uri not in self.open_uris:
            text = path.read_text(encoding="utf-8", errors="replace")
            self.client.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": language, "version": 0, "text": text}},
            )
            self.open_uris.add(uri)
            # Asked only once the document's diagnostics are out: a request
            # answered while they are written may be lost (issue 18).
            self.diagnostics[uri] = self.client.wait_for(
                lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, 20
            )
        return uri

    def ask(self, method: str, params: dict):
        answer = self.client.request(method, params)
        return (answer or {}).get("result")

    def close(self) -> None:
        self.client.close()


def status_position(screen: str) -> tuple[int, int] | None:
    """The cursor's line:column from Helix's status line (1-based)."""
    for line in reversed(screen.splitlines()):
        if " NOR " in line or " INS " in line or " SEL " in line:
            match = STATUS_POSITION.search(line)
            if match:
                return int(match.group(1)), int(match.group(2))
    return None


def first_file(fixtures: pathlib.Path, pattern: str, wanted: re.Pattern) -> pathlib.Path | None:
    for path in sorted(fixtures.rglob(pattern)):
        if path.is_file() and wanted.search(path.read_text(encoding="utf-8", errors="replace")):
            return path
    return None


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hx", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--fixtures", default=str(REPO / "fixtures"))
    args = parser.parse_args(argv)
    hx = pathlib.Path(args.hx).resolve()
    binary = pathlib.Path(args.server).resolve()
    fixtures = pathlib.Path(args.fixtures)
    screens = pathlib.Path(os.environ.get("MAIL_LSP_SCREENSHOTS", REPO / "target" / "screenshots"))

    passed = 0
    failed = 0

    def check(ok: bool, message: str, detail: str = "") -> bool:
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {message}", flush=True)
        else:
            failed += 1
            print(f"FAIL {message}", flush=True)
            if detail:
                print("     " + detail.replace("\n", "\n     "), flush=True)
        return ok

    version = subprocess.run([str(hx), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"helix: {version} ({hx})")

    log = picks.log_with_failure(fixtures)
    maincf = picks.maincf_with_reference(fixtures)
    bounce = picks.bounce_with_diagnostic(binary, fixtures)
    for name, path in (("log", log), ("main.cf", maincf), ("bounce", bounce)):
        print(f"helix: {name:8} {path}")
    if log is None or maincf is None or bounce is None:
        check(False, "fixtures: a log with dsn=5.x.x, a main.cf with $name, a bounce with a warning")
        print(f"helix: {passed} passed, {failed} failed")
        return 1

    # The user's setup, as editors/README.md gives it.
    home = pathlib.Path(tempfile.mkdtemp(prefix="mail-lsp-helix-"))
    config = home / "config" / "helix"
    config.mkdir(parents=True)
    shutil.copy(REPO / "editors" / "helix" / "languages.toml", config / "languages.toml")
    (config / "config.toml").write_text("[editor.lsp]\ndisplay-inlay-hints = true\n")
    bin_dir = home / "bin"
    bin_dir.mkdir()
    (bin_dir / "mail-lsp").symlink_to(binary)
    work = home / "mail"
    work.mkdir()
    shutil.copy(log, work / "mail.log")
    shutil.copy(bounce, work / bounce.name)
    shutil.copy(maincf, work / "main.cf")
    env = {
        "PATH": f"{bin_dir}:{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "HELIX_RUNTIME": str(hx.parent / "runtime"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "COLORTERM": "",
    }

    health = subprocess.run([str(hx), "--health", "mail-log"], capture_output=True, text=True, env={**os.environ, **env})
    plain = re.sub(r"\x1b\[[0-9;]*m", "", health.stdout)
    check(
        health.returncode == 0 and f"mail-lsp: {bin_dir}/mail-lsp" in plain,
        "hx --health mail-log finds mail-lsp on PATH",
        plain,
    )

    settings = tomllib.loads((config / "languages.toml").read_text())["language-server"]["mail-lsp"].get("config", {})
    oracle = Oracle(str(binary), settings)
    screen = Screen([str(hx), "mail.log"], cwd=str(work), env=env, width=WIDTH, height=HEIGHT)

    def save(name: str, note: str) -> None:
        path = screens / f"helix-{name}.txt"
        screen.save(str(path), f"Helix {version.split()[-1] if version else ''}, {WIDTH}x{HEIGHT}: {note}")
        print(f"     screen: {path}")

    def command(text: str) -> None:
        screen.keys("Escape", "Escape")
        screen.keys(":")
        screen.type(text)
        screen.keys("Enter")

    def language_is(expected: str, file_name: str) -> None:
        command("lang")
        shown, ok = screen.wait_for(lambda s: s.rstrip().splitlines()[-1:] == [expected] if s.strip() else False, 5)
        last = shown.rstrip().splitlines()[-1] if shown.strip() else ""
        check(ok, f"{file_name} opens as {expected}", f"`:lang` says {last!r}")

    def goto_line(number: int) -> None:
        command(str(number))
        screen.keys("g", "h")

    def search(pattern: str) -> None:
        """Selects the next match of `pattern` (a regex), cursor on its last character."""
        screen.keys("Escape", "/")
        screen.type(pattern)
        screen.keys("Enter")

    try:
        first, ok = screen.wait_for(" NOR ", 15)
        if not check(ok, "hx starts on mail.log", first):
            raise RuntimeError("hx did not start")
        language_is("mail-log", "mail.log")
        log_path = work / "mail.log"
        log_uri = oracle.open(log_path, "mail-log")
        lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()

        # Inlay hints: those the server gives for the first screen are drawn.
        hints = oracle.ask(
            "textDocument/inlayHint",
            {"textDocument": {"uri": log_uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": HEIGHT, "character": 0}}},
        ) or []
        shown_hints = [hint for hint in hints if hint["position"]["character"] < WIDTH - 40]
        if check(bool(shown_hints), "the server gives inlay hints on the first screen", json.dumps(hints)[:300]):
            label = shown_hints[0]["label"]
            label = label if isinstance(label, str) else "".join(part["value"] for part in label)
            words = label.strip()[:24]
            screen_text, ok = screen.wait_for(words, 15)
            check(ok, f"inlay hints are drawn: {words!r}", screen_text)
            save("inlay-hints", "mail.log as it opens, inlay hints after the codes")

        # Hover on the dsn= code: its title, from mail-lsp explain.
        number = next(i for i, line in enumerate(lines) if re.search(r"dsn=5\.\d+\.\d+", line))
        code = re.search(r"dsn=(5\.\d+\.\d+)", lines[number]).group(1)
        title = explain_title(str(binary), code)
        goto_line(number + 1)
        search(rf"dsn={re.escape(code)}")
        screen.keys(" ", "k")
        shown, ok = screen.wait_for(title, 20, retry=lambda: screen.keys("Escape", " ", "k"))
        check(ok, f"space k on dsn={code} shows {title!r}", shown)
        save("hover", f"space k on dsn={code} in mail.log")
        screen.keys("Escape")

        # g d on a queue ID: where the server's definition says.
        queue_id = re.search(r"\]: ([0-9A-Za-z]{6,}): ", lines[number]).group(1)
        later = max(i for i, line in enumerate(lines) if queue_id in line)
        column = lines[later].index(queue_id) + len(queue_id) - 1
        target = oracle.ask(
            "textDocument/definition",
            {"textDocument": {"uri": log_uri}, "position": {"line": later, "character": column}},
        )
        target = target[0] if isinstance(target, list) and target else target
        if check(bool(target), f"the server defines queue ID {queue_id} (line {later + 1})", json.dumps(target)):
            expected_line = target.get("range", target.get("targetRange", {}))["start"]["line"] + 1
            goto_line(later + 1)
            search(re.escape(queue_id))
            screen.keys("g", "d")
            shown, ok = screen.wait_for(lambda s: (status_position(s) or (0, 0))[0] == expected_line, 10)
            check(ok, f"g d on {queue_id} goes to line {expected_line}", f"status line position: {status_position(shown)}")
            save("goto-queue-id", f"g d on {queue_id} (line {later + 1}): the message's first line")

        # The symbol picker lists the messages of the server's outline.
        symbols = oracle.ask("textDocument/documentSymbol", {"textDocument": {"uri": log_uri}}) or []
        names = [symbol["name"] for symbol in symbols[:3]]
        screen.keys("Escape", " ", "s")
        shown, ok = screen.wait_for(lambda s: bool(names) and all(name.split()[0] in s for name in names), 15)
        check(ok, f"space s lists the messages: {', '.join(name.split()[0] for name in names)}", shown)
        save("symbols", "space s in mail.log: one entry per message")
        screen.keys("Escape")

        # A bounce: recognised, its diagnostics in the picker.
        command(f"open {bounce.name}")
        screen.wait_for(bounce.name, 10)
        language_is("mail-bounce", bounce.name)
        bounce_uri = oracle.open(work / bounce.name, "mail-bounce")
        published = oracle.diagnostics[bounce_uri]
        diagnostics = (published or {}).get("params", {}).get("diagnostics", [])
        worst = sorted(diagnostics, key=lambda d: d.get("severity", 4))
        if check(bool(worst), f"the server finds {len(diagnostics)} diagnostics in {bounce.name}"):
            message = worst[0]["message"][:30]
            screen.keys("Escape", " ", "d")
            shown, ok = screen.wait_for(message, 15, retry=lambda: screen.keys("Escape", " ", "d"), retry_every=3)
            check(ok, f"space d lists {message!r}", shown)
            save("diagnostics", f"space d in {bounce.name}: the bounce's diagnostics")
            screen.keys("Escape")

        # main.cf: $name goes to the line that sets it.
        command("open main.cf")
        screen.wait_for("main.cf", 10)
        language_is("postfix-main", "main.cf")
        main_path = work / "main.cf"
        main_uri = oracle.open(main_path, "postfix-main")
        main_lines = main_path.read_text(encoding="utf-8", errors="replace").splitlines()
        use = next(
            (i, m)
            for i, line in enumerate(main_lines)
            if not line.lstrip().startswith("#")
            for m in [re.search(r"\$\{?([a-z_]+)", line)]
            if m and any(re.match(rf"{m.group(1)}\s*=", other) for other in main_lines)
        )
        line_number, match = use
        name = match.group(1)
        target = oracle.ask(
            "textDocument/definition",
            {"textDocument": {"uri": main_uri}, "position": {"line": line_number, "character": match.end(1) - 1}},
        )
        target = target[0] if isinstance(target, list) and target else target
        if check(bool(target), f"the server defines ${name} (main.cf line {line_number + 1})", json.dumps(target)):
            expected_line = target.get("range", target.get("targetRange", {}))["start"]["line"] + 1
            goto_line(line_number + 1)
            search(re.escape(match.group(0)))
            screen.keys("g", "d")
            shown, ok = screen.wait_for(lambda s: (status_position(s) or (0, 0))[0] == expected_line, 10)
            check(
                ok and main_lines[expected_line - 1].startswith(name),
                f"g d on ${name} goes to line {expected_line}: {main_lines[expected_line - 1][:60]!r}",
                f"status line position: {status_position(shown)}",
            )
            save("goto-name", f"g d on ${name} in main.cf")

        # An access map typed from scratch: REJECT offers 5.x.x codes.
        command("open access")
        screen.wait_for("access", 10)
        language_is("postfix-table", "access")
        screen.keys("Escape", "i")
        typed = "spammer@example.com REJECT "
        screen.type(typed)
        access_path = work / "access.oracle"
        access_path.write_text(typed + "\n")
        access_uri = oracle.open(access_path, "postfix-table")
        items = oracle.ask(
            "textDocument/completion",
            {"textDocument": {"uri": access_uri}, "position": {"line": 0, "character": len(typed)}},
        )
        items = (items or {}).get("items", items) if isinstance(items, dict) else (items or [])
        labels = [item["label"] for item in sorted(items, key=lambda item: item.get("sortText", item["label"]))]
        codes = [label.split()[0] for label in labels]
        check(
            bool(codes) and all(code.startswith("5.") for code in codes),
            f"the server offers {len(codes)} codes after REJECT, all 5.x.x",
            ", ".join(codes[:10]),
        )
        shown, ok = screen.wait_for(
            lambda s: bool(codes) and sum(code in s for code in codes[:5]) >= 3,
            15,
            retry=lambda: screen.keys("C-x"),
            retry_every=3,
        )
        menu = [line for line in shown.splitlines()[1:] if re.search(r"\b[245]\.\d+\.\d+\b", line)]
        check(ok, f"typing {typed!r} in access opens a menu of 5.x.x codes", shown)
        check(
            ok and not any(re.search(r"(?<![\d.])4\.\d+\.\d+", line) for line in menu),
            "the menu offers no 4.x.x code after REJECT",
            "\n".join(menu),
        )
        save("completion", f"typing {typed!r} in a new access map")
        screen.keys("Escape")
    except Exception as error:  # noqa: BLE001 - reported as a failure
        check(False, f"driving Helix: {error!r}", screen.text())
        save("failure", "the screen when the test failed")
    finally:
        screen.close()
        oracle.close()
        shutil.rmtree(home, ignore_errors=True)

    print(f"helix: {passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
