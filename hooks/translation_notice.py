"""Put the "unofficial translation" notice, and the "may be out of date" warning when the
Arabic changed since the English was stamped, at the top of every English page.

Makes: two admonitions in the page's Markdown (the text comes from tawsiyat.notices).
From: the page, its Arabic twin in the site model, the session's report symbol in the vocabulary.
Priority 30 on page_markdown: before report_assembly (20) and official_text (10), so the notice
sits above the content they expand; it adds no official text of its own.
"""
from __future__ import annotations

from _support import current_language, page_rel, site
from mkdocs.plugins import event_priority
from tawsiyat import notices, translation
from tawsiyat.pages import Page


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
    session = page.meta.get("session") or the_site.project.latest_session
    symbol = the_site.vocabulary["sessions"][session].get("report_symbol", "")
    notice = notices.for_page(me, original, symbol, _arabic_href(page))
    return notices.insert_after_title(markdown, notice)
