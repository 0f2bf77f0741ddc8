import pytest

from tawsiyat import fidelity, source
from tawsiyat.fidelity_check import annex_rows, compare_annex
from tawsiyat.htmltext import markdown_to_text


def test_order_spacing_tatweel_and_mirrored_parentheses_are_free():
    source_text = "بالأشـــخاص الاتجـار  )المكتب(  ٥١-٤٦،"
    rebuilt = "(المكتب) الاتجار بالأشخاص، ٤٦-٥١"
    assert fidelity.compare("p", source_text, rebuilt) is None


def test_parentheses_count_as_a_pair():
    assert fidelity.signature("(أ)")["()"] == 2
    assert fidelity.compare("p", ")أ)", "(أ)") is None  # extraction mirrored one of them
    mismatch = fidelity.compare("p", "(أ)", "(أ))")
    assert mismatch is not None and "PARENTHESES" in str(mismatch)


def test_an_inserted_comma_is_caught_and_named():
    mismatch = fidelity.compare("paragraph 28", "ولاية قضائية بما يتماشى", "ولاية قضائية، بما يتماشى")
    assert mismatch is not None
    assert mismatch.extra == {"،": 1} and not mismatch.missing
    assert "extra punctuation: ، (ARABIC COMMA, U+060C) x1" in str(mismatch)
    assert "paragraph 28" in str(mismatch)


def test_a_missing_full_stop_is_caught():
    mismatch = fidelity.compare("p", "في هذا الشأن.", "في هذا الشأن")
    assert mismatch is not None and mismatch.missing == {".": 1}
    assert "missing punctuation: . (FULL STOP" in str(mismatch)


@pytest.mark.parametrize("mark", ["؛", ":", "/", "؟", "!", "—", '"', "-", "«"])
def test_every_kind_of_mark_counts(mark):
    assert fidelity.compare("p", "نص", f"نص{mark}") is not None


def test_swapped_guillemets_are_caught():
    assert fidelity.compare("p", "«نص»", "«نص»") is None
    mismatch = fidelity.compare("p", "«نص»", "»نص«")
    assert mismatch is not None and "punctuation order" in str(mismatch)
    # guillemets replaced by straight quotation marks
    assert fidelity.compare("p", "«نص»", '"نص"') is not None


def test_parentheses_closed_before_opened_in_the_reconstruction_are_caught():
    assert fidelity.compare("p", ")أ(", ")أ(") is not None


def test_a_changed_diacritic_is_caught():
    mismatch = fidelity.compare("paragraph 12", "تُشَجَّع", "تشجَّع")
    assert mismatch is not None
    assert "DAMMA" in str(mismatch) and "FATHA" in str(mismatch)
    assert "paragraph 12" in str(mismatch)


def test_a_fixed_spelling_is_caught_as_missing_and_extra():
    mismatch = fidelity.compare("p44", "بشان", "بشأن")
    assert mismatch.missing == {"ا": 1}
    assert mismatch.extra == {"أ": 1}
    text = str(mismatch)
    assert "missing: ا" in text and "extra: أ" in text


def test_digits_count():
    assert fidelity.compare("p", "٢٠١٣", "٢٠١٤") is not None


def test_signature_ignores_tatweel_and_spacing_only():
    assert fidelity.signature("ـ \u00a0\n") == {}
    assert fidelity.signature("a1ب،") == {"a": 1, "1": 1, "ب": 1, "،": 1}


MARKS = '، ؛ : . ( ) / « » ؟ ! — " -'


def test_rendering_markdown_neither_drops_nor_adds_punctuation():
    text = f'نص {MARKS} نص<sup class="tw-fnref"><a href="#fn-1">(١)</a></sup> **غامق** "مقتبس" -- ...'
    assert fidelity.signature(markdown_to_text(text)) == fidelity.signature(
        text.replace('<sup class="tw-fnref"><a href="#fn-1">', "").replace("</a></sup>", "").replace("**", "")
    )


def test_annex_is_compared_row_by_row():
    raw = "رمز الوثيقة\nCTOC/COP/WG.4/2013/1 جدول )ب (١\nCTOC/COP/WG.4/2013/2 ورقة، مع\n"
    (annex,) = source.cut("عنوان\n\n" + "المرفق\n" + raw).of_kind("annex")
    assert len(annex.children) == 2
    table = (
        "<h2>رمز الوثيقة</h2><table><tr><td>CTOC/COP/WG.4/2013/1</td><td>١ (ب)</td><td>جدول</td></tr>"
        "<tr><td>CTOC/COP/WG.4/2013/2</td><td></td><td>ورقة، مع</td></tr></table>"
    )
    preamble, rows = annex_rows(table)
    assert list(rows) == ["CTOC/COP/WG.4/2013/1", "CTOC/COP/WG.4/2013/2"]
    assert compare_annex(annex, table) == []
    # a comma moved from row 2 to row 1: the whole annex still has one, each row is wrong
    moved = table.replace("<td>جدول</td>", "<td>جدول،</td>").replace("ورقة، مع", "ورقة مع")
    labels = [m.label for m in compare_annex(annex, moved)]
    assert labels == ["annex row 1 (CTOC/COP/WG.4/2013/1)", "annex row 2 (CTOC/COP/WG.4/2013/2)"]
