"""Which fixture files the editor tests open, chosen by what they hold (so
new fixtures are picked up and none is named by the tests)."""

from __future__ import annotations

import json
import pathlib
import re
import subprocess

SEVERITY = {"error": 0, "warning": 1, "information": 2, "hint": 3}


def _text(path: pathlib.Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def log_with_failure(fixtures: pathlib.Path) -> pathlib.Path | None:
    """A log with a permanent failure: `dsn=5.1.1` first, else any `dsn=5.x.x`."""
    logs = [path for path in sorted(fixtures.rglob("*.log")) if path.is_file()]
    for wanted in (r"dsn=5\.1\.1\b", r"dsn=5\.\d+\.\d+"):
        for path in logs:
            if re.search(wanted, _text(path)):
                return path
    return None


def maincf_with_reference(fixtures: pathlib.Path) -> pathlib.Path | None:
    """A real main.cf (not a crafted bad one) with a `$name` set in the file."""
    for path in sorted(fixtures.rglob("main.cf")):
        if "bad" in path.parts or not path.is_file():
            continue
        text = _text(path)
        names = re.findall(r"\$\{?([a-z_]+)", text)
        if any(re.search(rf"^{re.escape(name)}\s*=", text, re.M) for name in names):
            return path
    return None


def bounce_with_diagnostic(binary: pathlib.Path, fixtures: pathlib.Path) -> pathlib.Path | None:
    """The bounce (*.eml) with the most severe warning or error the server
    finds (`mail-lsp check --format json`), the first by name among equals."""
    best: tuple[int, str, pathlib.Path] | None = None
    for path in sorted(fixtures.rglob("*.eml")):
        result = subprocess.run([str(binary), "check", "--format", "json", str(path)], capture_output=True, text=True)
        try:
            records = json.loads(result.stdout or "[]")
        except json.JSONDecodeError:
            continue
        severities = [SEVERITY.get(record.get("severity"), 9) for record in records]
        worst = min(severities, default=9)
        if worst <= 1 and (best is None or (worst, str(path)) < best[:2]):
            best = (worst, str(path), path)
    return best[2] if best else None
