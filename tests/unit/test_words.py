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
