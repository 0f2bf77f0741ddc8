"""The notices an English page carries: the translation is the project's own, unofficial, from the
official Arabic version the site reproduces, and the United Nations' official English version is
one link away; and (when the Arabic changed since it was translated) it may be out of date.

Written in Markdown (admonitions) and rendered apart from the page: every page's notice is the
same but for the link to its Arabic twin, so it is written with ``ARABIC_HREF`` in that place,
rendered once, and the link put into the HTML (rendering it with each page cost the English
pages about 0.7 ms each)."""
from __future__ import annotations

from . import symbols, translation, words
from .pages import Page

ARABIC_HREF = "tw-arabic-href"  # where the link to the Arabic page goes: no Markdown, no HTML escape


def _admonition(kind: str, title: str, text: str) -> str:
    return f'!!! {kind} "{title}"\n    {text}\n\n'


def _notice(kind: str, name: str, lang: str, **fields: str) -> str:
    """One of the translation notices (words.yml, group notices: ``name`` and ``name``_title)."""
    return _admonition(kind, words.word("notices", f"{name}_title", lang), words.word("notices", name, lang).format(**fields))


def unofficial(report_symbols: list[str], arabic_href: str, lang: str = translation.TRANSLATION) -> str:
    """Naming the one report the page translates, or (a page of no one meeting, on a site holding
    several) the reports of the site; each with a link to its official English version (ODS)."""
    if len(report_symbols) == 1:
        symbol = report_symbols[0]
        return _notice("info", "unofficial", lang, symbol=symbol, href=arabic_href, official_url=symbols.url(symbol, "en"))
    link = words.word("notices", "official_link", lang)
    links = ", ".join(link.format(url=symbols.url(symbol, "en"), symbol=symbol) for symbol in report_symbols)
    return _admonition("info", words.word("notices", "unofficial_title", lang),
                       words.word("notices", "unofficial_general", lang).format(href=arabic_href, official=links))


def page_meeting(rel: str, meta: dict, vocabulary: dict, held: list[str] = ()) -> str | None:
    """The meeting a page belongs to: its own ``session``, the meeting a generated meeting page is
    about (sessions/<id>.md, sessions/<id>/…), or, given the meetings ``held``, the only one."""
    if meta.get("session"):
        return meta["session"]
    parts = rel.split("/")
    if len(parts) > 1 and parts[0] == "sessions" and parts[1].removesuffix(".md") in vocabulary["sessions"]:
        return parts[1].removesuffix(".md")
    return held[0] if len(held) == 1 else None


def stale(numbers: list[int], lang: str = translation.TRANSLATION) -> str:
    return _notice("warning", "stale", lang, which=", ".join(map(str, numbers)))


def untranslated(lang: str = translation.TRANSLATION) -> str:
    return _notice("warning", "untranslated", lang)


def unverified_session(meeting: dict) -> bool:
    """A meeting (its vocabulary entry) whose Arabic is compared with nothing: it has no source."""
    return not meeting.get("source")


def unverified(symbol: str, lang: str) -> str:
    """The notice on the pages of such a meeting, in either language."""
    title, text = words.word("unverified", "title", lang), words.word("unverified", "text", lang)
    return _admonition("danger", title, text.format(symbol=symbol))


def for_page(page: Page, original: Page | None, report_symbols: list[str], arabic_href: str) -> str:
    """The Markdown to put at the top of an English page (empty for other languages).
    ``report_symbols``: the report of the page's meeting, or every report the site holds."""
    if page.lang != translation.TRANSLATION:
        return ""
    text = unofficial(report_symbols, arabic_href)
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
