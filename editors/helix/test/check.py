#!/usr/bin/env python3
"""Checks editors/helix/languages.toml without Helix.

    python3 editors/helix/test/check.py [--server BINARY] [FIXTURE_DIR ...]

1. The file parses (tomllib) and has the [language-server.mail-lsp] entry and
   one [[language]] per language id of the server, each using mail-lsp.
2. Typical mail file names get the right language, with Helix's own rules:
   the longest matching glob wins (a glob that does not start with "/" or "*"
   gets "*/" in front, and "*" also matches "/"), else the extension.
3. Every file under the fixture folders (default: the repository's fixtures/)
   that a person would recognise as a mail file by its name, or a *.log whose
   first lines are a Postfix/Sendmail/Exim log, gets the right language, and no
   other file is claimed. Files with no telling name (the server sniffs them)
   are listed, not failed.
4. With --server BINARY: talks to the real server as Helix does (the `config`
   table as initializationOptions and again in workspace/didChangeConfiguration,
   the language name as languageId, Helix's position encodings) on a fixture log
   and main.cf: diagnostics arrive, hover answers with the code's title (from
   `mail-lsp explain --json`), and no setting is refused (window/showMessage).
   This emulates Helix's requests; it is not Helix.

Prints one line per failure and "helix: N passed, N failed"; exits 1 on failure.
"""

from __future__ import annotations

import fnmatch
import json
import pathlib
import queue
import re
import subprocess
import sys
import threading
import time
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
LANGUAGES_TOML = HERE.parent / "languages.toml"
REPO = HERE.parents[2]

LANGUAGE_IDS = {
    "mail-log",
    "mail-bounce",
    "postfix-main",
    "postfix-master",
    "postfix-table",
    "sendmail-mc",
    "sendmail-cf",
    "sendmail-table",
}

EXAMPLES = {
    "/var/log/mail.log": "mail-log",
    "/var/log/maillog": "mail-log",
    "/var/log/mail.err": "mail-log",
    "/var/log/mail.warn": "mail-log",
    "/var/log/mail.info": "mail-log",
    "/var/log/mail.log.1": "mail-log",
    "/var/log/maillog-20240101": "mail-log",
    "/var/log/syslog": "mail-log",
    "/var/log/exim4/mainlog": "mail-log",
    "/var/log/exim4/rejectlog": "mail-log",
    "/var/log/exim4/paniclog": "mail-log",
    "/var/log/exim/main.log": "mail-log",
    "/var/log/nginx/access.log": None,
    "/home/ann/bounce.eml": "mail-bounce",
    "/etc/postfix/main.cf": "postfix-main",
    "/etc/postfix/master.cf": "postfix-master",
    "/etc/postfix/access": "postfix-table",
    "/etc/postfix/sender_access": "postfix-table",
    "/etc/postfix/recipient_access": "postfix-table",
    "/etc/postfix/header_checks": "postfix-table",
    "/etc/postfix/body_checks": "postfix-table",
    "/etc/postfix/mime_header_checks": "postfix-table",
    "/etc/postfix/transport": "postfix-table",
    "/etc/postfix/virtual": "postfix-table",
    "/etc/postfix/canonical": "postfix-table",
    "/etc/postfix/relocated": "postfix-table",
    "/etc/postfix/header_checks.pcre": "postfix-table",
    "/etc/postfix/body_checks.regexp": "postfix-table",
    "/etc/mail/access": "sendmail-table",
    "/etc/mail/mailertable": "sendmail-table",
    "/etc/mail/virtusertable": "sendmail-table",
    "/etc/mail/sendmail.mc": "sendmail-mc",
    "/etc/mail/submit.mc": "sendmail-mc",
    "/etc/mail/sendmail.cf": "sendmail-cf",
    "/etc/mail/submit.cf": "sendmail-cf",
    "/home/ann/Cargo.toml": None,
}

