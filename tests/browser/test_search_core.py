"""The pure core of the search box (overrides/assets/js/search-core.js), called directly in headless
Chromium with fixed inputs: which page words a query word may match (never a fragment), the words
of a query, a paragraph asked for in either language, typo correction, and the ranking of given
per-word results (order, and the words found nowhere). The Arabic rules are the indexer's own
(tawsiyat.search_terms.RULES), as the build hands them to the page."""
from __future__ import annotations

import pytest

from conftest import ROOT
from tawsiyat import equivalences, search_terms

pytestmark = pytest.mark.browser

CORE = ROOT / "overrides" / "assets" / "js" / "search-core.js"
RULES = search_terms.RULES
EQUIV = equivalences.load(ROOT / "data" / "equivalences.yml")


@pytest.fixture(scope="module")
def core(browser):
    page = browser.new_page()
    page.set_content("<!doctype html><meta charset=utf-8><title>core</title>")
    page.add_script_tag(path=str(CORE))
    # core(expression, *args): evaluates the expression with `core` (the module) and `args`
    yield lambda expr, *args: page.evaluate(
        "([expr, args]) => new Function('core', 'args', 'return ' + expr)(window.TawsiyatSearchCore, args)",
        [expr, list(args)])
    page.close()


# (query word as searched, word of a page, is it the word being typed) -> does it match
TOKENS = [
    # fragments Pagefind substitutes for a word it does not know: never
    ("covid", "C.", True, False),
    ("cryptocurrency", "C.", True, False),
    ("blockchain", "b", True, False),
    ("intelligence", "in", True, False),
    ("artificial", "a", False, False),
    ("مناخ", "من", True, False),
    ("عملات", "عمل", False, False),        # «العملات» is not «عمل»
    ("اصطناعي", "(أ)", True, False),
    # the beginning of a longer word: only while it is being typed
    ("organ", "Organization", False, False),
    ("organ", "Organized", False, False),
    ("organ", "Organization", True, True),
    ("recruitment", "recruitment", False, True),
    ("agenc", "agencies", True, True),
    ("ag", "agencies", True, False),       # too short to match as a beginning
    # another form, a glued article or preposition, a one-letter typo
    ("victims", "victim", False, True),
    ("trafficking", "trafficked.", False, True),
    ("trafficing", "trafficking", False, True),
    ("اتجار", "بالاتجار", False, True),
    ("ضحيا", "الضحايا", False, True),
    ("اتجر", "الاتجار", False, True),
]


def test_a_query_word_matches_a_word_never_a_fragment(core):
    got = core("args[0].map(([q, t, p]) => core.acceptToken(q, t, p, args[1]))", [list(row[:3]) for row in TOKENS], RULES)
    wrong = [(row, g) for row, g in zip(TOKENS, got) if g != row[3]]
    assert not wrong, wrong


def test_the_words_of_a_query(core):
    weak = core("core.weakSet(args[0], args[1])", EQUIV.weak_words["en"], None)
    words = core("core.queryWords(args[0], args[1], null)", "the climate of  Change", weak)
    assert [(w["typed"], w["weak"], w["last"]) for w in words] == [
        ("the", True, False), ("climate", False, False), ("of", True, False), ("Change", False, True)]
    # a space after the last word: no word is being typed
    assert not any(w["last"] for w in core("core.queryWords(args[0], args[1], null)", "climate ", weak))
    weak_ar = core("core.weakSet(args[0], args[1])", EQUIV.weak_words["ar"], RULES)
    words = core("core.queryWords(args[0], args[1], args[2])", "الاتجار عبر الإنترنت", weak_ar, RULES)
    assert [(w["form"], w["weak"]) for w in words] == [
        (search_terms.query_form("الاتجار"), False), ("عبر", True), (search_terms.query_form("الإنترنت"), False)]


def test_a_paragraph_in_either_languages_words(core):
    both = EQUIV.paragraph_words["ar"] + EQUIV.paragraph_words["en"]
    cases = {"para 33": "33", "¶33": "33", "paragraph 33": "33", "الفقرة ٣٣": "33", "فقرة 7": "7",
             "٠٥": "5", "climate 33": None, "33 victims": None}
    got = {q: core("core.paragraphNumber(args[0], args[1])", q, both) for q in cases}
    assert got == cases


