"""Where two meetings hold a paragraph of one number, a search for that number lists both, each
naming its meeting (issue 29 §4); with one meeting, no result names one. Derived from the data."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import site_model
from search_helpers import open_search, search

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang,prefix", [("ar", "/"), ("en", "/en/")])
def test_a_colliding_number_lists_each_meeting(page_at, site_url, lang, prefix):
    site = site_model()
    recs = site.recommendations(lang)
    held = site.held_sessions()
    numbers = Counter(p.meta["paragraph"] for p in recs)
    number = max(numbers, key=lambda n: (numbers[n], -n))  # the number most meetings share
    page = page_at(site_url + prefix, width=1366)
    open_search(page)
    search(page, str(number))
    page.wait_for_function("document.querySelectorAll('#tw-search-list .tw-search-option h1').length > 0")
    titles = page.eval_on_selector_all("#tw-search-list .tw-search-option h1", "hs => hs.map(h => h.textContent)")
    named = [t for t in titles if "(" in t and any(site.vocabulary["sessions"][s]["label"][lang] in t for s in held)]
    if len(held) > 1 and numbers[number] > 1:
        labels = {site.vocabulary["sessions"][p.meta["session"]]["label"][lang] for p in recs if p.meta["paragraph"] == number}
        assert len(labels) > 1
        for label in labels:  # each meeting's paragraph is listed, naming its meeting
            assert any(label in t for t in named), (label, titles[:8])
    else:
        assert named == [], titles[:8]
