"""The words the site shows, from data/words.yml, and counts written the way each language
writes them: the page's digits and the plural form CLDR's rules choose (through Babel)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.numbers import format_decimal

from . import yaml_reading

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "words.yml"
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# The numbering system of each language's pages: Arabic pages write Arabic-Indic digits.
_NUMBERING = {"ar": "arab"}


@lru_cache(maxsize=None)
def load(path: Path = WORDS_FILE) -> dict:
    return yaml_reading.safe_load(path.read_text(encoding="utf-8"))


def word(group: str, key: str, lang: str) -> str:
    """One label: ``word("indexes", "related", "ar")``."""
    return load()[group][key][lang]


def group(name: str, lang: str) -> dict[str, str]:
    """Every label of a group in one language (for the browser scripts)."""
    return {key: labels[lang] for key, labels in load()[name].items() if lang in labels}


@lru_cache(maxsize=4096)  # Babel is slow and a large build asks for the same few numbers again and again
def number(n: int, lang: str) -> str:
    """``n`` in the page's digits and CLDR grouping: 1234 -> "١٬٢٣٤" on Arabic pages."""
    system = _NUMBERING.get(lang)
    text = format_decimal(n, locale=lang, numbering_system=system) if system else format_decimal(n, locale=lang)
    return text.translate(_ARABIC_INDIC) if system == "arab" else text


def digits(lang: str) -> str:
    """The ten digits, 0 to 9, as the page writes them (for the browser scripts, which would
    otherwise need Intl.NumberFormat: loading its locale data blocks a phone for a quarter second)."""
    return "".join(number(d, lang) for d in range(10))


def plural_category(n: int, lang: str) -> str:
    return Locale.parse(lang).plural_form(n)


@lru_cache(maxsize=4096)
def count(n: int, noun: str, lang: str) -> str:
    """``n`` of a noun with the agreement the language requires: count(2, "result", "ar") ->
    "نتيجتان", count(11, "result", "ar") -> "١١ نتيجة", count(1, "result", "en") -> "1 result"."""
    forms = load()["counts"][noun][lang]
    form = forms.get(plural_category(n, lang)) or forms["other"]
    return form.replace("{n}", number(n, lang))


def counts(lang: str) -> dict[str, dict[str, str]]:
    """Every counted noun's forms in one language (for the browser scripts, which pick the form
    with Intl.PluralRules: the same CLDR rules)."""
    return {noun: langs[lang] for noun, langs in load()["counts"].items()}