LOG_LINE = re.compile(
    rb"\bpostfix(?:-[a-z0-9]+)?/[a-z0-9/_-]+\[\d+\]: "
    rb"|\b(?:sendmail|sm-mta|sm-msp-queue)\[\d+\]: "
    rb"|\bexim\[\d+\]: "
    rb"|^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? (?:[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} )?(?:<=|=>|->|\*\*|==|Completed|H=|SMTP )",
    re.MULTILINE,
)
SENDMAIL_ACCESS = re.compile(rb"^(?:From|To|Connect|Spam):|ERROR:", re.MULTILINE)


def glob_pattern(glob: str) -> str:
    if glob.startswith("/") or glob.startswith("*"):
        return glob
    return "*/" + glob


def helix_language(config: dict, path: str) -> str | None:
    """Helix's choice: the longest matching glob, else the extension."""
    best: tuple[int, str] | None = None
    for language in config["language"]:
        for file_type in language.get("file-types", []):
            if isinstance(file_type, dict):
                pattern = glob_pattern(file_type["glob"])
                if fnmatch.fnmatchcase(path, pattern) and (best is None or len(pattern) > best[0]):
                    best = (len(pattern), language["name"])
    if best is not None:
        return best[1]
    suffix = pathlib.PurePosixPath(path).suffix.lstrip(".")
    if suffix:
        for language in config["language"]:
            if suffix in [t for t in language.get("file-types", []) if isinstance(t, str)]:
                return language["name"]
    return None


def expected_by_name(path: pathlib.Path) -> str | None:
    """What a postmaster would call the file from its name alone."""
    name = path.name
    parent = path.parent.name
    base = re.sub(r"(?:[.-]\d+)+$", "", name)
    if base in {"mail.log", "maillog", "mail.err", "mail.warn", "mail.info", "syslog", "mainlog", "rejectlog", "paniclog"}:
        return "mail-log"
    if name.endswith(".eml"):
        return "mail-bounce"
    if name == "main.cf" or name.endswith("-main.cf"):
        return "postfix-main"
    if name == "master.cf" or name.endswith("-master.cf"):
        return "postfix-master"
    if name == "access":
        head = path.read_bytes()[:16384] if path.is_file() else b""
        return "sendmail-table" if parent in {"mail", "sendmail"} or SENDMAIL_ACCESS.search(head) else "postfix-table"
    if name in {"mailertable", "virtusertable"}:
        return "sendmail-table"
    if (
        name.endswith((".pcre", ".regexp", "_access", "_checks"))
        or name in {"transport", "virtual", "canonical", "relocated", "generic"}
    ):
        return "postfix-table"
    if name.endswith(".mc"):
        return "sendmail-mc"
    if name in {"sendmail.cf", "submit.cf"}:
        return "sendmail-cf"
    return None


def expected_for_fixture(path: pathlib.Path) -> str | None:
    by_name = expected_by_name(path)
    if by_name is not None:
        return by_name
    if re.search(r"\.log(?:\.\d+)?$", path.name):
        head = path.read_bytes()[:16384]
        if LOG_LINE.search(head):
            return "mail-log"
    return None


class LspClient:
    """A minimal LSP client over stdio with Content-Length framing."""

    def __init__(self, command: list[str]):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages: queue.Queue = queue.Queue()
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self) -> None:
        for _ in self.process.stderr:
            pass

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if line == b"":
                    self.messages.put(None)
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length is None:
                continue
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method: str, params) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, predicate, timeout: float = 20.0, seen: list | None = None):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                break
            if message is None:
                raise RuntimeError("the server closed its output")
            if seen is not None:
                seen.append(message)
            if message.get("method") == "workspace/configuration" and "id" in message:
                self.send({"id": message["id"], "result": [None for _ in message["params"]["items"]]})
            elif "id" in message and "method" in message:
                self.send({"id": message["id"], "result": None})
            if predicate(message):
                return message
        return None

    def request(self, method: str, params, seen: list | None = None, timeout: float = 20.0):
        request_id = self.next_id
        self.next_id += 1
        self.send({"id": request_id, "method": method, "params": params})
        return self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout, seen)

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:  # noqa: BLE001 - best effort
            self.process.kill()


