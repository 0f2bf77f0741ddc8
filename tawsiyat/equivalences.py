"""Search equivalences (data/equivalences.yml): the words readers type for what the report says
in other words — the Protocol's defined terms, common usage, US and UK spellings.

Pagefind matches every word of a query (an AND), and has no synonyms. The equivalences are
therefore applied where the text is indexed: a page containing one phrase of a group gets the
words of the group's other phrases among its hidden search terms (hooks/search.py), so a query in
any phrase of the group finds it, and a query mixing them ("اساءة استغلال حالة استضعاف" against
the report's "لاستغلال حالة الضعف وإساءة") finds it too. The query side needs nothing but the
normalisation it already applies (tawsiyat.search_terms), which this module uses to compare words.

The same file lists, per language, the *weak words* of a query (prepositions, articles,
conjunctions) and the weight they count with: the search box ranks the pages that have every other
word of a query first whether or not they have these (overrides/assets/js/search.js).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import search_terms, yaml_reading

LANGUAGES = ("ar", "en")
MAX_WORDS = 6
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671]")
_LATIN_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
# Latin acronyms Arabic readers type for what the Arabic names in full (UNODC for «المكتب»):
# the only Latin words an Arabic phrase may hold
_ACRONYM = re.compile(r"^[A-Z]{2,10}$")
_ARABIC_TEXT_WORD = re.compile(search_terms.ARABIC_WORD.pattern + r"|[A-Za-z]{2,}")


class EquivalenceError(ValueError):
    """A bad entry in the equivalences file; the message names the file and the entry."""


@functools.lru_cache(maxsize=65536)
def _arabic_key(word: str) -> str:
    return search_terms.strip_prefix(search_terms.normalise(word), search_terms.RULES["index_prefixes"])


def words_of(text: str, lang: str) -> list[str]:
    """The comparable form of each word of ``text``: Arabic words normalised and stripped of the
    article and attached prepositions as the indexer does (cached: words recur a lot); English
    words lower-cased."""
    if lang == "ar":
        return [_arabic_key(w) if _ARABIC_LETTER.search(w) else w.lower() for w in _ARABIC_TEXT_WORD.findall(text)]
    return _LATIN_WORD.findall(text.lower())


def _forms(phrase: str, lang: str) -> list[str]:
    """What a page gets as hidden terms for a phrase it does not contain."""
    if lang == "ar":
        out: list[str] = []
        for word in _ARABIC_TEXT_WORD.findall(phrase):
            out.extend(sorted(search_terms.index_forms(word)) if _ARABIC_LETTER.search(word) else [word.lower()])
        return out
    return _LATIN_WORD.findall(phrase.lower())


@dataclass
class Equivalences:
    groups: dict[str, list[list[str]]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})
    paragraph_words: dict[str, list[str]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})
    weak_words: dict[str, list[str]] = field(default_factory=lambda: {lang: [] for lang in LANGUAGES})
    weak_weight: float = 1.0
    # per language: the comparable key of each phrase (" w1 w2 ") -> the group index it belongs to
    _keys: dict[str, dict[str, int]] = field(default_factory=dict)
    _first: dict[str, set[str]] = field(default_factory=dict)

    def terms(self, text: str, lang: str) -> str:
        """The hidden terms one page's text gets: the other phrases of every group it matches."""
        keys = self._keys.get(lang)
        if not keys:
            return ""
        words = words_of(text, lang)
        if not self._first[lang] & set(words):
            return ""
        joined = " " + " ".join(words) + " "
        matched: dict[int, set[str]] = {}
        for key, group in keys.items():
            if key in joined:
                matched.setdefault(group, set()).add(key)
        out: dict[str, None] = {}
        for group, present in matched.items():
            for phrase in self.groups[lang][group]:
                if " " + " ".join(words_of(phrase, lang)) + " " not in present:
                    for form in _forms(phrase, lang):
                        out.setdefault(form, None)
        return " ".join(out)


def _fail(path: Path, where: str, message: str):
    raise EquivalenceError(f"{path}: {where}: {message}")