def test_a_typo_is_corrected_to_the_commonest_word_one_letter_away(core):
    vocabulary = {"trafficking": 60, "traffic": 1, "victims": 30, "victim": 20, "اتجار": 50, "ضحايا": 40,
                  "اذكاء": 2, "حملات": 9, "عمليات": 2}
    cases = {"trafficing": "trafficking", "victimz": "victims", "اتجر": "اتجار", "ضحيا": "ضحايا",
             "covid": None, "vic": None,
             "ذكاء": None,     # not by its first letter (إذكاء)
             "عملات": None}    # حملات: the first letter; عمليات: too rare to be the word meant
    got = {q: core("core.correct(args[0], args[1], 3)", q, vocabulary) for q in cases}
    assert got == cases


def rank(core, text, outcomes, **options):
    return core("(() => { const a = core.queryWords(args[0], args[1], null);"
                " const r = core.rank(a, args[2], args[3]);"
                " return {order: r.results.map(x => x.id), missing: r.missing,"
                " lack: r.results.map(x => core.lacking(a, x.matched))}; })()",
                text, {w: True for w in ("the", "of", "in", "on")}, outcomes, options)


def hit(page_id, score=1.0, exact=True, title=False):
    return {"id": page_id, "score": score, "exact": exact, "title": title}


# query, the pages each strong word's search gave (already checked), options -> order, missing words
RANKING = [
    # a word found nowhere is named; the pages with the other word follow, each lacking it
    ("climate change", [[], [hit("p1", 2), hit("p2", 3)]], {}, ["p2", "p1"], ["climate"]),
    # every word found nowhere: no result at all
    ("covid blockchain", [[], []], {}, [], ["covid", "blockchain"]),
    # weak words alone never make a result (the search with every word only adds to pages found)
    ("in the", [], {"whole": [{"id": "p1", "score": 5}]}, [], []),
    ("covid in", [[]], {"whole": [{"id": "p1", "score": 5}]}, [], ["covid"]),
    # every word first, then some; among the pages with every word, the exact matches first
    ("recruitment fees", [[hit("a", 1), hit("b", 1), hit("c", 9)], [hit("a", 1, exact=False), hit("b", 1)]],
     {}, ["b", "a", "c"], []),
    # the rarer word weighs more among the pages with some words
    ("fees victims", [[hit("rare", 1)], [hit("common", 1)] + [hit(f"v{i}", 1) for i in range(5)]],
     {"pages": 10}, ["rare", "common", "v0", "v1", "v2", "v3", "v4"], []),
    # index pages after the paragraph pages; the one named by the query (its title) after the first three
    ("consent", [[hit("theme", 9, title=True), hit("section", 8), hit("r1", 3), hit("r2", 2), hit("r3", 1),
                  hit("r4", 0.5)]],
     {"index": {"theme": True, "section": True}}, ["r1", "r2", "r3", "theme", "r4", "section"], []),
]


@pytest.mark.parametrize("text, pages, options, order, missing", RANKING, ids=[r[0] for r in RANKING])
def test_ranking(core, text, pages, options, order, missing):
    outcomes = [{"pages": p, "count": len(p)} for p in pages]
    got = rank(core, text, outcomes, **options)
    assert got["order"] == order
    assert got["missing"] == missing
    # every listed page that lacks a strong word says so, the words found nowhere included
    for lack in got["lack"]:
        assert set(missing) <= set(lack)


def test_a_result_opens_at_the_paragraph_with_the_most_query_words(core):
    """place(): a meeting page of two paragraphs; the second has both words, the first one of them;
    a hit in the hidden terms (after tw-search-terms) is no visible position."""
    content = "p1 words about victims here . p2 victims of online exploitation end hidden online victims"
    tokens = content.split()
    data = {"url": "/meeting/organization/", "content": content,
            "anchors": [{"id": "p-1", "location": 0}, {"id": "p-2", "location": tokens.index("p2")},
                        {"id": "tw-search-terms", "location": tokens.index("hidden")}]}
    got = core("core.place(args[0], args[1], null, [], null, 'http://x/', 'highlight')", data, ["victims", "online"])
    assert got["number"] == "2" and got["url"].endswith("#p-2"), got
    assert "<mark>online</mark>" in got["excerpt"] and "<mark>victims</mark>" in got["excerpt"]
    assert "hidden" not in got["excerpt"]
    # asked for by number: that paragraph, whatever the words
    got = core("core.place(args[0], args[1], '1', [], null, 'http://x/', 'highlight')", data, ["online"])
    assert got["number"] == "1", got
