"""Open data: every recommendation, in both languages, as JSON (with its JSON Schema) and CSV.

Beside each facet code (session, section, themes, addressees, strength) the record carries the
code's Arabic and English labels (``themes_ar``, ``themes_en``, …), looked up in the vocabulary at
export time, never copied. The schema's controlled values, codes and labels alike, are taken from
the vocabulary too, so the three never disagree. In the CSV a list is joined with ";" (codes and
labels alike, in the same order), and the file starts with a byte order mark so that spreadsheet
programs read it as UTF-8. Output is deterministic (no timestamps, stable order) so two builds give identical files.
"""
from __future__ import annotations

import csv
import io
import json

from . import notices
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
            "id": f"{meta['session']}/{meta['paragraph']}",
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
                       "text and the project's unofficial English translation, with their classification.",
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
                    "title_ar": {**string, "description": "descriptive title (the project's; the official text has none)"},
                    "text_ar": {**string, "description": "the official Arabic text"},
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


def to_json(rows: list[dict]) -> str:
    data = {"$schema": SCHEMA_NAME, "count": len(rows), "recommendations": rows}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


LIST_SEPARATOR = ";"


def _joined(field: str, values: list[str]) -> str:
    for value in values:
        if LIST_SEPARATOR in value:
            raise ValueError(f"{field}: {value!r} contains the CSV list separator {LIST_SEPARATOR!r}")
    return LIST_SEPARATOR.join(values)


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _joined(k, v) if k in LIST_FIELDS else ("" if v is None else str(v).lower() if isinstance(v, bool) else v)
                         for k, v in row.items()})
    return buffer.getvalue()


def write_all(site: Site, site_url: str, out_dir) -> list:
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = records(site, site_url)
    files = {
        JSON_NAME: to_json(rows),
        CSV_NAME: "\ufeff" + to_csv(rows),  # a BOM so spreadsheet programs read UTF-8
        SCHEMA_NAME: json.dumps(json_schema(site.vocabulary), ensure_ascii=False, indent=2) + "\n",
    }
    written = []
    for name, text in files.items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    return written
