"""The open data exports: labels beside every facet code, the JSON Schema, the CSV."""
import csv
import io
import json

import jsonschema
import pytest

from conftest import ROOT
from tawsiyat import exports, site
from tawsiyat.project import Project

SITE = site.load(Project(ROOT))
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
    assert list(table[0]) == exports.FIELDS
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
