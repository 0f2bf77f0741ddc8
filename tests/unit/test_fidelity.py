import unicodedata
from functools import cache

import pytest

from conftest import ROOT, site_model
from tawsiyat import blocks, fidelity, source
from tawsiyat.fidelity_check import annex_rows, check_session, compare_annex, irregular_runs
from tawsiyat.htmltext import markdown_to_text
from tawsiyat.project import Project


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


# --- letter order (issue 20): the extraction never reorders the letters inside a run ---------


SESSION = "wgtip-2013-11"
SOURCE = Project(ROOT).source_file(SESSION)
REPORT = source.load(SOURCE)
IRREGULAR = irregular_runs(SOURCE)


@cache
def reconstructions() -> dict[int, str]:
    """The reconstruction of every paragraph of the report, as its page holds it."""
    the_site = site_model()
    return {block.number: markdown_to_text(block.body)
            for page in the_site.pages["ar"] if page.meta.get("session") == SESSION
            for block in blocks.find_blocks(page.body) if block.kind == "paragraph"}


def rebuilt(number: int) -> str:
    return reconstructions()[number]


def order_check(number: int, text: str) -> list[str]:
    return fidelity.misordered(REPORT.paragraphs[number].text, text, tuple(IRREGULAR.get(f"paragraph {number}", ())))


def test_two_letters_swapped_inside_a_word_fail_naming_the_word():
    text = rebuilt(30)
    assert order_check(30, text) == []
    mismatch = fidelity.compare("paragraph 30", REPORT.paragraphs[30].text, text.replace("الصلات", "الصالت", 1))
    assert mismatch is not None and not mismatch.missing and not mismatch.extra  # the counts agree
    assert any("«الصلات»" in line and "«الصالت»" in line for line in mismatch.letters), mismatch.letters
    assert "letter order" in str(mismatch)


def test_word_order_is_free_and_split_words_are_joined():
    """Word order is restored by hand, not proven; a word the extraction split (ا + لدول) is one."""
    assert fidelity.misordered("لدول ا الأطراف", "الدول الأطراف") == []
    assert fidelity.misordered("الأطراف الدول", "الدول الأطراف") == []
    assert fidelity.misordered("بالأشخاصالتنفيذ", "التنفيذ بالأشخاص") == []  # two words glued
    assert fidelity.misordered("لدول ا", "الودل") != []


def swaps(text: str, shortest: int):
    """Every text made by swapping two different neighbouring letters inside one word of at
    least ``shortest`` letters."""
    words = text.split()
    for i, word in enumerate(words):
        if sum(unicodedata.category(c)[0] == "L" for c in word) < shortest:
            continue
        for k in range(len(word) - 1):
            a, b = word[k], word[k + 1]
            if a != b and unicodedata.category(a)[0] == unicodedata.category(b)[0] == "L":
                yield " ".join(words[:i] + [word[:k] + b + a + word[k + 2:]] + words[i + 1:])


def test_swaps_of_two_letters_in_words_of_four_letters_or_more_are_caught():
    """Every swap of two neighbouring letters inside a word of four letters or more, in every
    paragraph of the report (about 10,500; every fifth is tried here): at least 90 % are caught (93 % measured; paragraphs
    whose source splits many words, such as 15 and 25, fewer; two-letter words are not covered,
    see tawsiyat/fidelity.py)."""
    caught = tried = 0
    for number in REPORT.paragraphs:
        for at, text in enumerate(swaps(rebuilt(number), 4)):
            if at % 5 == 0:
                tried += 1
                caught += bool(order_check(number, text))
    assert tried > 2_000 and caught / tried >= 0.90, (caught, tried)


def test_every_real_paragraph_keeps_the_source_letter_order():
    for number in REPORT.paragraphs:
        assert order_check(number, rebuilt(number)) == [], number


def test_irregular_runs_must_be_runs_of_their_part():
    problems = check_session(REPORT, [], {"paragraph 30": ["الصالت"]}, "x.irregular.yml")
    assert any(p.startswith("x.irregular.yml: paragraph 30: «الصالت» is not a run") for p in problems)


def test_a_space_put_inside_a_word_is_caught():
    """«الإمدا د»: the letters and their order agree, but the source never writes the lone letter
    apart (issue 29 §3). Tried at the end of every word of three letters or more in every paragraph:
    89 % caught (1,620 of 1,824 measured); the rest cut off a letter that the paragraph's source
    itself writes alone elsewhere (a word the extraction split, «ـة»), which gives the cut a reason."""
    tried = caught = 0
    for number in REPORT.paragraphs:
        words = rebuilt(number).split()
        for i, word in enumerate(words):
            if len(word) < 3 or not all(unicodedata.category(c) == "Lo" for c in word[-2:]):
                continue
            tried += 1
            cut = " ".join(words[:i] + [word[:-1], word[-1]] + words[i + 1:])
            caught += any("a space inside a word" in line for line in order_check(number, cut))
    assert tried > 1_000 and caught / tried >= 0.85, (caught, tried)
    assert fidelity.misordered("سلاسل الإمداد", "سلاسل الإمدا د") != []
    assert fidelity.misordered("نيسان١٥و", "و١٥ نيسان") == []  # a letter beside a number is no cut word
