"""What the build gives Pagefind, in both languages: each paragraph indexed once (the assembled
report and parallel view are left out, every paragraph having a page of its own), the paragraph
numbers as a filter for lookup by number, metadata as attributes (no text indexed twice); and a
bad equivalences file stops the build naming the file and the entry."""
import re
from collections import Counter

from conftest import mkdocs_build

# every paragraph element says its meeting and its number: a paragraph is known by both
PARAGRAPH = re.compile(r'data-paragraph="(\d+)" data-session="([^"]+)"')


def indexed_pages(site, lang):
    base = site / "en" if lang == "en" else site
    for path in sorted(base.rglob("index.html")):
        rel = path.relative_to(site).as_posix()
        if lang == "ar" and rel.startswith("en/"):
            continue
        if rel.startswith(("pagefind/", "en/pagefind/")):
            continue
        html = path.read_text(encoding="utf-8")
        yield rel, html


def test_each_paragraph_is_indexed_once_and_the_report_is_left_out(built_site):
    for lang in ("ar", "en"):
        everywhere = Counter()
        indexed = Counter()
        for rel, html in indexed_pages(built_site, lang):
            numbers = set(PARAGRAPH.findall(html))
            everywhere.update(numbers)
            if "data-pagefind-body" in html:
                indexed.update(numbers)
                for n, _ in numbers:
                    assert f'data-pagefind-filter="paragraph:{n}"' in html, (rel, n)
        report = "en/report/index.html" if lang == "en" else "report/index.html"
        parallel = "en/parallel/index.html" if lang == "en" else "parallel/index.html"
        for page in (report, parallel):
            assert "data-pagefind-body" not in (built_site / page).read_text(encoding="utf-8"), page
        assert everywhere, lang  # the paragraphs were found at all (the pattern still matches the markup)
        assert set(indexed) == set(everywhere), lang  # nothing lost
        assert all(c == 1 for c in indexed.values()), [n for n, c in indexed.items() if c > 1]


def test_metadata_is_given_as_attributes_and_terms_come_last(built_site):
    html = (built_site / "recommendations" / "15" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<span data-pagefind-meta="title:[^"]+" hidden></span>', html)
    # the title is the only metadata: Pagefind indexes the words of every field
    assert set(re.findall(r'data-pagefind-meta="(\w+):', html)) == {"title"}
    assert '<span data-pagefind-filter="paragraph:15" hidden></span>' in html
    terms = html.index('<span id="tw-search-terms"></span><div hidden>')
    assert terms > html.rindex("data-pagefind-meta=")
    hidden = html[terms:html.index("</div>", terms)]
    assert "استضعاف" in hidden  # the Protocol's word, from the equivalences
    assert hidden.split()[-1] == "\u06ff\u06ff\u06ff"  # the word every page has, sorted after all others


def test_a_bad_equivalence_stops_the_build_naming_file_and_entry(project_copy, tmp_path):
    path = project_copy / "data" / "equivalences.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("[labour, labor]", "[labour]"), encoding="utf-8")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    out = result.stderr + result.stdout
    assert "equivalences.yml" in out and "en group" in out and "(spelling)" in out, out[-800:]


def test_each_language_has_its_vocabulary_and_index_pages_their_word(built_site):
    """search-words.json (the search box's typo correction) holds the words of that language's
    indexed pages with their page counts; the pages without a paragraph carry the index-page word."""
    import json

    for lang in ("ar", "en"):
        folder = built_site / "en" if lang == "en" else built_site
        vocabulary = json.loads((folder / "search-words.json").read_text(encoding="utf-8"))
        pages = [(rel, html) for rel, html in indexed_pages(built_site, lang) if "data-pagefind-body" in html]
        assert vocabulary and pages
        assert max(vocabulary.values()) <= len(pages)
        assert all(len(w) >= 4 and (w.isascii() and w.islower() or re.search(r"[\u0621-\u064A]", w)) for w in vocabulary), lang
        for rel, html in pages:
            start = html.index('<span id="tw-search-terms"></span><div hidden>') + len('<span id="tw-search-terms"></span><div hidden>')
            terms = html[start:html.index("</div>", start)].split()
            has_paragraph = bool(PARAGRAPH.search(html))
            assert ("\u06ff\u06ff" in terms) != has_paragraph, rel
