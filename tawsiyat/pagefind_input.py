"""What Pagefind reads of a built page: the element marked ``data-pagefind-body`` (Pagefind
indexes nothing else of a site where some page has one), with the page's ``<html>`` tag (its
language) and title. Given only this, Pagefind makes the same fragments and word index as from the
whole page while reading about a third of the bytes (hooks/search.py, issue 30). And the command
that runs Pagefind (the build's hook and the build benchmark run it the same way)."""
from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

BODY = "<div data-pagefind-body>"  # the element hooks/search.py wraps each indexed page's content in
_DIV = re.compile(r"<(/?)div\b")
_HTML_TAG = re.compile(r"<html\b[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.S)


def indexed_part(output: str) -> str | None:
    """A page of the ``<html>`` tag, the title and the ``data-pagefind-body`` element of
    ``output``; None for a page without that element (Pagefind leaves it out). ValueError when the
    element is not closed."""
    start = output.find(BODY)
    if start < 0:
        return None
    depth = 0
    for tag in _DIV.finditer(output, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = output.index(">", tag.end()) + 1
            html_tag, title = _HTML_TAG.search(output), _TITLE.search(output)
            return (f'<!doctype html>\n{html_tag.group(0) if html_tag else "<html>"}<head><meta charset="utf-8">'
                    f'{title.group(0) if title else ""}</head><body>{output[start:end]}</body></html>\n')
    raise ValueError(f"the {BODY} element is not closed: {output[start:start + 200]!r}")


def copy_indexed_part(output: str, path: Path) -> bool:
    """Write ``indexed_part(output)`` at ``path``, making its folders; False (nothing written) for
    a page Pagefind leaves out."""
    part = indexed_part(output)
    if part is None:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(part, encoding="utf-8")
    return True


@functools.lru_cache(maxsize=None)
def command() -> tuple[str, ...]:
    """The command that runs Pagefind: its binary from the PyPI wheel, found once per process the
    way ``python -m pagefind`` finds it (PAGEFIND_BINARY_PATH first), without starting a Python
    only to find it; ``python -m pagefind`` where it cannot be found so."""
    try:
        from pagefind.service import get_executable

        found = get_executable()
    except ImportError:
        found = None
    return (str(found),) if found else (sys.executable, "-m", "pagefind")
