"""The English edition against the Arabic: glossary terms, numbers, symbols, script."""
import re

import pytest

from conftest import ROOT
from tawsiyat import glossary, site, symbols
from tawsiyat.htmltext import markdown_to_text
from tawsiyat.project import Project
from tawsiyat.source import to_ascii_digits

SITE = site.load(Project(ROOT))
GLOSSARY = glossary.load(ROOT / "data" / "glossary.yml")
PAIRS = []
for en_page in SITE.pages["en"]:
    ar_page = SITE.page("ar", en_page.rel)
    for number, block in en_page.paragraph_blocks.items():
        PAIRS.append((number, markdown_to_text(ar_page.paragraph_blocks[number].body), markdown_to_text(block.body)))
PAIRS.sort()


def test_all_71_paragraphs_are_translated():
    assert [n for n, _, _ in PAIRS] == list(range(1, 72))


@pytest.mark.parametrize("number, ar, en", PAIRS, ids=[str(p[0]) for p in PAIRS])
def test_paragraph_consistency(number, ar, en):
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
