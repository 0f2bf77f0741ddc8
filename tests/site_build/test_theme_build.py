"""The pages without Material's JavaScript bundle, in a real build of both languages: no page
loads the bundle, the page's own theme script comes first, and every table has Material's scrolling
wrapper in the HTML (what the bundle used to add in the browser), so the CSS for it applies."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.build

SCRIPT = re.compile(r'<script src="([^"]+)"')
TABLE = re.compile(r"<table\b[^>]*>")
WRAPPED = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table'


def test_no_page_loads_materials_bundle_and_theme_script_runs_first(built_site):
    pages = list(built_site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        html = page.read_text(encoding="utf-8")
        scripts = SCRIPT.findall(html)
        assert not [s for s in scripts if "assets/javascripts/bundle." in s], page
        if scripts:
            assert scripts[0].endswith("assets/js/theme.js"), (page, scripts)
            assert 'className.replace(/\\bno-js\\b/, "js")' in html, page


def test_every_table_in_both_languages_has_materials_scrolling_wrapper(built_site):
    tables = 0
    for page in built_site.rglob("index.html"):  # both languages: en/ is inside the site
        html = page.read_text(encoding="utf-8")
        found = TABLE.findall(html)
        tables += len(found)
        assert html.count(WRAPPED) == len(found), page
    assert tables >= 20  # the indexes, the matrix, the glossary, the report's annex, in both languages
