"""Search is silent where the report is silent (issue 27), in headless Chromium against the built
site: a query on a topic the report never mentions lists no page matched on a fragment of a word
or on weak words alone; it names the words found nowhere, and a query with nothing found offers the
themes, the glossary and the same query on the other language's site. Queries readers really type
(other words for the report's terms, other forms, typos, the other language's paragraph word) put
the right recommendation in the first five. Whether a word is absent from the site is checked
against the build's own vocabulary (search-words.json), and the recommendations expected are found
from their text and front matter, not from the built HTML."""
from __future__ import annotations

import json
import math
import random
import re

import pytest

from conftest import ROOT, site_model
from search_helpers import open_search, rows, search
from tawsiyat import search_terms, words

pytestmark = pytest.mark.browser
PREFIX = {"ar": "", "en": "/en"}
FIRST = 5

# query -> the words of it that no page has (checked against the vocabulary below)
ABSENT = {
    "ar": {"تغير المناخ": ["المناخ"], "الذكاء الاصطناعي": ["الذكاء", "الاصطناعي"],
           "العملات المشفرة": ["العملات", "المشفرة"], "جائحة كورونا": ["جائحة", "كورونا"],
           "البلوكتشين": ["البلوكتشين"], "الاتجار بالأعضاء في الميتافيرس": ["الميتافيرس"]},
    "en": {"COVID": ["COVID"], "cryptocurrency": ["cryptocurrency"], "blockchain": ["blockchain"],
           "artificial intelligence": ["artificial", "intelligence"], "climate change": ["climate"],
           "organ trafficking": ["organ"], "deepfakes": ["deepfakes"], "quantum computing": ["quantum", "computing"]},
}


def vocabulary(built_site, lang: str) -> dict[str, int]:
    return json.loads((built_site / PREFIX[lang].strip("/") / "search-words.json").read_text(encoding="utf-8"))


def typo_pages(built_site, lang: str) -> int:
    """The fewest pages a word must be on to be taken for the one a typo meant (search-core.js
    typoPages, from the count of indexed pages the build gives the search box)."""
    html = (built_site / PREFIX[lang].strip("/") / "index.html").read_text(encoding="utf-8")
    config = json.loads(re.search(r'id="tw-search-config">(.*?)</script>', html, re.S).group(1))
    return max(3, round(math.sqrt(config["pages"])))


def form(word: str) -> str:
    return search_terms.query_form(word) if search_terms.ARABIC_WORD.search(word) else word.lower()


