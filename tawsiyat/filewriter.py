"""Write many small files beside the build, in a child process.

Besides its pages, a build writes thousands of small files (a citation in three formats per
recommendation and language, a redirect page per unpadded address). Creating a file costs up to
half a millisecond on some disks (measured here: 6,000 files of 500 bytes in 2.9 s), nearly all
of it spent waiting in the kernel. The hooks therefore hand their files to a FileWriter as soon as
they know them (the contents come from the site model, read before any page renders), and wait
for it at the end of the build: the files are written while the pages render.
The writing happens in a forked child process, not in threads: threads would share the
interpreter lock with the build, and each of their thousands of short waits would interrupt it.
Where ``os.fork`` does not exist (Windows), ``wait`` writes the files itself.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def write_files(root: Path, files: dict[str, str], newline: str | None = None) -> int:
    """Write each text at its path under ``root``."""
    folders: set[Path] = set()
    for name, text in files.items():
        path = root / name
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        with open(path, "w", encoding="utf-8", newline=newline) as out:
            out.write(text)
    return len(files)


class FileWriter:
    """``FileWriter(root, files)`` starts writing each text at its path under ``root``; ``wait()``
    returns how many files were written and raises OSError when the writing failed."""

    def __init__(self, root: Path, files: dict[str, str], newline: str | None = None) -> None:
        self.root = root
        self.files = files
        self.newline = newline
        self.pid = None
        if hasattr(os, "fork"):
            sys.stdout.flush()
            sys.stderr.flush()
            self.pid = os.fork()
            if self.pid == 0:  # the child: write, report failure by exit status and message
                code = 0
                try:
                    write_files(root, files, newline)
                except BaseException as exc:  # noqa: BLE001 - anything must end the child
                    os.write(2, f"writing files failed: {exc}\n".encode("utf-8", "replace"))
                    code = 1
                os._exit(code)

    def wait(self) -> int:
        if self.pid is None:
            return write_files(self.root, self.files, self.newline)
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if os.waitstatus_to_exitcode(status) != 0:
            raise OSError(f"writing {len(self.files)} files failed (see the message above)")
        return len(self.files)
