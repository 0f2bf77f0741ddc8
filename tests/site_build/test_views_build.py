"""Reading across views in a real build, both languages (issue 12): each recommendation page
links to its paragraph in the full report and in the parallel view and to its neighbours in the
report's order; the parallel view links every paragraph to its page and has a table of contents;
the matrix is a labelled keyboard-scrollable region; earlier meetings say they are not on the
site yet; counts agree with their number. Expectations come from the data, not from literals."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import read_html, site_model
from tawsiyat import report, words
from tawsiyat.blocks import number_label

pytestmark = pytest.mark.build
LANGS = {"ar": "", "en": "en/"}


class Elements(HTMLParser):
    """Every element's tag, attributes and text (of links, and of the elements asked for)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[dict] = []  # attrs + "text"
        self._open: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            attrs["text"] = ""
            self.links.append(attrs)
            self._open.append(attrs)

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            self._open.pop()

    def handle_data(self, data):
        for link in self._open:
            link["text"] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def the_site():
    return site_model()


def url_of(rel: str) -> str:
    return "/" + rel[: -len(".md")] + "/" if rel.endswith(".md") else "/" + rel


def target(site_dir: Path, page_url: str, href: str) -> tuple[Path, str]:
    """The built file and fragment a link on ``page_url`` (site-relative, /x/y/) leads to."""
    absolute = urljoin("http://site" + page_url, href)
    path, _, fragment = absolute[len("http://site"):].partition("#")
    file = site_dir / path.lstrip("/")
    return (file / "index.html" if path.endswith("/") else file), fragment


def ids_of(file: Path, cache: dict) -> set[str]:
    if file not in cache:
        cache[file] = parse(file.read_text(encoding="utf-8")).ids
    return cache[file]


def views_of(the_site, lang: str) -> dict[str, dict[str, str]]:
    """Each meeting's full report and parallel view, where it has them (a meeting added before
    its report has neither)."""
    return report.view_pages(the_site.pages[lang])


@pytest.mark.parametrize("lang", LANGS)
def test_each_recommendation_links_to_its_paragraph_in_the_report_and_the_parallel_view(built_site, the_site, lang):
    recs = the_site.recommendations(lang)
    assert recs
    views_by_session = views_of(the_site, lang)
    cache: dict = {}
    report_pages = {kind: set() for kind in ("report", "parallel")}
    for page in recs:
        page_url = "/" + LANGS[lang] + page.rel[: -len(".md")] + "/"
        html = read_html(built_site, page_url)
        number = page.meta["paragraph"]
        views = {link["data-view"]: link for link in parse(html).links if "data-view" in link}
        assert set(views) == set(views_by_session.get(page.meta["session"], {})), page.label
        for kind, link in views.items():
            file, fragment = target(built_site, page_url, link["href"])
            assert file == built_site / (LANGS[lang] + views_by_session[page.meta["session"]][kind][: -len(".md")]) / "index.html"
            assert fragment == f"p-{number}", (page.label, link["href"])
            assert fragment in ids_of(file, cache), (page.label, link["href"])
            assert number_label(number, lang) in link["text"]
            report_pages[kind].add(file)
    # one full report and one parallel view per meeting that has them, in the page's language
    with_views = {p.meta["session"] for p in recs} & set(views_by_session)
    for kind, files in report_pages.items():
        assert len(files) == len(with_views)
        for file in files:
            assert f'<html lang="{lang}"' in file.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_previous_and_next_follow_the_reports_order_across_sections(built_site, the_site, lang):
    recs = the_site.recommendations(lang)
    crossed_sections = 0
    for session in {p.meta["session"] for p in recs}:
        ordered = [p for p in recs if p.meta["session"] == session]
        assert [p.meta["paragraph"] for p in ordered] == sorted(p.meta["paragraph"] for p in ordered)
        for i, page in enumerate(ordered):
            page_url = "/" + LANGS[lang] + page.rel[: -len(".md")] + "/"
            links = parse(read_html(built_site, page_url)).links
            for rel, other in (("prev", ordered[i - 1] if i else None),
                               ("next", ordered[i + 1] if i + 1 < len(ordered) else None)):
                found = [link for link in links if link.get("rel") == rel]
                if other is None:
                    assert found == [], (page.label, rel)
                    continue
                assert len(found) == 1, (page.label, rel)
                file, _ = target(built_site, page_url, found[0]["href"])
                assert file == built_site / (LANGS[lang] + other.rel[: -len(".md")]) / "index.html", (page.label, rel)
                text = " ".join(found[0]["text"].split())
                assert number_label(other.meta["paragraph"], lang) in text and other.meta["title"] in text
                crossed_sections += rel == "next" and other.meta.get("section") != page.meta.get("section")
    # next goes on into the following section, wherever a meeting's recommendations span two
    spanning = [s for s in {p.meta["session"] for p in recs}
                if len({p.meta.get("section") for p in recs if p.meta["session"] == s}) > 1]
    assert crossed_sections >= len(spanning)


@pytest.mark.parametrize("lang", LANGS)
def test_every_paragraph_of_the_report_and_the_parallel_view_links_to_its_page(built_site, the_site, lang):
    views_by_session = views_of(the_site, lang)
    assert views_by_session
    for session, views in views_by_session.items():
        pages = {p.meta["paragraph"]: p for p in the_site.recommendations(lang, session)}
        for view, rel in views.items():
            page_url = f"/{LANGS[lang]}{rel[: -len('.md')]}/"
            html = read_html(built_site, page_url)
            for number, page in pages.items():
                start = html.index(f'data-paragraph="{number}"')
                nxt = re.search(r'data-paragraph="\d+"', html[start + 20:])
                chunk = html[start: start + 20 + nxt.start()] if nxt else html[start:]
                hrefs = [link["href"] for link in parse(chunk).links]
                wanted = built_site / (LANGS[lang] + page.rel[: -len(".md")]) / "index.html"
                assert any(target(built_site, page_url, h)[0] == wanted for h in hrefs), (view, lang, number)


