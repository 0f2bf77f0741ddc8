"""The search equivalences file: validation naming the file and the entry, and the hidden terms
a page gets for the phrases of a group it does not contain."""
from pathlib import Path

import pytest

from tawsiyat import equivalences as eq

from conftest import ROOT  # the tree under test (TAWSIYAT_PROJECT in the second pass)


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "equivalences.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_project_file_is_valid_and_covers_both_languages():
    loaded = eq.load(ROOT / "data" / "equivalences.yml")
    assert loaded.groups["ar"] and loaded.groups["en"]
    assert loaded.paragraph_words["ar"] and loaded.paragraph_words["en"]
    assert loaded.weak_words["ar"] and loaded.weak_words["en"] and 0 < loaded.weak_weight < 1


def test_a_page_gets_the_other_phrases_of_its_groups(tmp_path):
    loaded = eq.load(write(tmp_path, """
ar:
  - phrases: [حالة استضعاف, حالة الضعف]
en:
  - phrases: [labour, labor]
  - phrases: [trafficking in persons, human trafficking]
"""))
    # the report's wording, with the preposition glued on and diacritics
    terms = loaded.terms("لاستغلال حالةِ الضعف وإساءة", "ar").split()
    assert "استضعاف" in terms
    assert "labor" in loaded.terms("forced Labour in supply chains", "en").split()
    assert "human" in loaded.terms("victims of trafficking in persons", "en").split()
    assert loaded.terms("persons trafficking", "en") == ""  # the words, but not the phrase in order
    assert loaded.terms("nothing relevant", "en") == ""


@pytest.mark.parametrize("text, names", [
    ("ar:\n  - phrases: [حالة الضعف]\n", "ar group 1"),                            # one phrase only
    ("ar:\n  - note: x\n    phrases: [حالة الضعف, labour]\n", "ar group 1 (x)"),      # wrong language (only an acronym may be Latin)
    ("en:\n  - phrases: [labour, labor]\n  - phrases: [Labour, work]\n", "en group 2"),  # a phrase twice
    ("en:\n  - phrases: [a b c d e f g, b]\n", "en group 1"),                         # too long
    ("en:\n  - phrase: [a, b]\n", "en group 1"),                                     # unknown key
    ("fr:\n  - phrases: [a, b]\n", "top level"),
    ("paragraph_words:\n  en: [para 22]\n", "paragraph_words en"),
    ("weak_words:\n  weight: 2\n", "weak_words weight"),
    ("weak_words:\n  en: [in, on the]\n", "weak_words en"),                          # two words
    ("weak_words:\n  en: [in, no]\n", "weak_words en"),                             # YAML reads no as false
    ("weak_words:\n  ar: [في, of]\n", "weak_words ar"),                             # wrong language
    ("weak_words:\n  ar: [إلى, الى]\n", "weak_words ar"),                           # one word after normalisation
    ("weak_words:\n  fr: [de]\n", "weak_words"),
])
def test_a_bad_entry_is_named(tmp_path, text, names):
    path = write(tmp_path, text)
    with pytest.raises(eq.EquivalenceError) as err:
        eq.load(path)
    assert str(path) in str(err.value) and names in str(err.value)


def test_weak_words_and_their_weight_are_read(tmp_path):
    loaded = eq.load(write(tmp_path, 'weak_words:\n  weight: 0.25\n  ar: [عبر, في]\n  en: [via, "on"]\n'))
    assert loaded.weak_weight == 0.25
    assert loaded.weak_words == {"ar": ["عبر", "في"], "en": ["via", "on"]}
    assert eq.load(write(tmp_path, "en:\n  - phrases: [a, b]\n")).weak_words == {"ar": [], "en": []}



def test_an_arabic_group_may_hold_a_latin_acronym_and_nothing_else_latin(tmp_path):
    loaded = eq.load(write(tmp_path, "ar:\n  - phrases: [UNODC, المكتب]\n"))
    assert "unodc" in loaded.terms("دعا المكتب إلى", "ar").split()
    assert "المكتب" in loaded.terms("ما يقوم به UNODC", "ar").split() or "مكتب" in loaded.terms("ما يقوم به UNODC", "ar").split()
    with pytest.raises(eq.EquivalenceError):
        eq.load(write(tmp_path, "ar:\n  - phrases: [Unodc office, المكتب]\n"))
