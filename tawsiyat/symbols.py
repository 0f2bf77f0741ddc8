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
