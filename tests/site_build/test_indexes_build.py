"""Indexes, exports and document links in a real build, compared with the front matter."""
import csv
import html as html_mod
import io
import json
import re

import jsonschema
import yaml

from build_assertions import check_downloads, check_exports, check_indexes, listed, recommendations
from conftest import ROOT, mkdocs_build, read_html, site_model
from tawsiyat.pages import url_of

def test_every_facet_value_has_an_exact_index_in_both_languages(built_site):
    check_indexes(ROOT, built_site)


def test_the_recommendations_folder_is_the_list_of_every_recommendation(built_site):
    """/recommendations/ and /en/recommendations/ list every recommendation, meeting by meeting
    in reading order, and offer the whole exports (the workbook among them)."""
    for lang, prefix in (("ar", ""), ("en", "en/")):
        pages = recommendations(ROOT, lang)
        html = read_html(built_site, f"{prefix}recommendations")
        assert f'<html lang="{lang}"' in html
        got = []
        for session in dict.fromkeys(p.meta["session"] for p in pages):
            got += listed(html, "all", session)
        assert got == [p.rel[: -len(".md")] for p in pages]
        ids = [f"{p.meta['session']}/{p.meta['paragraph']}" for p in pages]
        check_downloads(built_site / f"{prefix}recommendations", html, ids, ("xlsx", "csv", "json"))


def test_overviews_matrix_and_switcher_on_generated_pages(built_site):
    for prefix in ("", "en/"):
        for folder in ("themes", "addressees", "strengths", "sections", "sessions"):
            assert "tw-facet-overview" in read_html(built_site, f"{prefix}{folder}")
        matrix = read_html(built_site, f"{prefix}matrix")
        assert 'id="consent--states-parties" data-theme="consent" data-addressee="states-parties"' in matrix
    html = read_html(built_site, "themes/consent")
    assert re.search(r'href="[^"]*en/themes/consent/"[^>]*hreflang="en"', html)
    assert 'rel="edit"' not in html  # generated: nothing to edit


def test_recommendation_footer(built_site):
    html = read_html(built_site, "en/recommendations/12")
    from conftest import configured_site_url
    from tawsiyat import citations
    model = site_model()
    en_page, ar_page = model.page("en", "recommendations/12.md"), model.page("ar", "recommendations/12.md")
    reference = html_mod.escape(citations.citation(model, en_page, configured_site_url()).reference)
    assert f'data-citation="{reference}"' in html
    assert "CTOC/COP/WG.4/2013/5" in reference and "para. 12" in reference and "unofficial English translation" in reference
    assert 'href="../../themes/consent/"' in html
    related = html[html.index("Related recommendations"):]
    related = related[:related.index("</div>")]
    # the best related recommendation, computed here by brute force over every recommendation of
    # the tree: most themes shared, then nearest in reading order, then the earlier
    recs = recommendations(ROOT, "en")
    here = next(i for i, p in enumerate(recs) if p.rel == "recommendations/12.md")
    mine = set(recs[here].meta["themes"])
    ranked = sorted((i for i, p in enumerate(recs) if i != here and mine & set(p.meta["themes"])),
                    key=lambda i: (-len(mine & set(recs[i].meta["themes"])), abs(i - here), i))
    assert ranked
    best = url_of(recs[ranked[0]].rel)
    first = re.search(r'href="\.\./\.\./([^"]+)"', related)
    assert first and first.group(1) == best, (first and first.group(1), best)
    ar = read_html(built_site, "recommendations/12")
    assert citations.citation(model, ar_page, configured_site_url()).reference.endswith("(CTOC/COP/WG.4/2013/5)، الفقرة ١٢")


def test_document_symbols_link_to_ods_in_the_page_language(built_site):
    ar = read_html(built_site, "recommendations/48")
    en = read_html(built_site, "en/recommendations/48")
    assert 'href="https://undocs.org/ar/CTOC/COP/WG.4/2011/8"' in ar and 'dir="ltr"' in ar
    assert 'href="https://undocs.org/en/CTOC/COP/WG.4/2011/8"' in en


def test_only_document_symbols_link_to_ods(built_site):
    """Words joined by a slash ("children/infants" in the report) are not symbols."""
    from tawsiyat.symbols import SYMBOL
    links = 0
    for page in built_site.rglob("index.html"):
        for text in re.findall(r'<a class="tw-symbol[^"]*"[^>]*>([^<]+)</a>', page.read_text(encoding="utf-8")):
            links += 1
            assert SYMBOL.fullmatch(text), (page, text)
    assert links


