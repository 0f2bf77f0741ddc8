"""Open data: every recommendation, in both languages, as JSON (with its JSON Schema), CSV and
an XLSX workbook; and each index's own list (a theme, an addressee, …) as CSV and JSON.

Beside each facet code (session, section, themes, addressees, strength) the record carries the
code's Arabic and English labels (``themes_ar``, ``themes_en``, …), looked up in the vocabulary at
export time, never copied. The schema's controlled values, codes and labels alike, are taken from
the vocabulary too, so the three never disagree.

The CSV is for programs: RFC 4180 (comma, CRLF, quotes), English snake_case column names, a list
joined with ";" (codes and labels alike, in the same order), a byte order mark so that spreadsheet
programs read it as UTF-8, and no ``sep=`` line (Excel alone reads it; other readers take it for
data). A list facet also has one column per vocabulary value (``theme_consent``,
``addressee_unodc``: 1 or 0), so that "equals unodc" finds every recommendation addressed to
UNODC. The workbook is for people: one sheet per language, right-to-left for Arabic, column names
in the sheet's language (data/words.yml ``exports``), a tick column per theme and addressee, and
it opens right in Excel whatever the locale's list separator. Output is deterministic (no
timestamps, stable order: the workbook's dates are fixed) so two builds give identical files.
"""
from __future__ import annotations

import csv
import datetime
import io
import json

from . import notices, words
from .htmltext import plain_text
from .pages import Page, prefix, url_of
from .site import Site

# facet field -> its vocabulary group; each is followed by its labels, FIELD_ar and FIELD_en
FACETS = {"session": "sessions", "section": "sections", "themes": "themes",
          "addressees": "addressees", "strength": "strengths"}
LANGS = ("ar", "en")
LIST_FACETS = {"themes", "addressees"}


def _with_labels(*names: str) -> list[str]:
    out = []
    for name in names:
        out.append(name)
        if name in FACETS:
            out.extend(f"{name}_{lang}" for lang in LANGS)
    return out


FIELDS = _with_labels("id", "session", "paragraph", "section", "themes", "addressees", "strength",
                      "title_ar", "text_ar", "title_en", "text_en", "url_ar", "url_en", "citation",
                      "verified")
LIST_FIELDS = {f for name in LIST_FACETS for f in (name, *(f"{name}_{lang}" for lang in LANGS))}
JSON_NAME, CSV_NAME, SCHEMA_NAME = "recommendations.json", "recommendations.csv", "recommendations.schema.json"
XLSX_NAME = "recommendations.xlsx"
# each list facet's tick columns: one per vocabulary value, named SINGULAR_CODE
TICKS = {"themes": "theme", "addressees": "addressee"}


def list_path(folder: str, value: str, ext: str) -> str:
    """Where one index's list is written, under the site's data/ folder: data/themes/consent.csv."""
    return f"{folder}/{value}.{ext}"


def tick_columns(vocab: dict) -> list[tuple[str, str, str]]:
    """(column, field, code) of every tick column, in the vocabulary's order."""
    return [(f"{singular}_{code}", field, code) for field, singular in TICKS.items() for code in vocab[field]]


def rec_id(page: Page) -> str:
    """A recommendation's id in the exports: session/paragraph (unique: a paragraph number alone
    is not, across meetings)."""
    return f"{page.meta['session']}/{page.meta['paragraph']}"


def page_url(site_url: str, lang: str, rel: str) -> str:
    return site_url.rstrip("/") + "/" + prefix(lang) + url_of(rel)


def _text(page: Page) -> str:
    """The paragraph text as a reader sees it, whitespace folded."""
    return " ".join(plain_text(b.body) for b in page.paragraph_blocks.values())


def label(vocab: dict, field: str, code: str | None, lang: str) -> str | None:
    """The vocabulary's label of a facet code in ``lang`` (None for no code: a meeting without
    agenda sections)."""
    return None if code is None else vocab[FACETS[field]][code]["label"][lang]


def _labels(vocab: dict, record: dict) -> dict:
    """The record with each facet code followed by its Arabic and English labels."""
    out = {}
    for key, value in record.items():
        out[key] = value
        if key in FACETS:
            for lang in LANGS:
                out[f"{key}_{lang}"] = ([label(vocab, key, v, lang) for v in value] if key in LIST_FACETS
                                        else label(vocab, key, value, lang))
    return out


def records(site: Site, site_url: str) -> list[dict]:
    out = []
    for ar in site.recommendations("ar"):
        en = site.page("en", ar.rel)
        meta = ar.meta
        symbol = site.vocabulary["sessions"][meta["session"]].get("report_symbol")
        out.append(_labels(site.vocabulary, {
            "id": rec_id(ar),
            "session": meta["session"],
            "paragraph": meta["paragraph"],
            "section": meta.get("section"),  # a meeting may have no agenda sections
            "themes": list(meta["themes"]),
            "addressees": list(meta["addressees"]),
            "strength": meta["strength"],
            "title_ar": meta["title"],
            "text_ar": _text(ar),
            "title_en": en.meta["title"] if en else None,
            "text_en": _text(en) if en else None,
            "url_ar": page_url(site_url, "ar", ar.rel),
            "url_en": page_url(site_url, "en", ar.rel),
            "citation": f"{symbol}, para. {meta['paragraph']}" if symbol else None,
            # whether the Arabic is proven against its report's source (the meeting has `source:`)
            "verified": not notices.unverified_session(site.vocabulary["sessions"][meta["session"]]),
        }))
    return out


