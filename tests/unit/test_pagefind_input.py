"""What Pagefind is given of a built page (tawsiyat.pagefind_input): the data-pagefind-body
element whole, however deep its divs nest, with the page's language and title; nothing for a page
without one; an error for one never closed."""
import pytest

from tawsiyat.pagefind_input import BODY, indexed_part

PAGE = ('<!doctype html>\n<html lang="ar" class="no-js" dir="rtl"><head><meta charset="utf-8">\n<title>العنوان – توصيات</title>'
        '<link rel="stylesheet" href="x.css"></head><body><div class="md-container"><nav><div>القائمة</div></nav>'
        f'{BODY}<div class="a"><div>نص <b>الفقرة</b></div></div>\n<span hidden></span><div hidden>terms</div></div>'
        '<footer><div>تذييل</div></footer></div></body></html>')


def test_the_body_element_whole_with_language_and_title():
    part = indexed_part(PAGE)
    assert '<html lang="ar" class="no-js" dir="rtl">' in part
    assert "<title>العنوان – توصيات</title>" in part
    assert f'{BODY}<div class="a"><div>نص <b>الفقرة</b></div></div>\n<span hidden></span><div hidden>terms</div></div></body>' in part
    for outside in ("القائمة", "تذييل", "x.css"):
        assert outside not in part


def test_a_page_without_the_element_gives_nothing():
    assert indexed_part(PAGE.replace(BODY, "<div>")) is None


def test_an_element_never_closed_is_an_error():
    with pytest.raises(ValueError, match="not closed"):
        indexed_part(PAGE[: PAGE.index("<footer>") - len("</div>") * 2])


def test_a_copy_is_written_only_for_a_page_pagefind_reads(tmp_path):
    from tawsiyat.pagefind_input import copy_indexed_part

    assert copy_indexed_part(PAGE, tmp_path / "a" / "index.html")
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == indexed_part(PAGE)
    assert not copy_indexed_part(PAGE.replace(BODY, "<div>"), tmp_path / "b" / "index.html")
    assert not (tmp_path / "b").exists()
