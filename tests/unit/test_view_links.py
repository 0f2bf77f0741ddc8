"""Links between views and the parallel view's structure, on the pure core (issue 12)."""
import re

from conftest import ROOT
from tawsiyat import indexes, report, words
from tawsiyat.pages import Page
from tawsiyat.project import Project

VOCAB = Project(ROOT).vocabulary
EARLIER = next(s for s, info in VOCAB["sessions"].items() if info.get("order", 0) < VOCAB["sessions"]["wgtip-2013-11"]["order"])


def rec(n, section="A", session="wgtip-2013-11"):
    return Page(f"recommendations/{n:02d}.md", "en", {
        "paragraph": n, "session": session, "section": section, "title": f"Title {n}",
        "themes": ["consent"], "addressees": ["states-parties"], "strength": "should"},
        f"::: paragraph {n}\nText {n}.\n:::")


def test_previous_and_next_follow_paragraph_order_across_sections_within_one_meeting():
    recs = [rec(5, "A"), rec(6, "A"), rec(7, "B"), rec(1, "A", EARLIER), rec(2, "A", EARLIER)]
    site_order = sorted(recs, key=lambda p: (VOCAB["sessions"][p.meta["session"]]["order"], p.meta["paragraph"]))
    index = indexes.Index.build(site_order, VOCAB)
    pairs = {p.meta["paragraph"] if p.meta["session"] == "wgtip-2013-11" else -p.meta["paragraph"]:
             tuple(o.meta["paragraph"] if o else None for o in indexes.neighbours(index, p)) for p in recs}
    assert pairs == {5: (None, 6), 6: (5, 7), 7: (6, None), -1: (None, 2), -2: (1, None)}


def test_recommendation_views_link_the_paragraph_in_each_view_and_the_neighbours():
    recs = [rec(5, "A"), rec(6, "B"), rec(7, "B")]
    index = indexes.Index.build(recs, VOCAB)
    html = indexes.recommendation_views(index, recs[1], "en", {"report": "report.md", "parallel": "parallel.md"})
    assert 'data-view="report" href="../../report/#p-6"' in html
    assert 'data-view="parallel" href="../../parallel/#p-6"' in html
    assert re.search(r'rel="prev" href="\.\./\.\./recommendations/05/">.*5 — Title 5', html)
    assert re.search(r'rel="next" href="\.\./\.\./recommendations/07/">.*7 — Title 7', html)
    alone = indexes.recommendation_views(index, recs[0], "ar", None)
    assert "data-view" not in alone and 'rel="prev"' not in alone and 'rel="next"' in alone


def test_parallel_units_keep_the_link_to_the_recommendation_page_apart():
    markdown = "## Heading\n\n::: paragraph 5\nText.\n:::\n\n[Page: T](recommendations/05.md){ .tw-rec-link }\n"
    units = report.units(markdown)
    assert units[0] == ("heading", 2, "Heading")
    assert units[1][:4] == ("block", "paragraph", 5, "Text.") and units[1][4] == ""
    assert units[1][5] == "[Page: T](recommendations/05.md){ .tw-rec-link }"


def test_parallel_contents_nest_sections_under_chapters():
    toc = report.parallel_toc([("heading", 2, "I. One"), ("heading", 3, "A. a"), ("heading", 3, "B. b"),
                               ("heading", 2, "II. Two")], "en")
    assert re.sub(r"<nav[^>]*><p[^>]*>[^<]*</p>", "", toc).strip() == (
        '<ol><li><a href="#part-1">I. One</a><ol><li><a href="#part-2">A. a</a></li>'
        '<li><a href="#part-3">B. b</a></li></ol></li><li><a href="#part-4">II. Two</a></li></ol></nav>')
    assert f'aria-label="{words.word("views", "contents", "en")}"' in toc


def test_the_full_report_leads_to_each_recommendation_page_in_the_words_of_the_data(monkeypatch):
    """The line under a recommendation's paragraph in the full report names its page with the
    word of data/words.yml (views.page), in the page's language, then the project's title: a
    translator's edit of that word reaches the page (here, a changed word)."""
    group = words.group
    monkeypatch.setattr(words, "group", lambda name, lang: (
        {**group(name, lang), "page": f"<{group(name, lang)['page']}>"} if name == "views" else group(name, lang)))
    for lang in ("ar", "en"):
        recs = [Page(p.rel, lang, p.meta, p.body) for p in (rec(5), rec(6))]
        chapter = Page("meeting/recommendations.md", lang, {"session": "wgtip-2013-11", "title": "R"},
                       "# II\n\n## A\n\n<!-- recommendations: A -->\n")
        whole = report.full_report(recs + [chapter], "wgtip-2013-11", [chapter.rel], lang, "report.md")
        label = words.group("views", lang)["page"]
        links = re.findall(r"^\[([^\]]*)\]\([^)]*\)\{ \.tw-rec-link \}$", whole, re.M)
        assert links == [f"{label}: Title 5", f"{label}: Title 6"], (lang, whole)
