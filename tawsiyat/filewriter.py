"""Write files the build makes beside its pages (citation files, redirect pages) under the site root."""
from __future__ import annotations

from pathlib import Path


def write_files(root: Path, files: dict[str, str], newline: str | None = None) -> int:
    """Write each text at its path under ``root``; return how many were written."""
    folders: set[Path] = set()
    for name, text in files.items():
        path = root / name
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        with open(path, "w", encoding="utf-8", newline=newline) as out:
            out.write(text)
    return len(files)
