"""``mkdocs serve`` as a child process (tests, the serve benchmark): a free port for it, waiting
until it serves a page, and stopping it as a contributor stops it: with Ctrl-C, after which it cleans up (hooks/search.py removes the copies Pagefind read).
A program started in the background by a shell that is not interactive (CI's scripts) inherits
Ctrl-C ignored, and Python then never turns it into KeyboardInterrupt: the child gets it back."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 120) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - a local server
        return response.read().decode("utf-8")


def wait_until_served(url: str, process: subprocess.Popen, timeout: float = 120) -> str:
    """The page at ``url`` once ``process`` serves it (an error page is not it); RuntimeError when
    the process ends first or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read()[-2000:] if process.stdout else ""
            raise RuntimeError(f"mkdocs serve ended:\n{output}")
        try:
            return get(url, timeout=5)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise RuntimeError(f"{url} not served within {timeout} s")
