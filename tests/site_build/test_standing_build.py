"""What the site says of itself (issue 26 §1–2), on every built page of both languages: it
reproduces the official Arabic *version* (never "the official text"); its English is the project's
own translation from that Arabic, and every English page's notice links the United Nations'
official English version; the home pages say the site is independent; each recommendation's
title is marked as the editors'. Expectations come from the vocabulary and data/words.yml."""
from __future__ import annotations

import re

import pytest

from conftest import read_html, site_model
from tawsiyat import words
from tawsiyat.htmltext import html_to_text
from tawsiyat.pages import prefix, url_of

pytestmark = pytest.mark.build

# what would call the site's Arabic the official text, or deny that an official English exists
CLAIMS = {"en": re.compile(r"official text|no official English|only official", re.I),
          "ar": re.compile(r"النص الرسمي|النص العربي هو|النصوص الرسمية")}
OFFICIAL_EN = re.compile(r'<a class="tw-official-en" href="https://undocs\.org/en/([^"]+)" hreflang="en">')


def _pages(site):
    """Every page a reader can land on (redirect pages and the search index's files aside)."""
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.split("/")[0] in ("assets", "pagefind") or rel.startswith("en/pagefind"):
            continue
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' not in html:
            yield rel, ("en" if rel.startswith("en/") else "ar"), html


def test_no_page_calls_the_arabic_the_official_text(built_site):
    seen = {"ar": 0, "en": 0}
    for rel, lang, html in _pages(built_site):
        text = html_to_text(html[html.index("<body"):])
        found = CLAIMS[lang].search(text)
        assert found is None, f"{rel}: «{text[max(0, found.start() - 60):found.end() + 60]}»"
        seen[lang] += 1
    assert min(seen.values()) > 50, seen


def test_every_english_notice_links_the_official_english_version(built_site):
    model = site_model()
    symbols = {s["report_symbol"] for s in model.vocabulary["sessions"].values()}
    title = words.word("notices", "unofficial_title", "en")
    checked = 0
    for rel, lang, html in _pages(built_site):
        if lang != "en" or rel.endswith("404.html"):
            continue
        assert f'<p class="admonition-title">{title}</p>' in html, rel
        linked = OFFICIAL_EN.findall(html)
        assert linked and set(linked) <= symbols, rel
        checked += 1
    assert checked > 50
    # a recommendation's notice links its own meeting's report
    for page in model.recommendations("en"):
        symbol = model.vocabulary["sessions"][page.meta["session"]]["report_symbol"]
        assert OFFICIAL_EN.findall(read_html(built_site, "en/" + url_of(page.rel))) == [symbol], page.rel


def test_the_home_pages_say_the_site_is_independent(built_site):
    for lang, sign in (("en", "not a United Nations site"), ("ar", "ليس من مواقع الأمم المتحدة")):
        home = read_html(built_site, prefix(lang))
        assert sign in " ".join(home[home.index("<h1"):home.index("md-footer")].split()), lang  # in the body, not only the footer


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_recommendation_marks_its_title_as_the_editors(built_site, lang):
    model = site_model()
    line = words.word("citations", "editors_title", lang)
    pages = model.recommendations(lang)
    assert pages
    for page in pages:
        html = read_html(built_site, prefix(lang) + url_of(page.rel))
        after_title = html[html.index("</h1>"):]
        marked = re.search(r'<p class="tw-editors-title"[^>]*>([^<]*)</p>', after_title)
        assert marked and marked.start() < after_title.index('class="tw-para"'), page.rel
        assert html_to_text(marked.group(1)) == line
    other = read_html(built_site, prefix(lang) + "glossary")
    assert "tw-editors-title" not in other
