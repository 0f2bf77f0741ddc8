from conftest import ROOT
from tawsiyat import source

REPORT = source.load(ROOT / "source" / "report-2013-ar.txt")


def test_source_copy_is_byte_for_byte_the_seed():
    seed = ROOT.parent / "shared" / "seed" / "000_17173b3236f89751.txt"
    if seed.exists():
        assert (ROOT / "source" / "report-2013-ar.txt").read_bytes() == seed.read_bytes()


def test_cuts_71_numbered_paragraphs_in_order():
    assert list(REPORT.paragraphs) == list(range(1, 72))


def test_paragraph_marker_is_removed_from_its_first_line():
    first = REPORT.paragraphs[5].lines[0]
    assert "-٥" not in first and "يجــب" in first


def test_headings_chapters_sections_and_annex():
    marks = [p.mark for p in REPORT.of_kind("heading")]
    assert marks == ["أولاً", "ثانياً", "ألف", "باء", "جيم", "دال", "هاء",
                     "ثالثاً", "ألف", "باء", "جيم", "دال", "هاء", "رابعاً", "المرفق"]
    section_b = REPORT.of_kind("heading")[3]
    assert len(section_b.lines) == 3  # a heading over three lines, with empty lines between


def test_footnote_title_and_annex():
    (footnote,) = REPORT.of_kind("footnote")
    assert "CTOC/COP/WG.4/2011/8" in footnote.text
    (title,) = REPORT.of_kind("title")
    assert "عنتقرير" in title.text
    (annex,) = REPORT.of_kind("annex")
    assert annex.text.count("CTOC/COP/WG.4/") == 10


def test_agenda_items_inside_paragraph_59():
    items = REPORT.paragraphs[59].children
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6, 7]
    assert "المسائل التنظيمية" in items[0].text


def test_markers_are_taken_in_sequence_only():
    text = "نص -١ أول\nسطر فيه -٣ ليس علامة\n-٢ ثان"
    report = source.cut(text)
    assert list(report.paragraphs) == [1, 2]
    assert "-٣" in report.paragraphs[1].text


def test_digit_conversion():
    assert source.to_arabic_digits(2013) == "٢٠١٣"
    assert source.to_ascii_digits("٤٦-٥١") == "46-51"


def test_annex_table_rows():
    (annex,) = REPORT.of_kind("annex")
    rows = annex.children
    assert len(rows) == 10
    assert rows[0].text.strip().startswith("CTOC/COP/WG.4/2013/1")
    assert "٢٠١١" in rows[-1].text and "CTOC/COP/WG.4/2011/8" in rows[-1].text
