"""Search in headless Chromium: Arabic as readers type it, English, per language, by facet;
the Protocol's words and spelling variants (data/equivalences.yml), paragraph numbers, filler words."""
import json

import pytest

from conftest import mkdocs_build
from tawsiyat import search_terms, words
from tawsiyat.devtools import localserve
from search_helpers import count, open_search, rows, search

pytestmark = pytest.mark.browser

# query -> recommendations (by paragraph) of which at least one must be among the first five
ARABIC = {
    "المنظمة عبر الوطنية": {25, 28, 37},      # text has المنظَّمة (shadda, fatha)
    "الاتِّجار بالأشخاص": {5, 7, 9, 31, 36},   # diacritics in the query, not in the text
    "الاتجــار بالاشخاص": {5, 7, 9, 31, 36},   # tatweel in the query
    "اساءة استعمال السلطة": {15},              # text: وإساءة (hamza, conjunction)
    "جرائم اخري": {30},                        # text: أخرى (hamza, alef maqsura)
    "السريه": {31},                            # text: السرّية (taa marbuta, shadda)
    "ولاية قضائية": {28},                      # text: ولاية قضائية
    "الولاية القضائية": {28},                  # the article in the query, not in the text
    "موافقة": {10, 11, 12, 13, 14, 15},
    "الموافق": {10, 11, 12, 13, 14, 15},        # a partial word, as typed
    "المسئولية": {34},                         # text: المسؤولين (hamza seat before waw)
    "رسوم التوظيف لو سمحت": {22, 47},          # filler words no recommendation has: the rest still answers
    "اساءة استغلال حالة استضعاف": {15},        # the Protocol's words; ¶15 says "لاستغلال حالة الضعف وإساءة"
}
# Rows that only data/equivalences.yml makes work (the Protocol's terms, common usage)
ARABIC_EQUIVALENCES = {
    "حالة استضعاف": {15},                      # the Protocol's words; ¶15 says "حالة الضعف"
    "الاتجار بالبشر": {5, 7, 9, 31, 36},       # the report says "بالأشخاص"
    "وكالات التوظيف": {22, 47},                # the report says "شركات التوظيف"
}
# Pagefind alone (diacritics folded, Arabic stemmed) misses these: hamza on alef, a glued
# conjunction, and taa marbuta typed as haa (the recommendation is not found with every word).
NEEDS_NORMALISATION = ("اساءة استعمال السلطة", "السريه")
ENGLISH = {
    "consent": {10, 11, 12, 13, 14, 15},
    "mutual legal assistance": {25, 42},
    "recruitment agenc": {22, 47},             # partial
    "recruitment fees please": {22, 47},       # "please" occurs nowhere
}
ENGLISH_EQUIVALENCES = {
    "cyberspace": {33},                        # the report says "Internet"
    "labor": {8, 21, 22, 29},                  # US spelling; the report says "labour"
    "organised": {25, 28, 37},                 # -ise; the report says "organized"
}
# A paragraph looked up by number comes first, however the reader writes it
PARAGRAPH_QUERIES = {
    # the other language's words too: readers type "para 22" on the Arabic site (issue 27)
    "ar": ["22", "٢٢", "الفقرة ٢٢", "التوصية ٢٢", "¶٢٢", "para 22", "paragraph 22", "¶22"],
    "en": ["22", "para 22", "paragraph 22", "recommendation 22", "¶22", "الفقرة ٢٢", "فقرة 22"],
}


def found_with_every_word(page, query: str, expected: set[int], lang: str = "ar") -> bool:
    """One of the expected recommendations is among the first five, having every word of the
    query (a page with some of them is listed too, saying which it lacks)."""
    search(page, query)
    lacks = words.group("search", lang)["unmatched"].split("{")[0]
    return any(paragraphs([r["url"]]) & expected and lacks not in r["matched"] for r in rows(page)[:5])


def paragraphs(urls: list[str]) -> set[int]:
    out = set()
    for url in urls[:5]:
        parts = url.strip("/").split("/")
        if len(parts) >= 2 and parts[-2] == "recommendations" and parts[-1].isdigit():
            out.add(int(parts[-1]))
    return out


@pytest.fixture
def arabic(page_at, site_url):
    page = page_at(f"{site_url}/recommendations/05/")
    open_search(page)
    return page


@pytest.fixture
def english(page_at, site_url):
    page = page_at.beside(f"{site_url}/en/recommendations/05/")  # beside `arabic`: some tests hold both
    open_search(page)
    return page


def test_arabic_queries_find_the_recommendations(arabic):
    failures = {}
    for query, expected in {**ARABIC, **ARABIC_EQUIVALENCES}.items():
        urls = search(arabic, query)
        assert urls, query
        assert all(not u.startswith("/en/") for u in urls), f"{query}: English results on an Arabic page"
        if not paragraphs(urls) & expected:
            failures[query] = urls[:5]
    assert not failures, failures


