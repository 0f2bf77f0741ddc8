"""Keep the English in step with the Arabic.

Each English page records, in ``translates``, the fingerprint of every Arabic paragraph it
translates. When an Arabic paragraph changes and its English does not, the page is stale: the
build shows a notice on it and ``scripts/dev.sh check stale`` fails.
"""
from __future__ import annotations

import re
from pathlib import Path

from .blocks import BlockError
from .pages import Page
from .site import Site

ORIGINAL, TRANSLATION = "ar", "en"
# What people are told to run (scripts/dev.sh runs the command line inside the project's .venv).
STAMP_COMMAND = "scripts/dev.sh stamp"
_FRONT = re.compile(r"\A(---\n)(.*?)(\n---\n)", re.S)
_TRANSLATES_LINE = re.compile(r"^translates:.*(?:\n[ \t]+.*)*", re.M)


def stale_paragraphs(original: Page | None, translation: Page) -> list[int]:
    """The paragraphs of ``translation`` whose Arabic changed since it was stamped."""
    translates = translation.meta.get("translates")
    recorded = {int(k): str(v) for k, v in (translates if isinstance(translates, dict) else {}).items()
                if str(k).strip().isdigit()}
    source = original.paragraph_blocks if original else {}
    out = []
    for number in translation.paragraph_blocks:
        block = source.get(number)
        if block is None or recorded.get(number) != block.fingerprint:
            out.append(number)
    return out


def never_stamped(translation: Page) -> bool:
    """An English page that records no Arabic at all: not yet translated (e.g. right after `new`)."""
    return not translation.meta.get("translates")


def _blocks_readable(page: Page | None) -> bool:
    try:
        return page is None or page.paragraph_blocks is not None
    except BlockError:
        return False


def stale_pages(site: Site) -> list[tuple[Page, list[int], bool]]:
    """(page, stale paragraph numbers, never stamped) for every English page that is behind.
    Pages whose blocks do not parse are left to the schema check."""
    out = []
    for page in site.pages[TRANSLATION]:
        original = site.page(ORIGINAL, page.rel)
        if not (_blocks_readable(page) and _blocks_readable(original)):
            continue
        numbers = stale_paragraphs(original, page)
        if numbers:
            out.append((page, numbers, never_stamped(page)))
    return out


def stamp_text(text: str, fingerprints: dict[int, str]) -> str:
    """Write ``translates`` into a page's front matter, leaving the rest of the file as it is."""
    line = "translates: {" + ", ".join(f'{n}: "{h}"' for n, h in sorted(fingerprints.items())) + "}"
    match = _FRONT.match(text)
    if not match:
        return f"---\n{line}\n---\n\n{text}"
    front = match.group(2)
    front = _TRANSLATES_LINE.sub(line, front) if _TRANSLATES_LINE.search(front) else front + "\n" + line
    return text[: match.start(2)] + front + text[match.end(2):]


def stamp(site: Site, only: set[str] | None = None) -> list[Path]:
    """Record the current Arabic fingerprints in the English pages (all, or the rels in ``only``)."""
    changed = []
    for page in site.pages[TRANSLATION]:
        if only is not None and page.rel not in only:
            continue
        original = site.page(ORIGINAL, page.rel)
        if original is None or not (_blocks_readable(page) and _blocks_readable(original)):
            continue
        prints = {n: b.fingerprint for n, b in original.paragraph_blocks.items() if n in page.paragraph_blocks}
        if not prints:
            continue
        path = site.project.docs / TRANSLATION / page.rel
        text = path.read_text(encoding="utf-8")
        new = stamp_text(text, prints)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed
