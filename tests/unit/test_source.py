from conftest import ROOT
from tawsiyat import source

REPORT_TEXT = (ROOT / "source" / "report-2013-ar.txt").read_text(encoding="utf-8")
REPORT = source.cut(REPORT_TEXT)


# The SHA-256 of the report's extraction as the project received it (the seed file
# 000_17173b3236f89751.txt): kept here, so the check runs on every machine and in every tree.
SEED_SHA256 = "8577f34cf59f89d6f67446fefde834f127da15e7dd9c104415e5d8e0f2ca2d7e"


def test_source_copy_is_byte_for_byte_the_seed():
    import hashlib

    data = (ROOT / "source" / "report-2013-ar.txt").read_bytes()
    assert data and hashlib.sha256(data).hexdigest() == SEED_SHA256
    seed = ROOT.parent / "shared" / "seed" / "000_17173b3236f89751.txt"
    if seed.exists():  # and, where the seed itself is at hand, against it
        assert data == seed.read_bytes()


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


def test_a_numbering_that_does_not_start_at_1_is_named():
    text = "عنوان\nيجب على الدول  -٧\nينبغي للدول  -٨\n"
    assert source.cut(text).paragraphs == {}
    problem = source.numbering_problem(text)
    assert problem and "-٧ (line 2), not -١" in problem
    assert source.numbering_problem(REPORT_TEXT) is None


def test_each_paragraph_knows_the_section_heading_it_stands_under():
    marks = source.sections_by_paragraph(REPORT)
    assert set(marks) == set(REPORT.paragraphs)
    level2 = [p.mark for p in REPORT.of_kind("heading") if p.level == 2]
    assert level2 and set(level2) <= set(marks.values()) | {None}
    # the paragraph right after each section heading stands under it
    for index, part in enumerate(REPORT.parts):
        if part.kind == "heading" and part.level == 2:
            following = next((p for p in REPORT.parts[index + 1:] if p.kind in ("paragraph", "heading")), None)
            if following is not None and following.kind == "paragraph":
                assert marks[following.number] == part.mark