def load(path: Path) -> Equivalences:
    """Read and validate the equivalences file; raise EquivalenceError naming the file and entry."""
    try:
        data = yaml_reading.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise EquivalenceError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        _fail(path, "top level", "must be a mapping with the keys ar, en, paragraph_words, weak_words")
    unknown = set(data) - {*LANGUAGES, "paragraph_words", "weak_words"}
    if unknown:
        _fail(path, "top level", f"unknown key(s) {sorted(unknown)}; expected ar, en, paragraph_words, weak_words")
    result = Equivalences()
    for lang in LANGUAGES:
        entries = data.get(lang) or []
        if not isinstance(entries, list):
            _fail(path, lang, "must be a list of groups")
        keys: dict[str, int] = {}
        for i, entry in enumerate(entries, 1):
            where = f"{lang} group {i}"
            if not isinstance(entry, dict):
                _fail(path, where, f"must be a mapping with 'phrases' (and an optional 'note'), got {entry!r}")
            if entry.get("note"):
                where += f" ({entry['note']})"
            extra = set(entry) - {"note", "phrases"}
            if extra:
                _fail(path, where, f"unknown key(s) {sorted(extra)}; expected phrases, note")
            phrases = entry.get("phrases")
            if not isinstance(phrases, list) or len(phrases) < 2:
                _fail(path, where, "'phrases' must list at least two phrases")
            group_keys: list[str] = []
            for phrase in phrases:
                if not isinstance(phrase, str) or not phrase.strip():
                    _fail(path, where, f"every phrase must be non-empty text, got {phrase!r}")
                arabic = bool(_ARABIC_LETTER.search(phrase))
                # an Arabic phrase: Arabic words, or a Latin acronym a reader types for them
                foreign = lang == "ar" and any(not _ARABIC_LETTER.search(w) and not _ACRONYM.match(w)
                                               for w in phrase.split())
                if (arabic != (lang == "ar") and not (lang == "ar" and _ACRONYM.match(phrase.strip()))) or foreign \
                        or (lang == "en" and re.search(r"[^\x00-\x7F]", phrase)):
                    _fail(path, where, f"phrase {phrase!r} is not in the language of its section ({lang})")
                words = words_of(phrase, lang)
                if not words:
                    _fail(path, where, f"phrase {phrase!r} has no word")
                if len(words) > MAX_WORDS:
                    _fail(path, where, f"phrase {phrase!r} has more than {MAX_WORDS} words")
                key = " " + " ".join(words) + " "
                if key in group_keys:
                    _fail(path, where, f"phrase {phrase!r} repeats another phrase of the group "
                                       "(after normalisation)")
                if key in keys:
                    _fail(path, where, f"phrase {phrase!r} is already in {lang} group {keys[key] + 1}")
                group_keys.append(key)
            for key in group_keys:
                keys[key] = len(result.groups[lang])
            result.groups[lang].append([p.strip() for p in phrases])
        result._keys[lang] = keys
        result._first[lang] = {key.split()[0] for key in keys}
    words = data.get("paragraph_words") or {}
    if not isinstance(words, dict) or set(words) - set(LANGUAGES):
        _fail(path, "paragraph_words", "must map ar and en to lists of words")
    for lang in LANGUAGES:
        items = words.get(lang) or []
        if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                  for w in items):
            _fail(path, f"paragraph_words {lang}", f"must be a list of single words, got {items!r}")
        result.paragraph_words[lang] = [w.strip() for w in items]
    _load_weak_words(path, data.get("weak_words"), result)
    return result


def _load_weak_words(path: Path, weak, result: Equivalences) -> None:
    if weak is None:
        return
    if not isinstance(weak, dict) or set(weak) - {"weight", *LANGUAGES}:
        _fail(path, "weak_words", "must map weight (a number), ar and en (lists of words)")
    weight = weak.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 1:
        _fail(path, "weak_words weight", f"must be a number from 0 to 1, got {weight!r}")
    result.weak_weight = float(weight)
    for lang in LANGUAGES:
        items = weak.get(lang) or []
        where = f"weak_words {lang}"
        if not isinstance(items, list):
            _fail(path, where, f"must be a list of single words, got {items!r}")
        seen: set[str] = set()
        for item in items:
            if not isinstance(item, str) or not item.strip() or len(item.split()) != 1:
                _fail(path, where, f"every entry must be a single word, got {item!r}")
            if bool(_ARABIC_LETTER.search(item)) != (lang == "ar") or (lang == "en" and re.search(r"[^\x00-\x7F]", item)):
                _fail(path, where, f"word {item!r} is not in the language of its section ({lang})")
            key = search_terms.query_form(item) if lang == "ar" else item.lower()
            if key in seen:
                _fail(path, where, f"word {item!r} repeats another (after normalisation)")
            seen.add(key)
        result.weak_words[lang] = [w.strip() for w in items]


def empty() -> Equivalences:
    """No equivalences (the site built with them switched off)."""
    result = Equivalences()
    for lang in LANGUAGES:
        result._keys[lang] = {}
        result._first[lang] = set()
    return result
