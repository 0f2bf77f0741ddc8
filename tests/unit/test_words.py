"""Numbers and counts as each language writes them (CLDR through Babel)."""
from __future__ import annotations

from tawsiyat import words


def test_digits_are_the_pages_numbering_system():
    assert words.digits("ar") == "٠١٢٣٤٥٦٧٨٩"
    assert words.digits("en") == "0123456789"


def test_digits_agree_with_number():
    for lang in ("ar", "en"):
        table = words.digits(lang)
        assert "".join(table[int(d)] for d in "2013") == words.number(2013, lang).replace("٬", "").replace(",", "")


def test_a_count_after_a_preposition_takes_the_genitive():
    """«٤ توصيات في فرعين», not «في فرعان» (issue 29 §4): the words file holds the form for each
    context a count is used in; CLDR's categories choose among them, for every number."""
    assert words.count(2, "section", "ar") == "فرعان"
    assert words.count(2, "section_genitive", "ar") == "فرعين"
    holding = words.word("indexes", "holding", "ar").format(count=words.count(4, "recommendation", "ar"),
                                                           sections=words.count(2, "section_genitive", "ar"))
    assert holding == "٤ توصيات في فرعين"
    for n in range(0, 120):
        for lang in ("ar", "en"):
            assert words.count(n, "section_genitive", lang)