def test_english_queries_find_the_recommendations(english):
    failures = {}
    for query, expected in {**ENGLISH, **ENGLISH_EQUIVALENCES}.items():
        urls = search(english, query)
        assert urls and all(u.startswith("/en/") for u in urls), query
        if not paragraphs(urls) & expected:
            failures[query] = urls[:5]
    assert not failures, failures


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_paragraph_number_puts_its_recommendation_first(page_at, site_url, lang):
    page = page_at(f"{site_url}{'/en' if lang == 'en' else ''}/recommendations/05/")
    open_search(page)
    wrong = {}
    for query in PARAGRAPH_QUERIES[lang]:
        urls = search(page, query)
        if not urls or urls[0].rstrip("/").split("/")[-2:] != ["recommendations", "22"]:
            wrong[query] = urls[:3]
    assert not wrong, wrong
    title = page.locator("#tw-search-list h1").first.inner_text()
    assert title.startswith("٢٢ — " if lang == "ar" else "22 — "), title


def test_normalisation_and_equivalences_find_the_recommendation_with_every_word(arabic, english):
    """What the two proofs below take away: here the recommendation has every word of the query."""
    missing = [q for q in (*NEEDS_NORMALISATION, *ARABIC_EQUIVALENCES)
               if not found_with_every_word(arabic, q, {**ARABIC, **ARABIC_EQUIVALENCES}[q])]
    missing += [q for q, expected in ENGLISH_EQUIVALENCES.items() if not found_with_every_word(english, q, expected, "en")]
    assert not missing, missing


def test_results_appear_while_typing_without_space_or_enter(arabic):
    urls = search(arabic, "موا")
    assert urls


def test_facet_index_pages_answer_their_label(arabic, english):
    assert "/themes/consent/" in search(arabic, "الموافقة")[:8]
    assert "/en/themes/consent/" in search(english, "consent")[:8]


def test_a_theme_filter_narrows_the_results(arabic):
    search(arabic, "الاتجار")
    before = count(arabic)
    arabic.locator("#tw-search-filters summary").click()
    box = arabic.locator('input[data-filter="theme"][value="الأطفال"]')
    box.check()
    arabic.wait_for_function(
        "() => (document.getElementById('tw-search-list').getAttribute('data-filters') || '').includes('theme')")
    after = count(arabic)
    assert 0 < after < before
    children = {12, 16, 27, 33}
    assert paragraphs(arabic.eval_on_selector_all("#tw-search-list a", "l => l.map(a => new URL(a.href).pathname)")) <= children


def test_without_arabic_normalisation_the_same_queries_fail(project_copy, tmp_path, browser):
    """Proof that the Arabic tests can fail: the site built with the normalisation switched off."""
    site = tmp_path / "site"
    # the equivalences add normalised forms of their phrases: off too, to test the normalisation alone
    result = mkdocs_build(project_copy, site, env={"TAWSIYAT_ARABIC_NORMALISATION": "off", "TAWSIYAT_EQUIVALENCES": "off"})
    assert result.returncode == 0, result.stderr
    server = localserve.serve(site)
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{localserve.url(server)}/recommendations/05/")
        open_search(page)
        still_found = [q for q in NEEDS_NORMALISATION if found_with_every_word(page, q, ARABIC[q])]
        context.close()
    finally:
        server.shutdown()
    assert not still_found, f"normalisation off, yet these still work: {still_found}"


def one_edit(a: str, b: str) -> bool:
    """At most one letter changed, added, removed, or two neighbours swapped (as search-core.js)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    ra, rb = a[i:], b[i:]
    if len(ra) == len(rb):
        return ra[1:] == rb[1:] or (len(ra) >= 2 and ra[:2] == rb[1::-1] and ra[2:] == rb[2:])
    return ra[1:] == rb if len(ra) > len(rb) else rb[1:] == ra


def beyond_typos(table: dict, vocabulary: dict) -> dict:
    """The rows whose words are not one letter from a word of the site: the typo correction alone
    cannot find them (labor/labour is one edit; cyberspace/Internet is not)."""
    def near(word):
        word = search_terms.query_form(word) if search_terms.ARABIC_WORD.search(word) else word.lower()
        return word in vocabulary or (len(word) >= 4 and any(one_edit(word, v) for v in vocabulary))
    return {q: e for q, e in table.items() if not all(near(w) for w in q.split())}


def test_without_the_equivalences_file_its_rows_fail(project_copy, tmp_path, browser):
    """Proof that the equivalence rows depend on data/equivalences.yml: built with it off, the rows
    that no one-letter typo correction explains are no longer found."""
    site = tmp_path / "site"
    result = mkdocs_build(project_copy, site, env={"TAWSIYAT_EQUIVALENCES": "off"})
    assert result.returncode == 0, result.stderr
    server = localserve.serve(site)
    still_found = []
    tried = 0
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        for lang, table in (("ar", ARABIC_EQUIVALENCES), ("en", ENGLISH_EQUIVALENCES)):
            vocabulary = json.loads((site / ("en/" if lang == "en" else "") / "search-words.json").read_text(encoding="utf-8"))
            table = beyond_typos(table, vocabulary)
            tried += len(table)
            page = context.new_page()
            page.goto(f"{localserve.url(server)}{'/en' if lang == 'en' else ''}/recommendations/05/")
            open_search(page)
            still_found += [q for q, expected in table.items() if found_with_every_word(page, q, expected, lang)]
        context.close()
    finally:
        server.shutdown()
    assert tried, "no equivalence row is beyond a typo: the proof proves nothing"
    assert not still_found, f"equivalences off, yet these still work: {still_found}"
