"""The open data exports: labels beside every facet code, the JSON Schema, the CSV, the XLSX."""
import csv
import io
import json
import re
import zipfile
from xml.etree import ElementTree

import jsonschema
import pytest

from conftest import ROOT, site_model
from tawsiyat import exports, words

SITE = site_model()
VOCAB = SITE.vocabulary
PAGES = SITE.recommendations("ar")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("data")
    exports.write_all(SITE, "https://example.org/", out)
    return out


def test_json_validates_against_its_schema_and_has_one_record_per_page(written):
    data = json.loads((written / exports.JSON_NAME).read_text(encoding="utf-8"))
    schema = json.loads((written / exports.SCHEMA_NAME).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(data, schema)
    assert data["count"] == len(PAGES) == len(data["recommendations"])


def test_every_facet_code_has_the_vocabularys_labels_beside_it(written):
    data = json.loads((written / exports.JSON_NAME).read_text(encoding="utf-8"))
    groups = {"session": "sessions", "section": "sections", "themes": "themes",
              "addressees": "addressees", "strength": "strengths"}
    for record, page in zip(data["recommendations"], PAGES):
        for field, group in groups.items():
            codes = page.meta.get(field)  # a meeting without sections: no section
            for lang in ("ar", "en"):
                value = record[f"{field}_{lang}"]
                if isinstance(codes, list):
                    assert record[field] == codes
                    assert value == [VOCAB[group][c]["label"][lang] for c in codes], (record["id"], field, lang)
                else:
                    assert record[field] == codes
                    assert value == (VOCAB[group][codes]["label"][lang] if codes else None), (record["id"], field, lang)


def test_schema_rejects_a_label_that_is_not_the_vocabularys(written):
    data = json.loads((written / exports.JSON_NAME).read_text(encoding="utf-8"))
    schema = json.loads((written / exports.SCHEMA_NAME).read_text(encoding="utf-8"))
    data["recommendations"][0]["strength_en"] = "shall"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    del data["recommendations"][0]["strength_en"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_csv_has_a_bom_one_row_per_recommendation_and_labels_joined_like_codes(written):
    raw = (written / exports.CSV_NAME).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(table) == len(PAGES)
    assert list(table[0]) == exports.FIELDS + [column for column, _, _ in exports.tick_columns(VOCAB)]
    data = json.loads((written / exports.JSON_NAME).read_text(encoding="utf-8"))
    for row, record in zip(table, data["recommendations"]):
        assert row["id"] == record["id"]
        for field in ("themes", "addressees"):
            for key in (field, f"{field}_ar", f"{field}_en"):
                assert row[key].split(";") == record[key]
            assert len(row[f"{field}_ar"].split(";")) == len(row[field].split(";"))
        for key in ("session_ar", "section", "section_en", "strength_ar", "strength_en"):
            assert row[key] == ("" if record[key] is None else record[key])  # CSV writes null as empty
        assert "\n" not in row["text_ar"]


def test_a_label_holding_the_list_separator_is_refused():
    with pytest.raises(ValueError, match="themes_en.*list separator"):
        exports.to_csv([{**{f: "" for f in exports.FIELDS}, "themes_en": ["a;b"], "themes": [], "themes_ar": [],
                         "addressees": [], "addressees_ar": [], "addressees_en": []}])


def test_a_recommendation_without_a_section_exports_null_and_an_empty_cell():
    """A meeting with no sections in the vocabulary: its pages have none, the JSON says null and
    validates, the CSV cell is empty."""
    record = {k: v for k, v in exports.records(SITE, "https://example.org/")[0].items() if not k.startswith("section")}
    row = exports._labels(VOCAB, {**record, "section": None})
    assert row["section_ar"] is None and row["section_en"] is None
    jsonschema.validate(json.loads(exports.to_json([row])), exports.json_schema(VOCAB))
    line = next(csv.DictReader(io.StringIO(exports.to_csv([row]).lstrip("\ufeff"), newline="")))
    assert line["section"] == line["section_ar"] == line["section_en"] == ""


def test_csv_has_a_column_per_theme_and_addressee_that_a_filter_can_use(written):
    """"addressee_unodc equals 1" finds every recommendation addressed to UNODC, also those
    addressed to others as well (one cell "states-parties;unodc" would hide them)."""
    raw = (written / exports.CSV_NAME).read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(raw, newline="")))
    ticks = exports.tick_columns(VOCAB)
    assert len(ticks) == len(VOCAB["themes"]) + len(VOCAB["addressees"])
    shared = 0
    for row, page in zip(table, PAGES, strict=True):
        for column, field, code in ticks:
            assert row[column] == ("1" if code in page.meta[field] else "0"), (row["id"], column)
        shared += len(page.meta["addressees"]) > 1
    assert shared  # the case the columns are for: a recommendation with several addressees


XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_xlsx(data: bytes) -> dict[str, dict]:
    """Each sheet of a workbook (as XlsxWriter writes it: shared strings, numbers): its name ->
    {"rtl": bool, "rows": [[cell text, …], …]}. A reader of the file's XML, so that the test
    needs no second spreadsheet library."""
    book = zipfile.ZipFile(io.BytesIO(data))
    strings = [("".join(t.text or "" for t in si.iter(XLSX + "t")))
               for si in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(XLSX + "si")]
    names = [s.get("name") for s in ElementTree.fromstring(book.read("xl/workbook.xml")).iter(XLSX + "sheet")]
    sheets = {}
    for number, name in enumerate(names, start=1):
        root = ElementTree.fromstring(book.read(f"xl/worksheets/sheet{number}.xml"))
        rows = []
        for row in root.iter(XLSX + "row"):
            cells = {}
            for c in row.iter(XLSX + "c"):
                col = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(re.match(r"[A-Z]+", c.get("r")).group())))
                v = c.find(XLSX + "v")
                if v is not None:
                    cells[col] = strings[int(v.text)] if c.get("t") == "s" else v.text
            rows.append([cells.get(i, "") for i in range(1, max(cells, default=0) + 1)])
        view = root.find(f"{XLSX}sheetViews/{XLSX}sheetView")
        sheets[name] = {"rtl": view is not None and view.get("rightToLeft") == "1", "rows": rows}
    return sheets


def test_xlsx_has_a_sheet_per_language_in_its_words_and_direction(written):
    data = json.loads((written / exports.JSON_NAME).read_text(encoding="utf-8"))["recommendations"]
    sheets = read_xlsx((written / exports.XLSX_NAME).read_bytes())
    assert list(sheets) == [words.word("exports", "sheet", lang) for lang in exports.LANGS]
    ticks = exports.tick_columns(VOCAB)
    for lang, sheet in zip(exports.LANGS, sheets.values()):
        assert sheet["rtl"] == (lang == "ar")
        head, *rows = sheet["rows"]
        fields = list(exports.SHEET_FIELDS)
        assert head[:len(fields)] == [words.word("exports", f, lang) for f in fields]
        assert len(head) == len(fields) + len(ticks)
        assert all(VOCAB[field][code]["label"][lang] in name for name, (_, field, code) in zip(head[len(fields):], ticks))
        assert len(rows) == len(data) == len(PAGES)
        for row, record in zip(rows, data):
            row += [""] * (len(head) - len(row))
            assert row[fields.index("id")] == record["id"]
            assert int(row[fields.index("paragraph")]) == record["paragraph"]
            assert row[fields.index("text")] == record[f"text_{lang}"]  # Arabic intact, whole
            assert row[fields.index("themes")] == words.word("exports", "separator", lang).join(record[f"themes_{lang}"])
            for cell, (_, field, code) in zip(row[len(fields):], ticks):
                assert cell == (exports.TICK if code in record[field] else ""), (lang, record["id"], code)


def test_xlsx_is_the_same_in_every_build():
    """No date of the clock in it: the workbook's dates are fixed, and so are its zip entries'."""
    rows = exports.records(SITE, "https://example.org/")
    first = exports.to_xlsx(rows, VOCAB)
    assert exports.to_xlsx(rows, VOCAB) == first
    book = zipfile.ZipFile(io.BytesIO(first))
    assert len({info.date_time for info in book.infolist()}) == 1
    core = book.read("docProps/core.xml").decode("utf-8")
    dates = re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core)
    assert dates and set(dates) == {exports.FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")}


def test_the_schema_documents_every_file_and_the_tick_columns(written):
    """data/schema.yml `exports` describes each file the build writes (the lists by their pattern)."""
    import yaml
    documented = yaml.safe_load((ROOT / "data" / "schema.yml").read_text(encoding="utf-8"))["exports"]
    for name in (exports.JSON_NAME, exports.CSV_NAME, exports.XLSX_NAME, exports.SCHEMA_NAME):
        assert name in documented and (written / name).is_file()
    assert {"FOLDER/VALUE.csv", "FOLDER/VALUE.json"} <= set(documented)
    for singular in exports.TICKS.values():
        assert f"{singular}_CODE" in documented[exports.CSV_NAME]