def test_every_meeting_has_a_page_saying_whether_it_is_held(built_site):
    """Held: the meeting has recommendation pages; the others say they are not on the site yet."""
    held = {p.meta["session"] for p in recommendations(ROOT)}
    vocab = yaml.safe_load((ROOT / "data/vocabulary.yml").read_text(encoding="utf-8"))
    assert held  # and every meeting of the vocabulary, held or not (a tree may hold them all)
    for session in vocab["sessions"]:
        for prefix in ("", "en/"):
            html = read_html(built_site, f"{prefix}sessions/{session}")
            assert f'data-held="{str(session in held).lower()}"' in html, (prefix, session)
def test_exports_hold_all_recommendations_and_validate(built_site):
    check_exports(ROOT, built_site)
    data = json.loads((built_site / "data/recommendations.json").read_text(encoding="utf-8"))
    schema = json.loads((built_site / "data/recommendations.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    rows = data["recommendations"]
    pages = recommendations(ROOT)  # every meeting's, in reading order
    assert data["count"] == len(pages) == len(rows)
    assert [r["id"] for r in rows] == [f"{p.meta['session']}/{p.meta['paragraph']}" for p in pages]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["text_ar"] and r["text_en"] and r["title_en"] for r in rows)
    vocab = yaml.safe_load((ROOT / "data/vocabulary.yml").read_text(encoding="utf-8"))
    for row, page in zip(rows, pages):
        assert row["url_en"].endswith("/en/" + page.rel[: -len(".md")] + "/")
        section = page.meta.get("section")
        assert row["section"] == section
        assert row["section_en"] == (vocab["sections"][section]["label"]["en"] if section else None)
        assert row["themes_ar"] == [vocab["themes"][t]["label"]["ar"] for t in row["themes"]]
    raw = (built_site / "data/recommendations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    for line, row in zip(table, rows):
        assert line["themes"] == ";".join(row["themes"])
        assert line["themes_en"] == ";".join(row["themes_en"])
        assert line["strength_ar"] == row["strength_ar"]
        assert line["section_en"] == (row["section_en"] or "")
    home = read_html(built_site, "")
    assert 'href="data/recommendations.json"' in home and 'href="data/recommendations.csv"' in home


SECOND = {
    "start": "2099-01-10", "end": "2099-01-12", "report_symbol": "CTOC/COP/WG.4/2099/9",
    "report_title": {"ar": "تقرير اجتماع تجريبي", "en": "Report on a test meeting"},
    "label": {"ar": "اجتماع تجريبي", "en": "Test meeting"},
    "description": {"ar": "اجتماع تجريبي للاختبار.", "en": "A fixture meeting for tests."},
}


def fixture_page(lang: str, n: int, themes: list[str]) -> str:
    title = f"Fixture {n}" if lang == "en" else f"توصية تجريبية {n}"
    text = f"Fixture text {n}." if lang == "en" else f"نص تجريبي {n}."
    return (f"---\nparagraph: {n}\nsession: wgtip-2099-01\ntitle: {title}\n"
            f"themes: [{', '.join(themes)}]\naddressees: [states]\nstrength: may\n---\n\n::: paragraph {n}\n{text}\n:::\n")


def test_a_second_session_builds_without_code_changes(project_copy, tmp_path):
    vocab_path = project_copy / "data/vocabulary.yml"
    vocab = yaml.safe_load(vocab_path.read_text(encoding="utf-8"))
    order = max(v["order"] for v in vocab["sessions"].values()) + 1  # after every meeting of the tree
    vocab["sessions"]["wgtip-2099-01"] = {**SECOND, "order": order}
    vocab_path.write_text(yaml.safe_dump(vocab, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for lang in ("ar", "en"):
        folder = project_copy / "docs" / lang / "recommendations" / "wgtip-2099-01"
        folder.mkdir()
        (folder / "01.md").write_text(fixture_page(lang, 1, ["consent", "children"]), encoding="utf-8")
        (folder / "02.md").write_text(fixture_page(lang, 2, ["demand"]), encoding="utf-8")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    check_indexes(project_copy, site)
    assert sorted(listed(read_html(site, "sessions/wgtip-2099-01"), "session", "wgtip-2099-01")) == [
        "recommendations/wgtip-2099-01/01", "recommendations/wgtip-2099-01/02"]
    held = {p.meta["session"] for p in recommendations(ROOT, "en")}
    assert held
    for session in held:
        mine = [p for p in recommendations(ROOT, "en") if p.meta["session"] == session]
        assert len(listed(read_html(site, f"en/sessions/{session}"), "session", session)) == len(mine)
    check_exports(project_copy, site)
    data = json.loads((site / "data/recommendations.json").read_text(encoding="utf-8"))
    assert data["count"] == len(recommendations(ROOT)) + 2 and data["recommendations"][-1]["id"] == "wgtip-2099-01/2"
