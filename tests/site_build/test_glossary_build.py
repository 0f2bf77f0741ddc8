"""The glossary page as readers see it (issue 21): whole terms (headwords) in both languages, not
the fragments the terms test matches, and the notes of the Arabic page in Arabic."""
import html as html_mod
import re

import pytest

from conftest import ROOT, read_html
from tawsiyat import glossary

pytestmark = pytest.mark.build
ENTRIES = glossary.load(ROOT / "data" / "glossary.yml")


def cells(page: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
    return [[html_mod.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td>(.*?)</td>", r, re.S)]
            for r in rows if "<td>" in r]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_glossary_shows_whole_terms(built_site, prefix):
    rows = cells(read_html(built_site, f"{prefix}glossary"))
    assert len(rows) == len(ENTRIES)
    for row, entry in zip(rows, ENTRIES):
        head = glossary.headword(entry)
        assert row[0] == head["ar"] and head["en"] in row[1], (row, head)
    fragments = {e["ar"] for e in ENTRIES if "headword" in e and e["headword"]["ar"] != e["ar"]}
    assert fragments and not fragments & {row[0] for row in rows}


def raw_cells(page: str) -> list[list[str]]:
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
    return [re.findall(r"<td>(.*?)</td>", r, re.S) for r in rows if "<td>" in r]


ENGLISH_SPAN = re.compile(r'<span lang="en" dir="ltr">[^<]*</span>')
ARABIC_SPAN = re.compile(r'<span lang="ar" dir="rtl">[^<]*</span>')


def test_the_arabic_glossary_notes_are_arabic(built_site):
    """Each note of the Arabic page is its Arabic note; the English words it quotes (the terms
    themselves, UNODC) carry lang="en", and nothing else in it is in Latin script."""
    page = read_html(built_site, "glossary")
    quoted = 0
    for row, raw, entry in zip(cells(page), raw_cells(page), ENTRIES):
        if entry.get("note"):
            assert entry.get("note_ar"), entry["ar"]  # every note has its Arabic
            assert row[2] == entry["note_ar"], row
            quoted += len(ENGLISH_SPAN.findall(raw[2]))
            assert not re.search(r"[A-Za-z]{2,}", html_mod.unescape(ENGLISH_SPAN.sub("", raw[2]))), row
    assert quoted >= any(re.search(r"[A-Za-z]", e.get("note_ar", "")) for e in ENTRIES)


def test_the_english_glossary_notes_mark_the_arabic_they_quote(built_site):
    page = read_html(built_site, "en/glossary")
    quoted = 0
    for raw in raw_cells(page):
        quoted += len(ARABIC_SPAN.findall(raw[2]))
        assert not re.search(r"[\u0600-\u06FF]", ARABIC_SPAN.sub("", raw[2])), raw[2]
    assert quoted >= any(re.search(r"[\u0600-\u06FF]", e.get("note", "")) for e in ENTRIES)


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_glossary_table_is_left_out_of_the_search_index(built_site, prefix):
    """The table repeats the report's terms: indexed, it would hold every word of most queries and
    rank above the recommendations. The page itself stays indexed (its title and introduction)."""
    page = read_html(built_site, f"{prefix}glossary")
    body = page[page.index("data-pagefind-body"):]
    ignored = re.search(rf'<div data-pagefind-ignore="all" class="{glossary.TABLE_CLASS}"[^>]*>(.*?)</div>', body, re.S)
    assert ignored and "<table" in ignored.group(1)
    assert body.count("<table") == ignored.group(1).count("<table")
