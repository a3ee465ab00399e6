"""A terminal editor in tmux, driven as a person would: keys in, the screen
read back as text (`tmux capture-pane`). Shared by the real-Helix test and
the Neovim screen captures.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import time


class Screen:
    """One tmux session running one program in a window of a fixed size."""

    def __init__(self, command: list[str], *, cwd: str, env: dict[str, str], width: int = 200, height: int = 50):
        self.name = f"mail-lsp-{os.getpid()}-{int(time.monotonic() * 1000) % 100000}"
        self.socket = ["-L", self.name]
        environment = " ".join(f"{key}={shlex.quote(value)}" for key, value in env.items())
        shell = f"cd {shlex.quote(cwd)} && exec env {environment} {' '.join(shlex.quote(part) for part in command)}"
        subprocess.run(
            ["tmux", *self.socket, "-f", "/dev/null", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), shell],
            check=True,
        )
        subprocess.run(["tmux", *self.socket, "set-option", "-g", "escape-time", "0"], check=False)

    def keys(self, *keys: str, pause: float = 0.15) -> None:
        """tmux key names: "Escape", "Enter", "C-n", " " (space), "g" ..."""
        for key in keys:
            subprocess.run(["tmux", *self.socket, "send-keys", "-t", self.name, key], check=True)
            time.sleep(pause)

    def type(self, text: str, pause: float = 0.15) -> None:
        """Types `text` as is (no key names)."""
        subprocess.run(["tmux", *self.socket, "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(pause)

    def text(self) -> str:
        result = subprocess.run(
            ["tmux", *self.socket, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False
        )
        return result.stdout

    def wait_for(self, wanted, timeout: float = 20.0, every: float = 0.1, retry=None, retry_every: float = 2.0):
        """Waits until `wanted(screen)` is true (a callable) or the screen holds
        `wanted` (a string or a compiled regex); calls `retry()` now and then.
        Returns the last screen, and whether it matched."""
        deadline = time.monotonic() + timeout
        next_retry = time.monotonic() + retry_every
        screen = self.text()
        while True:
            if callable(wanted):
                matched = wanted(screen)
            elif isinstance(wanted, re.Pattern):
                matched = wanted.search(screen) is not None
            else:
                matched = wanted in screen
            if matched or time.monotonic() > deadline:
                return screen, bool(matched)
            if retry is not None and time.monotonic() > next_retry:
                retry()
                next_retry = time.monotonic() + retry_every
            time.sleep(every)
            screen = self.text()

    def save(self, path: str, note: str = "") -> None:
        """Writes the screen, without trailing blanks, to `path`."""
        lines = [line.rstrip() for line in self.text().splitlines()]
        while lines and lines[-1] == "":
            lines.pop()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            if note:
                out.write(note.rstrip() + "\n\n")
            out.write("\n".join(lines) + "\n")

    def close(self) -> None:
        subprocess.run(["tmux", *self.socket, "kill-server"], check=False, capture_output=True)
