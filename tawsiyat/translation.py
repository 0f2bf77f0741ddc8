"""Keep the English in step with the Arabic.

Each English page records, in ``translates``, the fingerprint of every Arabic paragraph it
translates. When an Arabic paragraph changes and its English does not, the page is stale: the
build shows a notice on it and ``tawsiyat.py check stale`` fails.
"""
from __future__ import annotations

import re
from pathlib import Path

from .pages import Page
from .site import Site

ORIGINAL, TRANSLATION = "ar", "en"
_FRONT = re.compile(r"\A(---\n)(.*?)(\n---\n)", re.S)
_TRANSLATES_LINE = re.compile(r"^translates:.*(?:\n[ \t]+.*)*", re.M)


def stale_paragraphs(original: Page | None, translation: Page) -> list[int]:
    """The paragraphs of ``translation`` whose Arabic changed since it was stamped."""
    recorded = {int(k): str(v) for k, v in (translation.meta.get("translates") or {}).items()}
    source = original.paragraph_blocks if original else {}
    out = []
    for number in translation.paragraph_blocks:
        block = source.get(number)
        if block is None or recorded.get(number) != block.fingerprint:
            out.append(number)
    return out


def stale_pages(site: Site) -> list[tuple[Page, list[int]]]:
    out = []
    for page in site.pages[TRANSLATION]:
        numbers = stale_paragraphs(site.page(ORIGINAL, page.rel), page)
        if numbers:
            out.append((page, numbers))
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
        if original is None:
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
