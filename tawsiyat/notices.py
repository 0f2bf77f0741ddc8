"""The notices an English page carries: the translation is unofficial, and (when the Arabic
changed since it was translated) it may be out of date.

Written in Markdown (admonitions) and rendered apart from the page: every page's notice is the
same but for the link to its Arabic twin, so it is written with ``ARABIC_HREF`` in that place,
rendered once, and the link put into the HTML (rendering it with each page cost the English
pages about 0.7 ms each)."""
from __future__ import annotations

from . import translation, words
from .pages import Page

ARABIC_HREF = "tw-arabic-href"  # where the link to the Arabic page goes: no Markdown, no HTML escape


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


def opens_with_title(markdown: str) -> bool:
    """Whether a page's Markdown opens with its own H1 (the notices go under it, else at the top)."""
    for line in markdown.split("\n"):
        if line.strip():
            return line.startswith("# ")
    return False


def insert_after_title(html: str, notice_html: str, after_title: bool) -> str:
    """Put a notice's HTML where its Markdown would have rendered: under the page's H1 when its
    Markdown opens with one (``after_title``), else at the top; Markdown joins blocks with a newline."""
    if not html:
        return notice_html
    if after_title:
        end = html.index("</h1>") + len("</h1>")
        return html[:end] + "\n" + notice_html + html[end:]
    return notice_html + "\n" + html
