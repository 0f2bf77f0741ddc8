"""The notices an English page carries: the translation is unofficial, and (when the Arabic
changed since it was translated) it may be out of date."""
from __future__ import annotations

from . import translation
from .pages import Page


def unofficial(symbol: str, arabic_href: str) -> str:
    return (
        '!!! info "Unofficial translation"\n'
        "    This English text is the Tawsiyat project's own unofficial translation. The official "
        f"text is the Arabic version of United Nations document {symbol}: "
        f'<a href="{arabic_href}" hreflang="ar">read this page in Arabic</a>.\n\n'
    )


def stale(numbers: list[int]) -> str:
    which = ", ".join(map(str, numbers))
    return (
        '!!! warning "Translation may be out of date"\n'
        f"    The Arabic original of paragraph(s) {which} has changed since this English text was "
        "translated. Until the translation is updated, rely on the Arabic.\n\n"
    )


def for_page(page: Page, original: Page | None, symbol: str, arabic_href: str) -> str:
    """The Markdown to put at the top of an English page (empty for other languages)."""
    if page.lang != translation.TRANSLATION:
        return ""
    text = unofficial(symbol, arabic_href)
    numbers = translation.stale_paragraphs(original, page)
    if numbers:
        text += stale(numbers)
    return text
