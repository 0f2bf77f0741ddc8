"""The notices of an English page: unofficial always; "not yet translated" before its first
stamp (right after `new`); "may be out of date" when the Arabic changed since."""
from tawsiyat import notices
from tawsiyat.pages import Page

AR = Page("recommendations/03.md", "ar", {"paragraph": 3}, "::: paragraph 3\nنص\n:::")


def english(meta=None):
    return Page("recommendations/03.md", "en", {"paragraph": 3, **(meta or {})}, "::: paragraph 3\nText\n:::")


def test_a_page_never_stamped_is_not_yet_translated():
    text = notices.for_page(english(), AR, "X/1", "../")
    assert "Unofficial translation" in text and "Not yet translated" in text and "out of date" not in text


def test_a_stamped_page_whose_arabic_changed_is_stale():
    text = notices.for_page(english({"translates": {3: "000000000000"}}), AR, "X/1", "../")
    assert "Translation may be out of date" in text and "Not yet translated" not in text


def test_an_up_to_date_page_says_only_unofficial():
    fingerprint = AR.paragraph_blocks[3].fingerprint
    text = notices.for_page(english({"translates": {3: fingerprint}}), AR, "X/1", "../")
    assert "Unofficial translation" in text and "warning" not in text
