"""Issue 28: the search filters take several values of one facet at once (any of them: UNODC and
the Secretariat), and the filtered list downloads as shown, as CSV and JSON with the columns of the
site's own open data (tawsiyat/exports.py). The recommendations expected are counted from their
front matter, in both languages."""
from __future__ import annotations

import csv
import io
import json
from urllib.parse import urlsplit

import pytest

from conftest import site_model
from search_helpers import count, listed
from tawsiyat import exports

pytestmark = pytest.mark.browser
PREFIX = {"ar": "", "en": "/en"}
KEYS = ("unodc", "secretariat")


def open_filters(page):
    page.locator("#tw-search-input").click()
    page.locator("#tw-search-filters summary").click()
    page.locator('input[data-filter="addressee"]').first.wait_for()


def list_everything(page):
    while page.locator("#tw-search-more").count():
        shown = len(listed(page))
        page.locator("#tw-search-more").click()
        page.wait_for_function("n => document.querySelectorAll('#tw-search-list a').length > n", arg=shown)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_two_addressees_at_once_and_the_list_downloads_as_shown(page_at, site_url, lang):
    the_site = site_model()
    labels = [the_site.vocabulary["addressees"][k]["label"][lang] for k in KEYS]
    pages = [p for p in the_site.recommendations(lang) if set(KEYS) & set(p.meta.get("addressees") or [])]
    by_one = [p for p in pages if KEYS[0] in (p.meta.get("addressees") or [])]
    assert by_one and len(pages) > len(by_one), "the data must hold recommendations to each of the two"
    page = page_at(f"{site_url}{PREFIX[lang]}/recommendations/05/", width=1280)
    open_filters(page)
    for n, label in enumerate(labels, 1):
        page.locator(f'input[data-filter="addressee"][value="{label}"]').check()
        page.wait_for_function("n => (JSON.parse(document.getElementById('tw-search-list').getAttribute('data-filters') || '{}')"
                               ".addressee || []).length === n", arg=n)
    assert count(page) == len(pages)
    list_everything(page)
    shown = listed(page)
    expected_ids = {f"{p.meta['session']}/{p.meta['paragraph']}" for p in pages}
    downloads = page.locator("#tw-search-downloads")
    assert downloads.is_visible()
    with page.expect_download() as got:
        downloads.locator('button[data-format="csv"]').click()
    text = open(got.value.path(), encoding="utf-8").read()
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert list(rows[0].keys()) == exports.FIELDS
    assert {r["id"] for r in rows} == expected_ids
    # in the order shown
    assert [urlsplit(r[f"url_{lang}"]).path for r in rows] == shown
    with page.expect_download() as got:
        downloads.locator('button[data-format="json"]').click()
    data = json.loads(open(got.value.path(), encoding="utf-8").read())
    assert data["count"] == len(pages) and [r["id"] for r in data["recommendations"]] == [r["id"] for r in rows]
