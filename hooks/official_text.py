"""Turn the official-text blocks of every page into marked HTML.

Makes: for each ``::: paragraph N`` (and footnote/annex) block, one element holding the text and
only the text, with ``data-paragraph``, ``data-session`` and ``id="p-N"``, the paragraph number
outside it as a link. Tests, exports, search and citation links rely on that element.
From: the page's Markdown and its front matter ``session``.
Events: page_markdown at 10, after report_assembly (20) has gathered the full report, so the
blocks it pulls in are marked too: each block's text is left to the page's Markdown, between two
marker paragraphs (tawsiyat.blocks.mark_blocks); page_content at 110, before every other
page_content hook, puts the wrapper elements in their place (fill_blocks). The wrappers are what
the site's Markdown (md_in_html) makes of tawsiyat.blocks.render_block's markup, rendered once per
kind and language: through md_in_html on every page they cost about a fifth of its Markdown.
"""
from __future__ import annotations

from _support import current_language, logger, site_markdown
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from tawsiyat import blocks

log = logger("official_text")
_state: dict = {"wrappers": {}}


@event_priority(10)
def on_page_markdown(markdown, page, config, files):
    session = str(page.meta.get("session", ""))
    try:
        found = blocks.find_blocks(markdown)
    except blocks.BlockError as exc:
        raise PluginError(f"docs/{page.file.src_uri}: {exc}") from None
    if found and not session:
        raise PluginError(f"docs/{page.file.src_uri}: field 'session' is required on a page with official text")
    if not found:
        return markdown
    lang = current_language(config)
    _state["wrappers"][page.file.src_uri] = [
        blocks.wrapper(site_markdown(blocks.template_markup(block.kind, lang), config), block, session, lang)
        for block in found]
    return blocks.mark_blocks(markdown, found)


@event_priority(110)
def on_page_content(html, page, config, files):
    wrappers = _state["wrappers"].pop(page.file.src_uri, None)
    if wrappers is None:
        return html
    try:
        return blocks.fill_blocks(html, wrappers)
    except blocks.BlockError as exc:
        raise PluginError(f"docs/{page.file.src_uri}: {exc} (is a block's text unfinished Markdown?)") from None
