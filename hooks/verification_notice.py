"""Say, on every page of a meeting whose Arabic text is not compared with a source, that it has
not been verified: in both languages, visibly, at the top of the page.

Makes: an admonition under the page's H1 (or at the top) on each page of a held meeting (its
``session``, or the meeting a generated meeting page is about) that has no ``source`` in
data/vocabulary.yml (the fidelity check has nothing to compare its Arabic with); its
words come from data/words.yml (notices.unverified), with the meeting's report symbol.
From: the page's front matter and the vocabulary.
Events: on_page_markdown at 30, beside translation_notice, only notes which pages get it (the
page's Markdown is still its own there); on_page_content at 100, with translation_notice, before
every other page_content hook, puts it in as HTML, rendered once per language and meeting.
"""
from __future__ import annotations

from _support import current_language, insert_notice, page_rel, site
from mkdocs.plugins import event_priority
from tawsiyat import notices

_state: dict = {"pending": {}}


@event_priority(30)
def on_page_markdown(markdown, page, config, files):
    the_site = site()
    meetings = the_site.vocabulary["sessions"]
    session = notices.page_meeting(page_rel(page), page.meta, the_site.vocabulary)
    if session in the_site.held_sessions() and notices.unverified_session(meetings[session]):
        symbol = meetings[session].get("report_symbol", "")
        notice = notices.unverified(symbol, current_language(config))
        _state["pending"][page.file.src_uri] = (notice, notices.opens_with_title(markdown), None)
    return markdown


@event_priority(100)
def on_page_content(html, page, config, files):
    return insert_notice(_state["pending"], html, page, config)
