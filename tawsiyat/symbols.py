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


_TAG_OR_TEXT = __import__("re").compile(r"(<[^>]+>)")
_SKIP = ("a", "code", "pre", "script", "style", "bdi")


def link_symbols(html: str, lang: str) -> str:
    """Link every document symbol in the text of an HTML fragment to ODS in ``lang``, isolated
    left-to-right so it never scrambles the Arabic sentence around it. Text inside links, code,
    scripts and already isolated runs is left alone; attributes are never touched."""
    if not SYMBOL.search(html):
        return html
    out, skip = [], []
    for chunk in _TAG_OR_TEXT.split(html):
        if chunk.startswith("<"):
            name = chunk[1:].split(None, 1)[0].rstrip("/>").lower() if len(chunk) > 2 else ""
            if name.startswith("/") and skip and skip[-1] == name[1:]:
                skip.pop()
            elif name in _SKIP and not chunk.endswith("/>"):
                skip.append(name)
            out.append(chunk)
        elif skip or not chunk:
            out.append(chunk)
        else:
            out.append(SYMBOL.sub(
                lambda m: f'<a class="tw-symbol tw-ltr" dir="ltr" href="{url(m.group(0), lang)}">{m.group(0)}</a>', chunk))
    return "".join(out)