def explain_title(binary: str, code: str) -> str | None:
    result = subprocess.run([binary, "explain", "--lang", "en", "--json", code], capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        return None
    data = json.loads(result.stdout)
    if isinstance(data, list):
        data = data[0]
    return data.get("title") or None


def hover_text(result) -> str:
    if not result:
        return ""
    contents = result.get("contents")
    if isinstance(contents, str):
        return contents
    if isinstance(contents, dict):
        return contents.get("value", "")
    return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents or [])


def server_checks(config: dict, binary: str, fixture_dirs: list[pathlib.Path], check) -> None:
    files = sorted(p for d in fixture_dirs for p in d.rglob("*") if p.is_file())
    log = next((p for p in files if helix_language(config, str(p.resolve())) == "mail-log" and re.search(rb"dsn=[245]\.\d+\.\d+", p.read_bytes())), None)
    # A real main.cf first: crafted bad ones (under a "bad" folder) last.
    maincf = next(iter(sorted((p for p in files if p.name == "main.cf"), key=lambda p: ("bad" in p.parts, str(p)))), None)
    check(log is not None, "a fixture log with dsn= that Helix opens as mail-log")
    check(maincf is not None, "a fixture main.cf")
    settings = config["language-server"]["mail-lsp"].get("config", {})
    client = LspClient([binary, *config["language-server"]["mail-lsp"].get("args", [])])
    seen: list = []
    try:
        init = client.request(
            "initialize",
            {
                "processId": None,
                "clientInfo": {"name": "helix", "version": "25.07.1"},
                "rootUri": None,
                "workspaceFolders": None,
                "initializationOptions": settings,
                "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-32", "utf-16"]}, "textDocument": {"hover": {"contentFormat": ["markdown"]}}},
            },
            seen,
        )
        check(init is not None and "result" in init, "initialize answered", json.dumps(init)[:300] if init else "no answer")
        if init is None or "result" not in init:
            return
        encoding = init["result"]["capabilities"].get("positionEncoding", "utf-16")
        client.notify("initialized", {})
        client.notify("workspace/didChangeConfiguration", {"settings": settings})
        for path, find in ((log, "log"), (maincf, "maincf")):
            if path is None:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            uri = path.resolve().as_uri()
            language = helix_language(config, str(path.resolve()))
            client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 0, "text": text}})
            published = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri, 20, seen)
            check(published is not None, f"{path.name} ({language}): diagnostics published")
            lines = text.splitlines()
            target = None
            if find == "log":
                for number, line in enumerate(lines):
                    match = re.search(r"dsn=([245]\.\d+\.\d+)", line)
                    if match:
                        target = (number, match.start(1) + 1, explain_title(binary, match.group(1)), match.group(1))
                        break
            else:
                for number, line in enumerate(lines):
                    match = re.match(r"([a-z_]+_code)\s*=\s*([245]\d\d)\s*$", line)
                    if match:
                        target = (number, match.start(2) + 1, explain_title(binary, match.group(2)), match.group(2))
                        break
                if target is None:
                    for number, line in enumerate(lines):
                        if line.startswith("smtpd_banner"):
                            target = (number, 2, "smtpd_banner", "smtpd_banner")
                            break
            if not check(target is not None and target[2] is not None, f"{path.name}: a place to hover and its expected text"):
                continue
            number, column, expected, what = target
            if encoding == "utf-16":
                column = len(lines[number][:column].encode("utf-16-le")) // 2
            elif encoding == "utf-32":
                column = len(lines[number][:column])
            else:
                column = len(lines[number][:column].encode("utf-8"))
            params = {"textDocument": {"uri": uri}, "position": {"line": number, "character": column}}
            answer = client.request("textDocument/hover", params, seen)
            text_out = hover_text((answer or {}).get("result"))
            check(
                expected in text_out,
                f"{path.name}: hover on {what} holds {expected!r}",
                f"sent textDocument/hover {json.dumps(params)}; got {json.dumps(answer)[:600]}",
            )
        refused = [m for m in seen if m.get("method") == "window/showMessage" and m["params"].get("type", 4) <= 2]
        check(not refused, "no setting refused (no warning or error in window/showMessage)", json.dumps(refused)[:600])
    finally:
        client.close()


