#!/usr/bin/env python3
"""Checks editors/helix/languages.toml without Helix.

    python3 editors/helix/test/check.py [FIXTURE_DIR ...]

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

Prints one line per failure and "helix: N passed, N failed"; exits 1 on failure.
"""

from __future__ import annotations

import fnmatch
import pathlib
import re
import sys
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


def main(argv: list[str]) -> int:
    passed = 0
    failures: list[str] = []

    def check(ok: bool, message: str) -> None:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(message)
            print(f"FAIL {message}")

    try:
        config = tomllib.loads(LANGUAGES_TOML.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        print(f"FAIL {LANGUAGES_TOML}: {error}")
        print("helix: 0 passed, 1 failed")
        return 1
    check(True, "parses")

    server = config.get("language-server", {}).get("mail-lsp")
    check(isinstance(server, dict) and server.get("command") == "mail-lsp", "[language-server.mail-lsp] runs mail-lsp")
    settings = (server or {}).get("config", {})
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

    print(f"helix: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
