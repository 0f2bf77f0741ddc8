"""``mkdocs serve`` as a child process (tests, the serve benchmark), stopped as a contributor stops
it: with Ctrl-C, after which it cleans up (hooks/search.py removes the copies Pagefind read).
A program started in the background by a shell that is not interactive (CI's scripts) inherits
Ctrl-C ignored, and Python then never turns it into KeyboardInterrupt: the child gets it back."""
from __future__ import annotations

import os
import signal
import subprocess
import sys


def _ctrl_c_back() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(args: list[str], **popen) -> subprocess.Popen:
    """``python -m mkdocs serve ARGS``, with Popen's other arguments."""
    if os.name == "posix":
        popen.setdefault("preexec_fn", _ctrl_c_back)
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", *args], **popen)


def stop(process: subprocess.Popen, timeout: float = 30) -> str | None:
    """Ctrl-C, then its output (when piped); killed when it has not ended within ``timeout``."""
    process.send_signal(signal.SIGINT)
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, _ = process.communicate()
    return out