def common(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def near(f: str, v: str, pages: int = 0, typo_pages: int = 0) -> bool:
    """v is f, another form of it (all but its last three letters in common, and four at least; at
    most one letter shorter, two longer) or one letter off it but the first, when v is on at least
    typo_pages pages (search-core.js)."""
    if v == f:
        return True
    cp = common(f, v)
    if cp >= 4 and cp >= len(f) - 3 and len(f) - 1 <= len(v) <= len(f) + 2:
        return True
    if len(f) < 4 or abs(len(f) - len(v)) > 1 or f[0] != v[0] or pages < typo_pages:
        return False
    a, b = f[cp:], v[cp:]
    return a[1:] == b[1:] if len(a) == len(b) else (a[1:] == b if len(a) > len(b) else b[1:] == a)


def nowhere(word: str, vocab: dict[str, int], least: int) -> bool:
    """No word of the site is the word, another form of it or a typo of it the search corrects."""
    f = form(word)
    return not any(near(f, v, pages, least) for v, pages in vocab.items())


def generated(vocab: dict[str, int], least: int, lang: str, n: int = 4) -> list[str]:
    """Made-up words, none near a word of the site (a fixed seed: the same every run)."""
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" if lang == "ar" else "abcdefghijklmnopqrstuvwxyz"
    rng = random.Random(27)
    out: list[str] = []
    while len(out) < n:
        word = "".join(rng.choice(letters) for _ in range(7))
        if nowhere(word, vocab, least):
            out.append(word)
    return out


@pytest.fixture(params=["ar", "en"])
def lang_page(request, page_at, site_url):
    page = page_at(f"{site_url}{PREFIX[request.param]}/")
    open_search(page)
    return request.param, page


def test_the_absent_words_are_absent_from_the_site(built_site):
    present = {lang: [w for q in ABSENT[lang].values() for w in q
                      if not nowhere(w, vocabulary(built_site, lang), typo_pages(built_site, lang))]
               for lang in ABSENT}
    assert not any(present.values()), f"these words are on the site: the table must list absent words: {present}"


def test_a_topic_the_report_never_mentions_lists_no_page_for_it(lang_page, built_site):
    lang, page = lang_page
    said = words.group("search", lang)
    absent_label = said["absent"].split("{")[0]
    unmatched = said["unmatched"].split("{")[0]
    vocab = vocabulary(built_site, lang)
    table = {**ABSENT[lang], **{w: [w] for w in generated(vocab, typo_pages(built_site, lang), lang)}}
    wrong = {}
    for query, missing in table.items():
        search(page, query)
        meta = page.inner_text("#tw-search-meta")
        listed = rows(page)
        problems = []
        if not meta.startswith(absent_label) or not all(m in meta for m in missing):
            problems.append(f"meta {meta!r}")
        strong_left = [w for w in query.split() if w not in missing and form(w) not in weak_forms(lang)]
        if not strong_left and listed:
            problems.append(f"listed {[r['url'] for r in listed]}")
        for r in listed:  # pages with the other words: each says it lacks the absent ones
            lacks = r["matched"].split(unmatched, 1)[1] if unmatched in r["matched"] else ""
            if not all(m in lacks for m in missing):
                problems.append(f"{r['url']} does not say it lacks {missing}: {r['matched']!r}")
        if problems:
            wrong[query] = problems
    assert not wrong, wrong


def weak_forms(lang: str) -> set[str]:
    from tawsiyat import equivalences
    loaded = equivalences.load(ROOT / "data" / "equivalences.yml")
    return {form(w) for w in loaded.weak_words[lang]}


def test_nothing_found_offers_the_themes_the_glossary_and_the_other_language(lang_page):
    lang, page = lang_page
    query = next(q for q, missing in ABSENT[lang].items() if missing == q.split())
    search(page, query)
    links = page.eval_on_selector_all(".tw-search-help a", "links => links.map(a => [new URL(a.href).pathname, new URL(a.href).search])")
    paths = [p for p, _ in links]
    assert f"{PREFIX[lang]}/themes/" in paths and f"{PREFIX[lang]}/glossary/" in paths, links
    other = "en" if lang == "ar" else "ar"
    assert any(p == f"{PREFIX[other]}/" and "q=" in s for p, s in links), links


def test_the_other_language_link_opens_the_search_with_the_query(page_at, site_url):
    page = page_at(f"{site_url}/en/?q=consent")
    page.wait_for_function("document.getElementById('tw-search-list').getAttribute('data-query') === 'consent'", timeout=15000)
    assert page.evaluate("document.getElementById('__search').checked")
    assert rows(page)


def normalised_text(text: str) -> str:
    return " ".join(search_terms.normalise(w) for w in re.findall(r"[\w\u064B-\u0655\u0670\u0640]+", text.lower()))


def recommendations_with(lang: str, report_words: list[str]) -> set[str]:
    """The URL paths of the recommendations whose text has every one of the report's words."""
    the_site = site_model()
    wanted = [normalised_text(w) for w in report_words]
    return {f"{PREFIX[lang]}/{p.rel[:-3]}/" for p in the_site.recommendations(lang)
            if all(w in normalised_text(p.body) for w in wanted)}


# what a reader types -> the report's own words for it (the recommendations having them are expected)
READERS = {
    "ar": {"عقوبات رادعة": ["جزاءات", "ردع"],          # the report: «جزاءات … من أجل ردع»
           "المتاجرين بالبشر": ["المتجرين"],             # the report: «المتَّجرين»
           "الاتجر بالاشخاص": ["الاتجار بالأشخاص"],      # a letter left out
           "حماية الضحيا": ["حماية", "الضحايا"],         # a letter left out
           "استغلال الاطفال": ["الأطفال"]},              # hamza on alef left out
    "en": {"trafficing victims": ["trafficking", "victims"],   # a letter left out
           "labor exploitation": ["labour", "exploitation"],   # US spelling
           "victim protection": ["victims", "protection"],     # another form
           "sanctions for users": ["users"]},
}


def test_what_readers_type_finds_the_recommendation(lang_page):
    lang, page = lang_page
    wrong = {}
    for query, report_words in READERS[lang].items():
        expected = recommendations_with(lang, report_words)
        assert expected, (query, report_words)
        found = [r["url"] for r in rows(page)] if search(page, query) is not None else []
        if not expected & set(found[:FIRST]):
            wrong[query] = found[:FIRST]
    assert not wrong, wrong


def test_unodc_finds_its_recommendations_on_the_arabic_site(page_at, site_url):
    """The Arabic says «المكتب» and names it in full; readers type its Latin acronym."""
    the_site = site_model()
    expected = {f"/{p.rel[:-3]}/" for p in the_site.recommendations("ar") if "unodc" in (p.meta.get("addressees") or [])}
    assert expected
    page = page_at(f"{site_url}/")
    open_search(page)
    found = search(page, "UNODC")
    assert expected & set(found[:FIRST]), found[:FIRST]
    # and every one of the first names it (addressed to it, or «المكتب» in its text)
    naming = recommendations_with("ar", ["المكتب"]) | expected | {"/addressees/unodc/"}
    assert set(found[:FIRST]) <= naming, found[:FIRST]
