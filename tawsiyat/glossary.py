"""The bilingual glossary (data/glossary.yml) and the term-consistency check that uses it."""
from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from . import yaml_reading

from .fidelity import TATWEEL
from .htmltext import escape_marking_language


def load(path: Path) -> list[dict]:
    return yaml_reading.safe_load(path.read_text(encoding="utf-8"))


def fold_arabic(text: str) -> str:
    """Arabic without diacritics or tatweel, for matching terms."""
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if c != TATWEEL and not unicodedata.category(c).startswith("M")).replace("\u0640", "")


def _folded_regex(term: str) -> re.Pattern:
    return re.compile(r"(?<![\u0621-\u064A])" + re.escape(fold_arabic(term)))


def english_forms(entry: dict) -> list[str]:
    return [entry["en"], *entry.get("variants", [])]


def missing_terms(arabic: str, english: str, entries: list[dict]) -> list[dict]:
    """Glossary entries used in the Arabic whose English term is absent from the English."""
    folded, lower = fold_arabic(arabic), english.lower()
    return [e for e in entries
            if _folded_regex(e["ar"]).search(folded)
            and not any(form.lower() in lower for form in english_forms(e))]


def avoided_terms(english: str, entries: list[dict]) -> list[tuple[dict, str]]:
    """Wordings an entry rules out (its ``avoid`` list) that occur in ``english``, whatever the
    Arabic says: an established term, once adopted, must not come back in another wording. Case
    is part of a wording ("the secretariat" is ruled out where "the Secretariat" is the term), so
    each is matched as written and with its first letter capitalised, as at the start of a
    sentence or a title."""
    return [(e, form) for e in entries for form in e.get("avoid", [])
            if form in english or form[:1].upper() + form[1:] in english]


# The class of the element holding the glossary table on its page. The table repeats the report's
# own terms, so the search index leaves it out (hooks/search.py): indexed, the glossary would have
# every word of most queries about the subject and rank above the recommendations themselves.
TABLE_CLASS = "tw-glossary"

HEADERS = {
    "ar": ("المصطلح بالعربية", "المصطلح بالإنكليزية", "ملاحظة"),
    "en": ("Arabic term", "English term", "Note"),
}


def headword(entry: dict) -> dict:
    """The term as the page shows it: its ``headword`` where the matched fragments (``ar``,
    ``en``) are not a whole term, else those."""
    return entry.get("headword") or {"ar": entry["ar"], "en": entry["en"]}


def _cell(text: str) -> str:
    return html.escape(str(text)).replace("|", "&#124;").replace("\n", " ")


def _note_cell(text: str, lang: str) -> str:
    """A note in ``lang``, the words it quotes in the other language marked as such."""
    return escape_marking_language(str(text), lang).replace("|", "&#124;").replace("\n", " ")


def table_markdown(entries: list[dict], lang: str) -> str:
    """The glossary as a Markdown table for a page in ``lang``; the other language's words carry
    their own lang and dir."""
    ar_head, en_head, note_head = HEADERS[lang]
    rows = [f"| {ar_head} | {en_head} | {note_head} |", "| --- | --- | --- |"]
    for entry in entries:
        head = headword(entry)
        ar = f'<span lang="ar" dir="rtl">{_cell(head["ar"])}</span>' if lang != "ar" else _cell(head["ar"])
        en_terms = _cell(head["en"]) if "headword" in entry else " / ".join(_cell(t) for t in english_forms(entry))
        en = f'<span lang="en" dir="ltr">{en_terms}</span>' if lang != "en" else en_terms
        arabic_note = lang == "ar" and entry.get("note_ar")
        note = _note_cell(arabic_note, "ar") if arabic_note else _note_cell(entry.get("note") or "", "en")
        if note and lang != "en" and not arabic_note:  # the English note, marked as English
            note = f'<span lang="en" dir="ltr">{note}</span>'
        rows.append(f"| {ar} | {en} | {note} |")
    return f'<div class="{TABLE_CLASS}" markdown>\n\n' + "\n".join(rows) + "\n\n</div>\n"
