"""The English edition against the Arabic: glossary terms, numbers, symbols, script."""
import re

import pytest

from conftest import ROOT, site_model
from tawsiyat import glossary, source, symbols, words
from tawsiyat.htmltext import markdown_to_text
from tawsiyat.source import to_ascii_digits

SITE = site_model()
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


def _english_texts():
    """Every English text the project writes: each page whole (front matter titles included)
    and every English label and description of the vocabulary."""
    for path in sorted((ROOT / "docs" / "en").rglob("*.md")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "en" and isinstance(value, str):
                    yield where, value
                else:
                    yield from walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, f"{where}[{index}]")

    yield from walk(SITE.vocabulary, "vocabulary")
    yield from walk(words.load(ROOT / "data" / "words.yml"), "words")


def test_established_terms_are_used_everywhere():
    """A glossary entry's ``avoid`` wordings (e.g. "not expressly mentioned" for the established
    "not specifically mentioned") appear in no English page, title or vocabulary label."""
    assert any(entry.get("avoid") for entry in GLOSSARY)
    found = [(where, form) for where, text in _english_texts() for _, form in glossary.avoided_terms(text, GLOSSARY)]
    assert not found, f"wordings the glossary rules out: {found}"


def test_a_returning_old_wording_is_caught():
    _, _, ar, en = next(p for p in PAIRS if p[:2] == ("wgtip-2013-11", 43))
    assert "not specifically mentioned" in en
    old = en.replace("not specifically mentioned", "not expressly mentioned", 1)
    assert {form for _, form in glossary.avoided_terms(old, GLOSSARY)} == {"not expressly mentioned"}
    both = en.replace("not specifically mentioned", "not expressly mentioned")
    assert glossary.missing_terms(ar, both, GLOSSARY), "the term itself is required where the Arabic has it"


def test_the_secretariat_is_capitalised_except_after_a_possessive():
    """"the Secretariat" is the term; "the secretariat" is ruled out (at a sentence's start too),
    "its secretariat" and the United Nations Secretariat are not."""
    entry = next(e for e in GLOSSARY if e["ar"] == "الأمانة")
    assert "the secretariat" in entry["avoid"]
    _, _, _, en = next(p for p in PAIRS if p[:2] == ("wgtip-2013-11", 45))
    assert "requested the Secretariat" in en and not glossary.avoided_terms(en, [entry])
    lower = en.replace("the Secretariat", "the secretariat")
    assert {form for _, form in glossary.avoided_terms(lower, [entry])} == {"the secretariat"}
    assert glossary.avoided_terms("The secretariat prepared a paper.", [entry])
    assert not glossary.avoided_terms("The Conference and its secretariat", [entry])
    assert not glossary.avoided_terms("units of the United Nations Secretariat", [entry])


def test_an_avoided_wording_is_matched_in_its_case():
    entry = {"ar": "ورقة", "en": "issue paper", "avoid": ["discussion paper", "Report of the meeting"]}
    found = lambda text: {form for _, form in glossary.avoided_terms(text, [entry])}  # noqa: E731
    assert found("a discussion paper") == {"discussion paper"}
    assert found("Discussion paper on consent") == {"discussion paper"}
    assert found("a Discussion Paper") == set()
    assert found("Report of the meeting") == {"Report of the meeting"}
    assert found("report of the meeting") == set()
