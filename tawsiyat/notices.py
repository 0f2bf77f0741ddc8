"""The notices an English page carries: the translation is unofficial, and (when the Arabic
changed since it was translated) it may be out of date."""
from __future__ import annotations

from . import translation, words
from .pages import Page


def _admonition(kind: str, name: str, lang: str, **fields: str) -> str:
    title = words.word("notices", f"{name}_title", lang)
    text = words.word("notices", name, lang).format(**fields)
    return f'!!! {kind} "{title}"\n    {text}\n\n'


def unofficial(symbol: str, arabic_href: str, lang: str = translation.TRANSLATION) -> str:
    return _admonition("info", "unofficial", lang, symbol=symbol, href=arabic_href)


def stale(numbers: list[int], lang: str = translation.TRANSLATION) -> str:
    return _admonition("warning", "stale", lang, which=", ".join(map(str, numbers)))


def untranslated(lang: str = translation.TRANSLATION) -> str:
    return _admonition("warning", "untranslated", lang)


def for_page(page: Page, original: Page | None, symbol: str, arabic_href: str) -> str:
    """The Markdown to put at the top of an English page (empty for other languages)."""
    if page.lang != translation.TRANSLATION:
        return ""
    text = unofficial(symbol, arabic_href)
    numbers = translation.stale_paragraphs(original, page)
    if numbers and translation.never_stamped(page):
        text += untranslated()
    elif numbers:
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
