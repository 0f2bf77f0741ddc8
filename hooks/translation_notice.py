"""Put the "unofficial translation" notice, and the "may be out of date" warning when the
Arabic changed since the English was stamped, at the top of every English page.

Makes: two admonitions at the top of the page (under its H1 when it opens with one); the text
comes from tawsiyat.notices.
From: the page, its Arabic twin in the site model, the report symbol of the page's meeting in the
vocabulary (tawsiyat.notices.page_meeting), or those of every meeting held on a page of no one
meeting, each linked to its official English version.
Events: on_page_markdown at 30 (before report_assembly, 20, and official_text, 10, expand the
page) only notes which notices the page gets and where; on_page_content at 100, before every
other page_content hook (indexes, symbols, citations, search, anchors), puts them in as HTML,
where the page's Markdown would have rendered them. The notices are rendered with the site's
Markdown extensions, once for every page that shares their text (see tawsiyat.notices): through
each page's Markdown they cost every English page as much again as its own text.
"""
from __future__ import annotations

from _support import current_language, insert_notice, page_rel, site
from mkdocs.plugins import event_priority
from tawsiyat import notices, translation
from tawsiyat.pages import Page

_state: dict = {"pending": {}}


def _arabic_href(page) -> str:
    """A relative link from an English page (/en/x/y/) to its Arabic twin (/x/y/)."""
    url = page.url  # en/recommendations/05/
    depth = url.count("/")
    return "../" * depth + url.split("/", 1)[1]


@event_priority(30)
def on_page_markdown(markdown, page, config, files):
    if current_language(config) != translation.TRANSLATION:
        return markdown
    the_site = site()
    rel = page_rel(page)
    me = Page(rel, translation.TRANSLATION, dict(page.meta), markdown)
    original = the_site.page(translation.ORIGINAL, rel)
    held = the_site.held_sessions()
    session = notices.page_meeting(rel, page.meta, the_site.vocabulary, held)
    report_symbols = [the_site.vocabulary["sessions"][s]["report_symbol"] for s in ([session] if session else held)]
    notice = notices.for_page(me, original, report_symbols, notices.ARABIC_HREF)
    _state["pending"][page.file.src_uri] = (notice, notices.opens_with_title(markdown), _arabic_href(page))
    return markdown


@event_priority(100)
def on_page_content(html, page, config, files):
    return insert_notice(_state["pending"], html, page, config)
