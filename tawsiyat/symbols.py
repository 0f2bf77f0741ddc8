"""United Nations document symbols in running text, and their links in the Official Document
System (ODS) in a given language."""
from __future__ import annotations

import bisect
import re

# CTOC/COP/WG.4/2011/8, CTOC/COP/WG.4/2013/INF.1/Rev.1 — a trailing full stop is not part of it.
# ([A-Z](?<!\w[A-Z]) is \b[A-Z], written so that the pattern opens with a character set, which the
# regular expression engine finds fast, rather than a word boundary tried at every position.)
SYMBOL = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]+(?:/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+")
ODS = "https://undocs.org/{lang}/{symbol}"


def find(text: str) -> list[str]:
    return SYMBOL.findall(text)


def url(symbol: str, lang: str) -> str:
    return ODS.format(lang=lang, symbol=symbol)


# Elements whose text must stay as it is: links, code, scripts, already isolated runs.
_KEPT = re.compile(r"<(a|code|pre|script|style|bdi)\b[^>]*>.*?</\1>", re.S | re.I)
# the start of a run of text (after a tag) that holds a slash, as every symbol does
_TEXT_WITH_SLASH = re.compile(r">[^<>/]*/")


def _text_with_slash(html: str) -> list[tuple[int, int]]:
    """The spans of the runs of text between tags that hold a slash."""
    first_tag = html.find("<")
    first_tag = len(html) if first_tag < 0 else first_tag
    runs = [(0, first_tag)] if html.find("/", 0, first_tag) >= 0 else []
    for match in _TEXT_WITH_SLASH.finditer(html):
        if runs and match.start() < runs[-1][1]:
            continue  # a ">" in the text of a run already found
        end = html.find("<", match.end())
        runs.append((match.start() + 1, len(html) if end < 0 else end))
    return runs


def link_symbols(html: str, lang: str) -> str:
    """Link every document symbol in the text of an HTML fragment to ODS in ``lang``, isolated
    left-to-right so it never scrambles the Arabic sentence around it. Text inside links, code,
    scripts and already isolated runs is left alone; attributes are never touched. Only the runs
    of text that hold a slash are read, and the kept elements only when one of them has a symbol."""
    if not SYMBOL.search(html):
        return html
    found = [match for start, end in _text_with_slash(html) for match in SYMBOL.finditer(html, start, end)]
    if not found:
        return html
    kept = [match.span() for match in _KEPT.finditer(html)]
    starts = [start for start, _ in kept]
    parts, last = [], 0
    for match in found:
        before = bisect.bisect_right(starts, match.start()) - 1
        if before >= 0 and match.start() < kept[before][1]:
            continue  # inside a kept element
        symbol = match.group(0)
        parts += [html[last:match.start()], f'<a class="tw-symbol tw-ltr" dir="ltr" href="{url(symbol, lang)}">{symbol}</a>']
        last = match.end()
    return "".join(parts) + html[last:]