def _label_properties(vocab: dict) -> dict:
    """Schema of the label fields: each an enum of the vocabulary's labels (a list for a list facet)."""
    props = {}
    for field, group in FACETS.items():
        for lang in LANGS:
            values = {"enum": sorted({label(vocab, field, code, lang) for code in vocab[group]})}
            what = f"the {'Arabic' if lang == 'ar' else 'English'} label of `{field}` (vocabulary.yml: {group})"
            if field in LIST_FACETS:
                values = {"type": "array", "minItems": 1, "items": values,
                          "description": what + ", one per code, in the same order"}
            else:
                values["description"] = what
                if field == "section":  # a meeting may have no agenda sections
                    values["enum"].append(None)
            props[f"{field}_{lang}"] = values
    return props


def json_schema(vocab: dict) -> dict:
    enum = lambda name: sorted(vocab[name])  # noqa: E731
    string = {"type": "string", "minLength": 1}
    labels = _label_properties(vocab)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_NAME,
        "title": "Tawsiyat recommendations",
        "description": "Recommendations of the UN Working Group on Trafficking in Persons: the official Arabic "
                       "version of each report and the project's unofficial English translation from it, with the "
                       "project's classification.",
        "type": "object",
        "required": ["count", "recommendations"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
            "recommendations": {"type": "array", "items": {
                "type": "object",
                "additionalProperties": False,
                "required": FIELDS,
                "properties": {**labels,
                    "id": {**string, "description": "session/paragraph, unique"},
                    "session": {"enum": enum("sessions"), "description": "the meeting that adopted it (vocabulary.yml: sessions)"},
                    "paragraph": {"type": "integer", "minimum": 1, "description": "paragraph number in the report"},
                    "section": {"enum": [*enum("sections"), None], "description": "agenda section of its meeting (vocabulary.yml: sections), null when the meeting has none"},
                    "themes": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": enum("themes")}},
                    "addressees": {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": enum("addressees")}},
                    "strength": {"enum": enum("strengths"), "description": "the operative verb"},
                    "title_ar": {**string, "description": "descriptive title (the project's; the report gives its paragraphs none)"},
                    "text_ar": {**string, "description": "the text of the report's official Arabic version"},
                    "title_en": {"type": ["string", "null"]},
                    "text_en": {"type": ["string", "null"], "description": "the project's unofficial English translation"},
                    "url_ar": {"type": "string", "format": "uri"},
                    "url_en": {"type": "string", "format": "uri"},
                    "citation": {"type": ["string", "null"], "description": "document symbol and paragraph"},
                    "verified": {"type": "boolean", "description": "true when the Arabic text is checked, letter by letter, against the text extracted from its report (its meeting has a source); false when nothing checks it"},
                },
            }},
        },
    }


def to_json(rows: list[dict], schema: str = SCHEMA_NAME) -> str:
    return _json_of([_json_row(row) for row in rows], schema)


def _json_row(row: dict) -> str:
    """One record as it stands in the file's list (indented), written once however many lists
    hold it: the index lists repeat every record several times."""
    return "    " + json.dumps(row, ensure_ascii=False, indent=2).replace("\n", "\n    ")


def _json_of(rows: list[str], schema: str) -> str:
    """The file of records already written by _json_row: what json.dumps(indent=2) writes."""
    head = json.dumps({"$schema": schema, "count": len(rows)}, ensure_ascii=False, indent=2)[:-2]
    body = "[\n" + ",\n".join(rows) + "\n  ]" if rows else "[]"
    return f'{head},\n  "recommendations": {body}\n}}\n'


LIST_SEPARATOR = ";"


def _joined(field: str, values: list[str]) -> str:
    for value in values:
        if LIST_SEPARATOR in value:
            raise ValueError(f"{field}: {value!r} contains the CSV list separator {LIST_SEPARATOR!r}")
    return LIST_SEPARATOR.join(values)


def to_csv(rows: list[dict], vocab: dict | None = None) -> str:
    """RFC 4180 CSV of ``rows``; with ``vocab``, followed by a 1/0 column per list facet value."""
    ticks = tick_columns(vocab) if vocab else []
    return _csv_head(ticks) + "".join(_csv_row(row, ticks) for row in rows)


def _csv_head(ticks: list) -> str:
    return _csv_line(FIELDS + [t[0] for t in ticks])


