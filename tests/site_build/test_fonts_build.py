"""Every character the built pages of both languages show is in the self-hosted faces, so no
text (generated labels, counts, Material's own strings included) falls back to a system font."""
from __future__ import annotations

import html
import re

import pytest

from conftest import ROOT
from tawsiyat.devtools import fonts

pytestmark = pytest.mark.build

# never drawn: scripts, styles, icons, templates, and the hidden search terms (hooks/search.py)
HIDDEN = re.compile(r"<(script|style|svg|template)\b.*?</\1>|<div hidden>[^<]*</div>", re.S | re.I)
TAG = re.compile(r"<[^>]+>")
SHOWN_ATTRIBUTE = re.compile(r'\b(?:placeholder|value)="([^"]*)"')


def shown_text(page: str) -> str:
    page = HIDDEN.sub(" ", page)
    attributes = " ".join(SHOWN_ATTRIBUTE.findall(page))
    return html.unescape(TAG.sub(" ", page) + " " + attributes)


def test_every_built_page_uses_only_characters_the_faces_hold(built_site):
    pages = {p.relative_to(built_site).as_posix(): shown_text(p.read_text(encoding="utf-8"))
             for p in sorted(built_site.rglob("*.html"))}
    assert any(name.startswith("en/") for name in pages) and "index.html" in pages
    assert fonts.missing(pages, fonts.coverage(ROOT / fonts.FACES_DIR)) == []
