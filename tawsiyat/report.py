"""Assemble the full report, and the per-section recommendation lists, from the pages.

Each paragraph is written once, in its page; the full report is put together from those pages
in the session's order (``report_pages`` in the vocabulary), headings demoted one level under
the report title, each ``<!-- recommendations: X -->`` replaced by the recommendation pages of
section X in paragraph order.
"""
from __future__ import annotations

import re

from .blocks import FULL_REPORT_MARKER, RECOMMENDATIONS_MARKER, number_label
from .pages import Page

_HEADING = re.compile(r"^(#{1,5})(?=[ \t])", re.M)


def recommendations(pages: list[Page], session: str) -> list[Page]:
    """The session's recommendation pages, in paragraph order."""
    recs = [p for p in pages if p.is_recommendation and p.meta.get("session") == session]
    return sorted(recs, key=lambda p: p.meta["paragraph"])


def by_section(recs: list[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in recs:
        out.setdefault(str(page.meta.get("section")), []).append(page)
    return out


def demote(markdown: str) -> str:
    return _HEADING.sub(lambda m: m.group(1) + "#", markdown)


def relative(from_rel: str, to_rel: str) -> str:
    """A Markdown link target from one page to another (paths under docs/<lang>/)."""
    up = from_rel.count("/")
    return "../" * up + to_rel


def section_list(recs: list[Page], from_rel: str, lang: str) -> str:
    """A link list of recommendations, for the chapter page."""
    lines = []
    for page in recs:
        label = number_label(page.meta["paragraph"], lang)
        lines.append(f"- [{label} — {page.meta.get('title', '')}]({relative(from_rel, page.rel)})")
    return "\n".join(lines) + "\n"


def expand_sections(markdown: str, sections: dict[str, list[Page]], render) -> str:
    return RECOMMENDATIONS_MARKER.sub(lambda m: render(sections.get(m.group("section"), [])), markdown)


def full_report(pages: list[Page], session: str, order: list[str], lang: str, from_rel: str) -> str:
    """The Markdown of the whole report, in its original order."""
    by_rel = {p.rel: p for p in pages}
    sections = by_section(recommendations(pages, session))

    def inline(recs: list[Page]) -> str:
        parts = []
        for page in recs:
            body = page.body.strip()
            link = relative(from_rel, page.rel)
            more = "الصفحة" if lang == "ar" else "Page"
            parts.append(f"{body}\n\n[{more}: {page.meta.get('title', '')}]({link}){{ .tw-rec-link }}\n")
        return "\n".join(parts)

    chunks = []
    for rel in order:
        page = by_rel.get(rel)
        if page is None:
            raise KeyError(rel)
        chunks.append(demote(expand_sections(page.body.strip(), sections, inline)))
    return "\n\n".join(chunks) + "\n"


def expand_page(page: Page, markdown: str, pages: list[Page], session_order: list[str]) -> str:
    """Expand the markers of one page's Markdown."""
    session = page.meta.get("session", "")
    if FULL_REPORT_MARKER.search(markdown):
        whole = full_report(pages, session, session_order, page.lang, page.rel)
        markdown = FULL_REPORT_MARKER.sub(lambda m: whole, markdown)
    if RECOMMENDATIONS_MARKER.search(markdown):
        sections = by_section(recommendations(pages, session))
        markdown = expand_sections(markdown, sections, lambda recs: section_list(recs, page.rel, page.lang))
    return markdown