def _csv_line(values: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()


def _cell(value) -> str | int:
    """A scalar field as CSV writes it: nothing for None, true/false for a flag."""
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else value


def _csv_row(row: dict, ticks: list[tuple[str, str, str]]) -> str:
    """One record's CSV line (with its tick columns), written once however many lists hold it."""
    cells = [_joined(k, row[k]) if k in LIST_FIELDS else _cell(row[k]) for k in FIELDS]
    return _csv_line(cells + [int(code in row[field]) for _, field, code in ticks])


# The workbook's sheets: each shows these record fields, under their names in data/words.yml
# `exports` (in the sheet's language); a list is joined with the language's comma.
SHEET_FIELDS = ("id", "session", "paragraph", "section", "strength", "themes", "addressees",
                "title", "text", "url", "citation")
FIXED_DATE = datetime.datetime(2000, 1, 1)  # the workbook's creation date: the same in every build
TICK = "\u2713"


def _sheet_value(row: dict, field: str, lang: str):
    """A field of the record as the sheet of ``lang`` shows it: labels in its language, a list
    joined with its comma."""
    if field in ("id", "paragraph", "citation"):
        return row[field]
    value = row[f"{field}_{lang}"]
    return words.word("exports", "separator", lang).join(value) if isinstance(value, list) else value


def to_xlsx(rows: list[dict], vocab: dict) -> bytes:
    """The workbook: one sheet per language (Arabic first, right-to-left), a header row in the
    sheet's language, frozen and filterable, and a tick column per theme and addressee."""
    import xlsxwriter  # only the build needs it

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": words.word("exports", "workbook", "en"), "created": FIXED_DATE})
    for lang in LANGS:
        names = words.group("exports", lang)
        head = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8EEF1",
                                "reading_order": 2 if lang == "ar" else 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top", "reading_order": 2 if lang == "ar" else 1})
        cell = book.add_format({"valign": "top", "reading_order": 2 if lang == "ar" else 1})
        tick = book.add_format({"align": "center", "valign": "top"})
        sheet = book.add_worksheet(names["sheet"])
        if lang == "ar":
            sheet.right_to_left()
        ticks = tick_columns(vocab)
        tick_names = [f"{words.load()['facets'][TICKS[field]]['label'][lang]}: {vocab[field][code]['label'][lang]}"
                      for _, field, code in ticks]
        for col, name in enumerate([names[f] for f in SHEET_FIELDS] + tick_names):
            sheet.write_string(0, col, name, head)
        for r, row in enumerate(rows, start=1):
            for col, field in enumerate(SHEET_FIELDS):
                value = _sheet_value(row, field, lang)
                if value is None:
                    continue
                if isinstance(value, int):
                    sheet.write_number(r, col, value, cell)
                else:
                    sheet.write_string(r, col, value, wrap if field in ("title", "text") else cell)
            for col, (_, field, code) in enumerate(ticks, start=len(SHEET_FIELDS)):
                if code in row[field]:
                    sheet.write_string(r, col, TICK, tick)
        widths = {"id": 16, "session": 34, "paragraph": 8, "section": 28, "strength": 22, "themes": 30,
                  "addressees": 30, "title": 36, "text": 90, "url": 30, "citation": 28}
        for col, field in enumerate(SHEET_FIELDS):
            sheet.set_column(col, col, widths[field])
        sheet.set_column(len(SHEET_FIELDS), len(SHEET_FIELDS) + len(ticks) - 1, 14)
        sheet.freeze_panes(1, 0)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.repeat_rows(0)  # printed, each page starts with the column names
        sheet.autofilter(0, 0, len(rows), len(SHEET_FIELDS) + len(ticks) - 1)
    book.close()
    return buffer.getvalue()


def _schema_text(vocab: dict) -> str:
    return json.dumps(json_schema(vocab), ensure_ascii=False, indent=2) + "\n"


def write_all(site: Site, site_url: str, out_dir, lists: dict[str, dict[str, list[str]]] | None = None) -> list:
    """The whole exports, and with ``lists`` (index folder -> value -> the ids it lists, in its
    order) each index's own CSV and JSON at data/<folder>/<value>.csv (an empty list gets none)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = records(site, site_url)
    vocab = site.vocabulary
    # each record written once as JSON and as a CSV line, then put in every file holding it (what
    # to_json and to_csv write)
    ticks = tick_columns(vocab)
    as_json = {row["id"]: _json_row(row) for row in rows}
    as_csv = {row["id"]: _csv_row(row, ticks) for row in rows}
    head = "\ufeff" + _csv_head(ticks)  # a BOM so spreadsheet programs read UTF-8

    def json_and_csv(ids, schema: str) -> tuple[str, str]:
        return _json_of([as_json[i] for i in ids], schema), head + "".join(as_csv[i] for i in ids)

    files = dict(zip((JSON_NAME, CSV_NAME), json_and_csv([row["id"] for row in rows], SCHEMA_NAME)))
    files[SCHEMA_NAME] = _schema_text(vocab)
    files[XLSX_NAME] = to_xlsx(rows, vocab)
    for folder, values in (lists or {}).items():
        for value, ids in values.items():
            if ids:
                files[list_path(folder, value, "json")], files[list_path(folder, value, "csv")] = (
                    json_and_csv(ids, "../" + SCHEMA_NAME))
    written = []
    for name, content in files.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        written.append(path)
    return written
