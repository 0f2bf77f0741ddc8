"""Link UN document symbols to the Official Document System and isolate them as left-to-right.

Makes: ``<a class="tw-symbol" dir="ltr" href="https://undocs.org/<lang>/SYMBOL">`` around every
document symbol in a page's text (the Arabic site links the Arabic document, the English site the
English one); ``dir="ltr"`` isolates the Latin run so it never scrambles the Arabic sentence.
From: the rendered HTML of each page (tawsiyat.symbols does the work).
Priority: default on page_content — after Markdown rendering and before search (-50), which
indexes the linked text; it leaves the lists that indexes.py adds at the same priority alone
unless they hold a symbol.
"""
from __future__ import annotations

from _support import current_language
from tawsiyat import symbols


def on_page_content(html, page, config, files):
    return symbols.link_symbols(html, current_language(config))
