"""A real two-language build, and assertions on its HTML."""
import re

import pytest

from build_assertions import check_recommendation_pages, recommendations, url
from conftest import ROOT, read_html
from tawsiyat import fidelity, source
from tawsiyat.fidelity_check import compare_annex, irregular_runs
from tawsiyat.htmltext import texts_by_attribute
from tawsiyat.project import Project

SESSION = "wgtip-2013-11"
REPORT = source.load(Project(ROOT).source_file(SESSION))
NUMBERS = list(REPORT.paragraphs)  # every paragraph of the report, from its source
IRREGULAR = irregular_runs(Project(ROOT).source_file(SESSION))  # runs the extraction wrote out of order


def compare(number: int, text: str):
    """The built paragraph against its source, as `check fidelity` compares it: counts and letter order."""
    return fidelity.compare(f"paragraph {number}", REPORT.paragraphs[number].text, text,
                            tuple(IRREGULAR.get(f"paragraph {number}", ())))


def marked(html: str, attr: str = "data-paragraph") -> dict[int, str]:
    found = texts_by_attribute(html, attr)
    numbers = [int(v) for v, _ in found]
    assert len(numbers) == len(set(numbers)), "a paragraph is marked twice on one page"
    return {int(v): t for v, t in found}


@pytest.mark.parametrize("number", NUMBERS)
def test_fidelity_of_every_paragraph_in_the_built_full_report(built_site, number):
    html = read_html(built_site, "report")
    text = marked(html)[number]
    mismatch = compare(number, text)
    assert mismatch is None, str(mismatch)


def test_footnote_and_annex_fidelity_in_the_built_html(built_site):
    html = read_html(built_site, "report")
    (footnote,) = REPORT.of_kind("footnote")
    (annex,) = REPORT.of_kind("annex")
    assert fidelity.compare("footnote", footnote.text, marked(html, "data-footnote")[1]) is None
    # row by row, letters and punctuation, the heading's permalink "#" left out: from the annex
    # element to the end of its table
    start = html.index(">", html.index('data-annex="1"')) + 1
    table = html[start: html.index("</table>", start) + len("</table>")]
    assert annex.children and [str(m) for m in compare_annex(annex, table, irregular=IRREGULAR)] == []


def test_the_built_html_check_catches_an_inserted_comma(built_site):
    """The built-HTML fidelity uses the same signature as `check fidelity`: punctuation counts."""
    html = read_html(built_site, "recommendations/39")
    text = marked(html)[39]
    assert compare(39, text) is None
    assert compare(39, text.replace(" ", "، ", 1)) is not None


def test_the_built_html_check_catches_letters_out_of_order(built_site):
    """The built-HTML fidelity also checks letter order (issue 20): الصلات → الصالت in ¶30."""
    text = marked(read_html(built_site, "recommendations/30"))[30]
    assert compare(30, text) is None and "الصلات" in text
    mismatch = compare(30, text.replace("الصلات", "الصالت", 1))
    assert mismatch is not None and "الصالت" in str(mismatch) and "letter order" in str(mismatch)


def test_full_report_reads_in_order_with_headings(built_site):
    for lang, url in (("ar", "report"), ("en", "en/report")):
        html = read_html(built_site, url)
        order = [int(v) for v in re.findall(r'data-paragraph="(\d+)"', html)]
        assert order == NUMBERS, lang
        assert len(re.findall(r"<h2[ >]", html)) == 5  # four chapters and the annex
        assert len(re.findall(r"<h3[ >]", html)) >= 10  # sections of chapters II and III
    ar = read_html(built_site, "report")
    assert ar.index("أولاً- مقدِّمة") < ar.index("ثانياً- التوصيات") < ar.index("رابعاً- اعتماد التقرير")


def test_every_recommendation_page_marks_its_paragraph(built_site):
    check_recommendation_pages(ROOT, built_site)


def test_recommendation_pages_hold_the_official_text(built_site):
    pages = [p for p in recommendations(ROOT) if p.meta["session"] == SESSION]
    assert pages
    for page in pages:
        number = page.meta["paragraph"]
        html = read_html(built_site, url("ar", page.rel))
        assert compare(number, marked(html)[number]) is None


def test_language_and_direction(built_site):
    ar = read_html(built_site, "recommendations/05")
    en = read_html(built_site, "en/recommendations/05")
    assert '<html lang="ar"' in ar and 'dir="rtl"' in ar
    assert '<html lang="en"' in en and 'dir="ltr"' in en


def test_meeting_pages_in_both_languages(built_site):
    for url in ("meeting/introduction", "meeting/organization", "meeting/adoption", "meeting/annex"):
        assert marked(read_html(built_site, url)) .keys() == marked(read_html(built_site, "en/" + url)).keys()


def test_arabic_headings_get_readable_stable_anchors(built_site):
    html = read_html(built_site, "report")
    ids = re.findall(r'<h[1-6] id="([^"]+)"', html)
    assert "أولا--مقدمة" in ids and "ألف--توصيات-عامة" in ids
    assert not [i for i in ids if re.fullmatch(r"_\d+", i)]
