"""Search results name their meeting where paragraph numbers collide (issue 29 §4): with more than
one meeting on the site, the search box's configuration says so, and every recommendation carries
its meeting's label as the `session` filter (a filter: Pagefind does not index it as words, so a
query for "meeting" or "Vienna" does not match every page)."""
from __future__ import annotations

import html
import json
import re

import pytest

from build_assertions import model, url
from conftest import ROOT, read_html

pytestmark = pytest.mark.build
CONFIG = re.compile(r'<script type="application/json" id="tw-search-config">(.*?)</script>', re.S)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_results_name_their_meeting_when_there_are_several(built_site, lang):
    site = model(ROOT)
    many = len(site.held_sessions()) > 1
    recs = site.recommendations(lang)
    assert recs
    for page in recs:
        text = read_html(built_site, url(lang, page.rel))
        config = json.loads(html.unescape(CONFIG.search(text).group(1)))
        assert config["name_meetings"] is many, page.label
        label = " ".join(site.vocabulary["sessions"][page.meta["session"]]["label"][lang].split())
        assert f'data-pagefind-filter="session:{html.escape(label)}"' in text, page.label
        assert 'data-pagefind-meta="meeting' not in text
    script = (ROOT / "overrides/assets/js/search.js").read_text(encoding="utf-8")
    assert "cfg.name_meetings" in script and "r.data.filters.session" in script
