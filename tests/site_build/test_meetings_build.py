"""What the site says of its meetings, derived from the data of the tree under test (the real one,
and in the second pass one holding a second meeting): the home page counts what it holds meeting
by meeting; lists say which meeting an item is from where there is more than one; charts and the
matrix can be read per meeting; pages of a meeting whose Arabic is compared with no source say so
in both languages; English notices name the report of the page's own meeting, or none."""
from __future__ import annotations

import re

import pytest

from build_assertions import listed, model, url
from conftest import ROOT, read_html
from tawsiyat import notices, words
from tawsiyat.pages import folder_of, prefix

pytestmark = pytest.mark.build
LANGS = ("ar", "en")


@pytest.fixture(scope="module")
def the_site():
    return model(ROOT)


def held(the_site) -> list[str]:
    return the_site.held_sessions()


def label(the_site, session: str, lang: str) -> str:
    return the_site.vocabulary["sessions"][session]["label"][lang]


@pytest.mark.parametrize("lang", LANGS)
def test_the_home_page_counts_each_meeting_it_holds(built_site, the_site, lang):
    home = read_html(built_site, prefix(lang))
    items = re.findall(r'<li data-session="([^"]+)">(.*?)</li>', home)
    assert [s for s, _ in items] == held(the_site)
    for session, item in items:
        recs = the_site.recommendations(lang, session)
        assert f'<span data-count="{len(recs)}">' in item
        assert words.count(len(recs), "recommendation", lang) in item
        sections = {p.meta["section"] for p in recs if p.meta.get("section")}
        said = words.word("indexes", "holding", lang).split("{sections}")[0].split("}")[-1]  # " في " / " in "
        assert (f'{said}{words.count(len(sections), "section_genitive", lang)}' in item) == bool(sections), item
        assert the_site.vocabulary["sessions"][session]["report_symbol"] in item
        unverified = notices.unverified_session(the_site.vocabulary["sessions"][session])
        assert (words.word("indexes", "unverified", lang) in item) == unverified
    # no count written into the page by hand: the only numbers are those of the data
    assert "forty-four" not in home and "أربع وأربعون" not in home


@pytest.mark.parametrize("lang", LANGS)
def test_lists_say_which_meeting_where_there_is_more_than_one(built_site, the_site, lang):
    many = len(held(the_site)) > 1
    items = related_lists = 0
    for theme in the_site.vocabulary["themes"]:
        html = read_html(built_site, f"{prefix(lang)}themes/{theme}")
        block = re.search(r'<div [^>]*class="tw-facet-list"[^>]*>(.*?)</div>', html, re.S).group(1)
        for item in re.findall(r"<li>(.*?)</li>", block, re.S):
            items += 1
            tags = re.findall(r'<span class="tw-meeting" data-session="([^"]+)">\(([^)]*)\)</span>', item)
            if not many:
                assert tags == [], (theme, item)
                continue
            assert len(tags) == 1, (theme, item)
            assert tags[0][1] == label(the_site, tags[0][0], lang)
            folder = folder_of(the_site.vocabulary["sessions"], tags[0][0])
            assert re.search(rf'href="(?:\.\./)*{re.escape(folder)}/\d+/"', item), (theme, item)
    for page in the_site.recommendations(lang):
        html = read_html(built_site, url(lang, page.rel))
        if 'class="tw-related"' not in html:
            continue
        related_lists += 1
        related = html[html.index('class="tw-related"'):]
        related = related[: related.index("</div>")]
        assert ('class="tw-meeting"' in related) == many, page.label
    assert items and related_lists  # something was checked


@pytest.mark.parametrize("lang", LANGS)
def test_each_meeting_has_its_own_charts_and_matrix(built_site, the_site, lang):
    for session in held(the_site):
        recs = the_site.recommendations(lang, session)
        page = read_html(built_site, f"{prefix(lang)}sessions/{session}")
        charts = page[page.index('id="tw-charts"'):]
        strengths = re.search(r'<figure[^>]*class="tw-chart" data-facet="strength">(.*?)</figure>', charts, re.S).group(1)
        assert sum(int(n) for n in re.findall(r'data-count="(\d+)"', strengths)) == len(recs)
        assert 'href="matrix/"' in charts
        matrix = read_html(built_site, f"{prefix(lang)}sessions/{session}/matrix")
        assert label(the_site, session, lang) in matrix
        for cell in re.findall(r'<div class="tw-matrix-cell" id="([a-z-]+)--([a-z-]+)"', matrix):
            expected = [p for p in recs if cell[0] in p.meta["themes"] and cell[1] in p.meta["addressees"]]
            assert expected, cell
    whole = read_html(built_site, f"{prefix(lang)}matrix")
    home = read_html(built_site, prefix(lang))
    scope = words.word("indexes", "all_meetings", lang)
    for html in (whole, home):
        assert (scope in html) == (len(held(the_site)) > 1)


@pytest.mark.parametrize("lang", LANGS)
def test_pages_of_a_meeting_without_a_source_say_they_are_not_verified(built_site, the_site, lang):
    title = words.word("unverified", "title", lang)
    sessions = the_site.vocabulary["sessions"]
    for page in the_site.recommendations(lang):
        html = read_html(built_site, url(lang, page.rel))
        unverified = notices.unverified_session(sessions[page.meta["session"]])
        assert (title in html) == unverified, page.label
        if unverified:
            assert sessions[page.meta["session"]]["report_symbol"] in html[: html.index(title) + 2000]
    for session in held(the_site):
        html = read_html(built_site, f"{prefix(lang)}sessions/{session}")
        assert (title in html) == notices.unverified_session(sessions[session])
    assert title not in read_html(built_site, prefix(lang))  # the home page says it in its list


def test_english_notices_name_the_report_of_the_pages_own_meeting(built_site, the_site):
    sessions = the_site.vocabulary["sessions"]
    notice = re.compile(r'class="admonition info">.*?</div>', re.S)

    def named(html: str) -> set[str]:
        found = notice.search(html)
        return set(re.findall(r"CTOC/COP/WG\.4/[\w./]+?(?=[<\s:])", found.group(0))) if found else set()

    for page in the_site.recommendations("en"):
        assert named(read_html(built_site, url("en", page.rel))) == {sessions[page.meta["session"]]["report_symbol"]}
    for session in sessions:
        assert named(read_html(built_site, f"en/sessions/{session}")) == {sessions[session]["report_symbol"]}
    # a page of no one meeting names (and links the official English version of) every report held
    general = {sessions[s]["report_symbol"] for s in held(the_site)}
    for rel in ("en", "en/themes/demand", "en/matrix"):
        assert named(read_html(built_site, rel)) == general, rel


def test_theme_lists_hold_every_meetings_recommendations(built_site, the_site):
    for theme in the_site.vocabulary["themes"]:
        got = listed(read_html(built_site, f"themes/{theme}"), "theme", theme)
        want = [p.rel[: -len(".md")] for p in the_site.recommendations("ar") if theme in p.meta["themes"]]
        assert sorted(got) == sorted(want)