@pytest.mark.parametrize("lang", LANGS)
def test_parallel_view_numbers_sit_beside_their_own_text_and_contents_lead_to_headings(built_site, lang):
    html = read_html(built_site, f"{LANGS[lang]}parallel")
    elements = parse(html)
    cells = re.findall(r'<div class="tw-parallel-cell tw-has-num" dir="(\w+)" lang="(\w+)">\s*<div[^>]*class="tw-para-num-box">'
                       r'<a[^>]*class="tw-para-num" href="#p-(\d+)"[^>]*>([^<]+)</a></div>', html)
    numbers = set(int(n) for n in re.findall(r'data-paragraph="(\d+)"', html))
    assert {(d, lg) for d, lg, _, _ in cells} == {("rtl", "ar"), ("ltr", "en")}
    for _, cell_lang, number, label in cells:
        assert label == number_label(int(number), cell_lang)
    assert {int(n) for _, _, n, _ in cells} == numbers
    assert '<p><span class="tw-para-num">' not in html  # the old layout: a number on its own line
    toc = html[html.index('class="tw-parallel-toc"'): html.index("</nav>", html.index('class="tw-parallel-toc"'))]
    toc_links = [link["href"] for link in parse(toc).links]
    headings = re.findall(r'<h[23] class="tw-parallel-heading[^"]*" id="([^"]+)"', html)
    assert toc_links and [h.lstrip("#") for h in toc_links] == headings
    assert all(h.lstrip("#") in elements.ids for h in toc_links)
    assert html.count('class="tw-parallel-row tw-parallel-headrow"') == len(headings)


@pytest.mark.parametrize("lang", LANGS)
def test_matrix_is_a_labelled_keyboard_scrollable_region(built_site, lang):
    html = read_html(built_site, f"{LANGS[lang]}matrix")
    # the table sits in its scroll box, inside only Material's table wrapper (hooks/tables.py), which
    # the CSS keeps from scrolling on its own
    box = re.search(r'<div([^>]*class="tw-matrix"[^>]*)>\s*<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table>', html)
    assert box, "the table sits in its scroll box"
    attrs = box.group(1)
    assert 'tabindex="0"' in attrs and 'role="region"' in attrs
    assert f'aria-label="{words.word("indexes", "matrix", lang)}"' in attrs
    hint = re.search(r'aria-describedby="([^"]+)"', attrs).group(1)
    assert f'id="{hint}"' in html
    # a cell's number is written in the page's digits, its label says the count in words
    cell = re.search(r'<a href="#[a-z-]+--[a-z-]+" aria-label="([^"]+)">([^<]+)</a>', html)
    assert cell and words.number(int(cell.group(2).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))), lang) == cell.group(2)


@pytest.mark.parametrize("lang", LANGS)
def test_meetings_not_on_the_site_say_so_with_their_report(built_site, the_site, lang):
    sessions = the_site.vocabulary["sessions"]
    held = {p.meta["session"] for p in the_site.recommendations(lang)}
    overview = read_html(built_site, f"{LANGS[lang]}sessions")
    table = overview[overview.index("tw-facet-overview"):]
    table = table[: table.index("</table>")]
    not_yet = words.word("views", "not_yet", lang)
    missing = [s for s in sessions if s not in held]  # none when every meeting has pages
    assert held
    assert table.count(not_yet) == len(missing)
    for session in missing:
        symbol = sessions[session]["report_symbol"]
        assert f'href="https://undocs.org/{lang}/{symbol}"' in table
        page = read_html(built_site, f"{LANGS[lang]}sessions/{session}")
        assert f'href="https://undocs.org/{lang}/{symbol}"' in page
        assert 'class="tw-count"' not in page and words.word("indexes", "none", lang) not in page
    for session in held:
        count = len(the_site.recommendations(lang, session))
        assert words.count(count, "recommendation", lang) in table
        assert words.count(count, "recommendation", lang) in read_html(built_site, f"{LANGS[lang]}sessions/{session}")
    assert re.search(r"\|\s*0\s*\||>0<|>٠<", table) is None


@pytest.mark.parametrize("lang", LANGS)
def test_counts_agree_with_their_number(built_site, the_site, lang):
    index_counts = {}
    for theme in the_site.vocabulary["themes"]:
        n = len([p for p in the_site.recommendations(lang) if theme in p.meta.get("themes", [])])
        html = read_html(built_site, f"{LANGS[lang]}themes/{theme}")
        if n:
            assert f'<p class="tw-count" data-count="{n}"><strong>{words.count(n, "recommendation", lang)}</strong></p>' in html
        index_counts[theme] = n
    overview = read_html(built_site, f"{LANGS[lang]}themes")
    for theme, n in index_counts.items():
        assert f'<span data-count="{n}">{words.count(n, "recommendation", lang)}</span>' in overview
    home = read_html(built_site, LANGS[lang])
    for n in set(index_counts.values()) - {0}:
        assert f'<span class="tw-sr-only">{words.count(n, "recommendation", lang)}</span>' in home
    if lang == "ar":
        assert "عدد التوصيات: " not in html


def test_materials_arabic_language_label_is_corrected(built_site):
    ar = read_html(built_site, "")
    assert 'aria-label="اختر اللغة"' in ar and "إختر" not in ar
    assert 'aria-label="Select language"' in read_html(built_site, "en/")
