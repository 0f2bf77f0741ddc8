"""The English edition against the Arabic: glossary terms, numbers, symbols, script."""
import re

import pytest

from conftest import ROOT
from tawsiyat import glossary, site, source, symbols
from tawsiyat.htmltext import markdown_to_text
from tawsiyat.project import Project
from tawsiyat.source import to_ascii_digits

SITE = site.load(Project(ROOT))
GLOSSARY = glossary.load(ROOT / "data" / "glossary.yml")
PAIRS = []  # (meeting, paragraph, Arabic, English): a paragraph is known by its meeting and number
for en_page in SITE.pages["en"]:
    ar_page = SITE.page("ar", en_page.rel)
    for number, block in en_page.paragraph_blocks.items():
        PAIRS.append((ar_page.meta.get("session"), number, markdown_to_text(ar_page.paragraph_blocks[number].body),
                      markdown_to_text(block.body)))
PAIRS.sort()


def test_every_paragraph_of_every_report_is_translated():
    for session in SITE.vocabulary["sessions"]:
        path = SITE.project.source_file(session)
        if path is None:
            continue
        translated = sorted(n for s, n, _, _ in PAIRS if s == session)
        assert translated == sorted(source.load(path).paragraphs), session


@pytest.mark.parametrize("session, number, ar, en", PAIRS, ids=[f"{p[0]}-{p[1]}" for p in PAIRS])
def test_paragraph_consistency(session, number, ar, en):
    missing = glossary.missing_terms(ar, en, GLOSSARY)
    assert not missing, f"paragraph {number}: English lacks {[e['en'] for e in missing]}"
    numbers_ar = sorted(re.findall(r"\d+", to_ascii_digits(ar)))
    numbers_en = sorted(re.findall(r"\d+", en))
    assert numbers_ar == numbers_en, f"paragraph {number}: numbers differ"
    assert sorted(symbols.find(ar)) == sorted(symbols.find(en)), f"paragraph {number}: document symbols differ"
    assert not re.search(r"[\u0600-\u06FF]", en), f"paragraph {number}: Arabic script in the English"


def test_glossary_fold_and_match():
    entry = {"ar": "الاتجار بالأشخاص", "en": "trafficking in persons"}
    assert glossary.missing_terms("منع الاتِّجار بالأشـخاص", "prevent trafficking in persons", [entry]) == []
    assert glossary.missing_terms("منع الاتِّجار بالأشخاص", "prevent human trafficking", [entry]) == [entry]
