"""Turn the official-text blocks of every page into marked HTML.

Makes: for each ``::: paragraph N`` (and footnote/annex) block, one element holding the text and
only the text, with ``data-paragraph``, ``data-session`` and ``id="p-N"``, the paragraph number
outside it as a link. Tests, exports, search and citation links rely on that element.
From: the page's Markdown and its front matter ``session``.
Priority 10 on page_markdown: after report_assembly (20) has gathered the full report, so the
blocks it pulls in are marked too.
"""
from __future__ import annotations

from _support import current_language, logger
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import blocks

log = logger("official_text")


@event_priority(10)
def on_page_markdown(markdown, page, config, files):
    session = str(page.meta.get("session", ""))
    try:
        found = blocks.find_blocks(markdown)
    except blocks.BlockError as exc:
        raise PluginError(f"docs/{page.file.src_uri}: {exc}") from None
    if found and not session:
        raise PluginError(f"docs/{page.file.src_uri}: field 'session' is required on a page with official text")
    return blocks.render_blocks(markdown, session, current_language(config), found)
