"""United Nations document symbols in running text, and their links in the Official Document
System (ODS) in a given language."""
from __future__ import annotations

import re

# CTOC/COP/WG.4/2011/8, CTOC/COP/WG.4/2013/INF.1/Rev.1 — a trailing full stop is not part of it.
SYMBOL = re.compile(r"\b[A-Z]{2,}(?:/[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)+")
ODS = "https://undocs.org/{lang}/{symbol}"


def find(text: str) -> list[str]:
    return SYMBOL.findall(text)


def url(symbol: str, lang: str) -> str:
    return ODS.format(lang=lang, symbol=symbol)


# One pass: elements whose text must stay as it is (links, code, scripts, isolated runs) and
# every other tag are matched whole and kept; a symbol anywhere else is linked.
_KEEP_OR_SYMBOL = re.compile(
    r"(?P<keep><(?P<tag>a|code|pre|script|style|bdi)\b[^>]*>.*?</(?P=tag)>|<[^>]+>)|" + SYMBOL.pattern,
    re.S | re.I)


def link_symbols(html: str, lang: str) -> str:
    """Link every document symbol in the text of an HTML fragment to ODS in ``lang``, isolated
    left-to-right so it never scrambles the Arabic sentence around it. Text inside links, code,
    scripts and already isolated runs is left alone; attributes are never touched."""
    if not SYMBOL.search(html):
        return html

    def replace(match: re.Match) -> str:
        if match.group("keep"):
            return match.group(0)
        symbol = match.group(0)
        return f'<a class="tw-symbol tw-ltr" dir="ltr" href="{url(symbol, lang)}">{symbol}</a>'

    return _KEEP_OR_SYMBOL.sub(replace, html)
