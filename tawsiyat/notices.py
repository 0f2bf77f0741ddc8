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


def insert_after_title(markdown: str, notice: str) -> str:
    """Put ``notice`` under the page's own H1 when it opens with one, else at the top."""
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if line.startswith("# "):
            return "\n".join(lines[: i + 1]) + "\n\n" + notice + "\n".join(lines[i + 1:])
        break
    return notice + markdown
