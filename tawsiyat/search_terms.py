"""Arabic search normalisation, shared by the indexer (Python) and the search box (JavaScript).

Pagefind already folds diacritics and stems Arabic, but it keeps hamza forms of alef apart, keeps
ى and ي, ة and ه apart, and does not strip the conjunction و or the prepositions ب ل ك ف glued
to a word (so اساءة does not find وإساءة). The build therefore adds, to every Arabic page, a hidden
run of *search terms*: each Arabic word normalised, and again without its prefix. The search box
normalises the query with the same rules, which it reads from ``RULES`` (emitted as JSON into
every page), so the two sides cannot drift apart.
"""
from __future__ import annotations

import functools
import re
import unicodedata

RULES = {
    # characters removed outright: tatweel and the Arabic diacritics (harakat, tanween, shadda,
    # sukun, superscript alef) — Unicode category Mn in the Arabic block
    "strip": "\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670",
    # letters folded to one form
    "fold": {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"},
    # a final taa marbuta reads as haa
    "final": {"ة": "ه"},
    # letter pairs written two ways: the seat of hamza before waw (المسئولية / المسؤولية,
    # شئون / شؤون) and hamza on the line before it
    "replace": [["ئو", "ؤو"], ["ءو", "ؤو"]],
    # prefixes removed from a query word, longest first: the article and its glued forms
    "query_prefixes": ["وبال", "وال", "بال", "كال", "فال", "لل", "ال"],
    # prefixes removed from an indexed word, longest first (the article, conjunctions,
    # prepositions); a prefix is removed only if at least `min_stem` letters remain
    "index_prefixes": ["وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"],
    "min_stem": 3,
}

ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0655\u0670\u0671]+")


def normalise(word: str) -> str:
    word = unicodedata.normalize("NFC", word)
    word = "".join(RULES["fold"].get(c, c) for c in word if c not in RULES["strip"])
    for old, new in RULES["replace"]:
        word = word.replace(old, new)
    if word and word[-1] in RULES["final"]:
        word = word[:-1] + RULES["final"][word[-1]]
    return word


def strip_prefix(word: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= RULES["min_stem"]:
            return word[len(prefix):]
    return word


def query_form(word: str) -> str:
    """What the search box sends for one typed word."""
    return strip_prefix(normalise(word), RULES["query_prefixes"])


@functools.lru_cache(maxsize=65536)
def index_forms(word: str) -> frozenset[str]:
    """The forms under which one word of the text is findable (cached: words recur a lot)."""
    norm = normalise(word)
    forms = {norm, strip_prefix(norm, RULES["index_prefixes"])}
    forms.add(strip_prefix(norm, RULES["query_prefixes"]))
    # و/ف + article (وال is listed) and ب/ل/ك + word: strip a single letter, then the article
    single = strip_prefix(norm, ["و", "ف"])
    forms.add(strip_prefix(single, RULES["query_prefixes"]))
    return frozenset(f for f in forms if f)


@functools.lru_cache(maxsize=65536)
def new_forms(word: str) -> tuple[str, ...]:
    """The forms of one word that its written form does not already give Pagefind, which folds
    diacritics itself (a form that differs from the word only by them adds nothing)."""
    bare = "".join(c for c in unicodedata.normalize("NFC", word) if c not in RULES["strip"])
    return tuple(form for form in sorted(index_forms(word)) if form != bare)


_LATIN_WORD = re.compile(r"[A-Za-z]+")
# the shortest word a typo is looked for in (the search box, search-core.js MIN_TYPO)
MIN_VOCABULARY_WORD = 4


def vocabulary(text: str, lang: str) -> set[str]:
    """The distinct words of a page's text as the search box compares a query word with them
    (Arabic: normalised, with and without the article and glued prepositions, as ``index_forms``;
    other languages: lower-cased),
    for its typo correction: a query word found nowhere is compared with these (issue 27)."""
    if lang == "ar":
        words = {form for w in ARABIC_WORD.findall(text) for form in index_forms(w)}
        words |= {w.lower() for w in _LATIN_WORD.findall(text)}
    else:
        words = {w.lower() for w in _LATIN_WORD.findall(text)}
    return {w for w in words if len(w) >= MIN_VOCABULARY_WORD}


def terms(text: str) -> str:
    """The hidden search terms of an Arabic text: every new form of its words, once each."""
    seen: dict[str, None] = {}
    for word in ARABIC_WORD.findall(text):
        for form in new_forms(word):
            seen.setdefault(form, None)
    return " ".join(seen)
