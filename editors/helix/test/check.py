#!/usr/bin/env python3
"""Checks editors/helix/languages.toml without Helix.

    python3 editors/helix/test/check.py [--server BINARY] [FIXTURE_DIR ...]

1. The file parses (tomllib) and has the [language-server.mail-lsp] entry and
   one [[language]] per language id of the server, each using mail-lsp.
2. The sample file names of editors/file-names.json (one per glob of the
   server's file-name table, and real paths) get the server's language with
   Helix's own rules: the longest matching glob wins (a glob that does not
   start with "/" or "*/" gets "*/" in front, and "*" also matches "/"), else
   the extension.
3. With --server BINARY: talks to the real server as Helix does (the `config`
   table as initializationOptions and again in workspace/didChangeConfiguration,
   the language name as languageId, Helix's position encodings) on a fixture log
   and main.cf: diagnostics arrive, hover answers with the code's title (from
   `mail-lsp explain --json`), and no setting is refused (window/showMessage).
   This emulates Helix's requests; test/real.py drives the real Helix.

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

# One sample path per glob of the server's file-name table, and real paths,
# with the language the server's table gives each (written by cargo test).
SAMPLES = json.loads((REPO / "editors" / "file-names.json").read_text(encoding="utf-8"))["samples"]
LANGUAGE_IDS = {sample["language"] for sample in SAMPLES if sample["language"]}


def expand_braces(glob: str) -> list[str]:
    """`a.{x,y}` -> `a.x`, `a.y` (fnmatch has no braces; Helix's globset has)."""
    match = re.search(r"\{([^{}]*)\}", glob)
    if match is None:
        return [glob]
    return [
        expanded
        for word in match.group(1).split(",")
        for expanded in expand_braces(glob[: match.start()] + word + glob[match.end() :])
    ]


def glob_pattern(glob: str) -> str:
    if glob.startswith("/") or glob.startswith("*/"):
        return glob
    return "*/" + glob


def helix_language(config: dict, path: str) -> str | None:
    """Helix's choice: the longest matching glob (as written, after the "*/"
    Helix puts in front), else the extension."""
    best: tuple[int, str] | None = None
    for language in config["language"]:
        for file_type in language.get("file-types", []):
            if isinstance(file_type, dict):
                pattern = glob_pattern(file_type["glob"])
                matched = any(fnmatch.fnmatchcase(path, each) for each in expand_braces(pattern))
                if matched and (best is None or len(pattern) > best[0]):
                    best = (len(pattern), language["name"])
    if best is not None:
        return best[1]
    suffix = pathlib.PurePosixPath(path).suffix.lstrip(".")
    if suffix:
        for language in config["language"]:
            if suffix in [t for t in language.get("file-types", []) if isinstance(t, str)]:
                return language["name"]
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

    wrong = [
        f"{sample['path']}: expected {sample['language'] or None}, got {helix_language(config, sample['path'])}"
        for sample in SAMPLES
        if (helix_language(config, sample["path"]) or "") != sample["language"]
    ]
    check(not wrong, f"the {len(SAMPLES)} sample file names get the server's language", "\n".join(wrong))
    fixture_dirs = [pathlib.Path(arg) for arg in argv] or [REPO / "fixtures"]

    if server is not None:
        try:
            server_checks(config, server, fixture_dirs, check)
        except Exception as error:  # noqa: BLE001 - reported as a failure
            check(False, f"talking to {server}: {error!r}")

    print(f"helix: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