def main(argv: list[str]) -> int:
    server = None
    if argv[:1] == ["--server"]:
        if len(argv) < 2:
            print("usage: check.py [--server BINARY] [FIXTURE_DIR ...]")
            return 2
        server, argv = argv[1], argv[2:]
    passed = 0
    failures: list[str] = []

    def check(ok: bool, message: str, detail: str | None = None) -> bool:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(message)
            print(f"FAIL {message}")
            if detail:
                print(f"     {detail}")
        return ok

    try:
        config = tomllib.loads(LANGUAGES_TOML.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        print(f"FAIL {LANGUAGES_TOML}: {error}")
        print("helix: 0 passed, 1 failed")
        return 1
    check(True, "parses")

    server_entry = config.get("language-server", {}).get("mail-lsp")
    check(isinstance(server_entry, dict) and server_entry.get("command") == "mail-lsp", "[language-server.mail-lsp] runs mail-lsp")
    settings = (server_entry or {}).get("config", {})
    check(
        settings.get("diagnostics", {}).get("maxPerDocument") == 1000
        and settings.get("inlayHints", {}).get("enable") is True
        and settings.get("locale") == "",
        "[language-server.mail-lsp] config holds the server settings with their defaults",
    )

    languages = config.get("language", [])
    names = [language.get("name") for language in languages]
    check(sorted(names) == sorted(LANGUAGE_IDS), f"one [[language]] per language id: {sorted(names)}")
    for language in languages:
        name = language.get("name")
        check(language.get("language-servers") == ["mail-lsp"], f"{name}: language-servers = ['mail-lsp']")
        check(bool(language.get("file-types")), f"{name}: has file-types")
        check(isinstance(language.get("scope"), str), f"{name}: has a scope")
        tokens = language.get("comment-tokens")
        if name in {"postfix-main", "postfix-master", "postfix-table", "sendmail-cf", "sendmail-table"}:
            check(tokens == ["#"], f"{name}: comment-tokens = ['#'], got {tokens}")
        if name == "sendmail-mc":
            check(tokens is not None and tokens[0] == "dnl", f"{name}: dnl comments first, got {tokens}")
        for file_type in language.get("file-types", []):
            check(
                isinstance(file_type, str) or (isinstance(file_type, dict) and set(file_type) == {"glob"}),
                f"{name}: file type {file_type!r} is an extension or {{ glob = ... }}",
            )

    for path, expected in EXAMPLES.items():
        got = helix_language(config, path)
        check(got == expected, f"{path}: expected {expected}, got {got}")

    fixture_dirs = [pathlib.Path(arg) for arg in argv] or [REPO / "fixtures"]
    unclaimed: list[str] = []
    n_fixtures = 0
    for fixture_dir in fixture_dirs:
        if not fixture_dir.is_dir():
            check(False, f"{fixture_dir}: not a folder")
            continue
        for path in sorted(p for p in fixture_dir.rglob("*") if p.is_file()):
            expected = expected_for_fixture(path)
            got = helix_language(config, str(path.resolve()))
            if expected is None and got is None:
                continue
            n_fixtures += 1
            if expected is None:
                check(False, f"{path}: claimed as {got}, but it is no mail file by its name or content")
            elif got is None and expected_by_name(path) is None and expected != "mail-log":
                unclaimed.append(f"{path} ({expected})")
            else:
                check(got == expected, f"{path}: expected {expected}, got {got}")
    check(n_fixtures > 0, f"found mail files under {', '.join(map(str, fixture_dirs))}")
    for line in unclaimed:
        print(f"note {line}: no file type by name; the server sniffs it, in Helix use :set-language")

    if server is not None:
        try:
            server_checks(config, server, fixture_dirs, check)
        except Exception as error:  # noqa: BLE001 - reported as a failure
            check(False, f"talking to {server}: {error!r}")

    print(f"helix: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
