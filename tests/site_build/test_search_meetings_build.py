"""Search results name their meeting where paragraph numbers collide (issue 29 §4): with more than
one meeting on the site, every page of a meeting carries its label as Pagefind metadata, which the
search box shows beside the result's title; with one, none does."""
from __future__ import annotations

import re

import pytest

from build_assertions import model, url
from conftest import ROOT, read_html

pytestmark = pytest.mark.build
META = re.compile(r'<span data-pagefind-meta="meeting:([^"]*)" hidden></span>')


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_results_name_their_meeting_when_there_are_several(built_site, lang):
    import html

    site = model(ROOT)
    many = len(site.held_sessions()) > 1
    pages = [p for p in site.pages[lang] if p.meta.get("session") in site.vocabulary["sessions"]]
    recs = site.recommendations(lang)
    assert pages and recs
    for page in recs:
        found = [html.unescape(m) for m in META.findall(read_html(built_site, url(lang, page.rel)))]
        label = site.vocabulary["sessions"][page.meta["session"]]["label"][lang]
        assert found == ([" ".join(label.split())] if many else []), (page.label, found)
    # the search box shows it (a hunk of search.js that must not go missing)
    script = (ROOT / "overrides/assets/js/search.js").read_text(encoding="utf-8")
    assert "r.data.meta.meeting" in script
