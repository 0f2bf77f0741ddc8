"""Assertions on a built site, derived from its project's data and pages (never from literal
counts), shared by the tests of the real site and of a copy holding another meeting's
recommendations (test_many_meetings.py)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import frontmatter
import jsonschema
import yaml

from conftest import read_html
from tawsiyat import site as site_mod
from tawsiyat.pages import url_of
from tawsiyat.project import Project

FACETS = {"theme": ("themes", "themes"), "addressee": ("addressees", "addressees"),
          "session": ("session", "sessions"), "strength": ("strength", "strengths"),
          "section": ("section", "sections")}


def model(project: Path) -> site_mod.Site:
    """The site model of ``project``: the tree under test (which no test changes) is read once per
    session (conftest.site_model); a copy in tmp_path, which a test may have changed, is read each time."""
    from conftest import ROOT, site_model

    if Path(project).resolve() == ROOT:
        return site_model()
    return site_mod.load(Project(project))


def recommendations(project: Path, lang: str = "ar"):
    """The recommendation pages of one language, in reading order (meeting, then paragraph)."""
    return model(project).recommendations(lang)


def url(lang: str, rel: str) -> str:
    return ("" if lang == "ar" else f"{lang}/") + url_of(rel).rstrip("/")


def front_matter(project: Path, lang: str) -> dict[str, dict]:
    """rel (e.g. recommendations/05) -> front matter, read straight from the files."""
    base = project / "docs" / lang / "recommendations"
    return {f"recommendations/{p.relative_to(base).with_suffix('').as_posix()}": frontmatter.load(p).metadata
            for p in sorted(base.rglob("*.md"))}


def listed(html: str, facet: str, value: str) -> list[str]:
    for match in re.finditer(r'<div ([^>]*class="tw-facet-list"[^>]*)>(.*?)</div>', html, re.S):
        if f'data-facet="{facet}"' in match.group(1) and f'data-value="{value}"' in match.group(1):
            return [re.sub(r"^(\.\./)+", "", href).rstrip("/") for href in re.findall(r'href="([^"]+)"', match.group(2))]
    raise AssertionError(f"no list for {facet}={value}")


def check_indexes(project: Path, site: Path) -> None:
    """Every facet value's page lists exactly the recommendations carrying it, in both languages."""
    vocab = yaml.safe_load((project / "data/vocabulary.yml").read_text(encoding="utf-8"))
    for lang, prefix in (("ar", ""), ("en", "en/")):
        meta = front_matter(project, lang)
        for facet, (key, vocabulary) in FACETS.items():
            for value in vocab[vocabulary]:
                expected = [rel for rel, m in meta.items()
                            if value in (m.get(key) if isinstance(m.get(key), list) else [m.get(key)])]
                html = read_html(site, f"{prefix}{vocabulary}/{value}")
                assert f'<html lang="{lang}"' in html
                got = listed(html, facet, value)
                assert sorted(got) == sorted(expected), (lang, facet, value)
                assert f'data-count="{len(expected)}"' in html
                ids = [f"{meta[rel]['session']}/{meta[rel]['paragraph']}" for rel in got]
                check_downloads(site / f"{prefix}{vocabulary}/{value}", html, ids, ("csv", "json"))


def downloads(page_dir: Path, html: str) -> dict[str, Path]:
    """The data files a page offers (its "download" links): format -> file in the built site."""
    return {fmt: (page_dir / href).resolve()
            for href, fmt in re.findall(r'<a href="([^"]+)" download data-format="(\w+)"', html)}


def check_downloads(page_dir: Path, html: str, ids: list[str], formats: tuple[str, ...]) -> None:
    """The page links a file of each format holding exactly the recommendations ``ids`` it lists,
    in its order, or, listing none, no file."""
    files = downloads(page_dir, html)
    if not ids:
        assert not files, page_dir
        return
    assert sorted(files) == sorted(formats), (page_dir, files)
    for fmt, path in files.items():
        if fmt == "json":
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data["count"] == len(ids) and [r["id"] for r in data["recommendations"]] == ids, path
            schema = json.loads((path.parent / data["$schema"]).read_text(encoding="utf-8"))
            jsonschema.validate(data, schema)
        elif fmt == "csv":
            table = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
            assert [r["id"] for r in table] == ids, path
        else:
            assert path.is_file() and path.stat().st_size, path


def check_recommendation_pages(project: Path, site: Path) -> None:
    """Each recommendation page of both languages marks its paragraph once, with its meeting."""
    for lang in ("ar", "en"):
        for page in recommendations(project, lang):
            number, session = page.meta["paragraph"], page.meta["session"]
            html = read_html(site, url(lang, page.rel))
            elements = re.findall(r'<div class="tw-para-text"[^>]*>', html)
            assert len(elements) == 1, page.label
            tag = elements[0]
            assert f'data-paragraph="{number}"' in tag and f'data-session="{session}"' in tag and f'id="p-{number}"' in tag


def switcher_links(html: str) -> dict[str, str]:
    """hreflang -> href of the language menu entries."""
    menu = html[html.index('class="md-select__list"'):]
    menu = menu[: menu.index("</ul>")]
    return dict((lang, href) for href, lang in re.findall(r'href="([^"]+)"[^>]*hreflang="(\w+)"', menu))


def check_twins(project: Path, site: Path) -> None:
    """Every recommendation switches to its own twin (same meeting, same paragraph) and back."""
    vocab = model(project).vocabulary
    for page in recommendations(project, "ar"):
        ar = switcher_links(read_html(site, url("ar", page.rel)))
        en_html = read_html(site, url("en", page.rel))
        en = switcher_links(en_html)
        assert ar["en"].rstrip("/").endswith(url("en", page.rel)), ar
        assert en["ar"].rstrip("/").endswith(url("ar", page.rel)) and "/en/" not in en["ar"], en
        symbol = vocab["sessions"][page.meta["session"]]["report_symbol"]
        assert "Unofficial translation" in en_html and symbol in en_html, page.rel
        assert "may be out of date" not in en_html and "Not yet translated" not in en_html, page.rel


def check_exports(project: Path, site: Path) -> None:
    """The exports hold every recommendation once, identified by (meeting, paragraph), in reading order."""
    data = json.loads((site / "data/recommendations.json").read_text(encoding="utf-8"))
    schema = json.loads((site / "data/recommendations.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    rows = data["recommendations"]
    pages = recommendations(project, "ar")
    assert data["count"] == len(pages) == len(rows)
    assert [(r["session"], r["paragraph"]) for r in rows] == [(p.meta["session"], p.meta["paragraph"]) for p in pages]
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["text_ar"] and r["text_en"] and r["title_en"] for r in rows)
    assert [r["url_en"] for r in rows] == [f"{r['url_ar'].split('/recommendations/')[0]}/en/recommendations/"
                                           + r["url_ar"].split("/recommendations/", 1)[1] for r in rows]
    table = list(csv.DictReader(io.StringIO((site / "data/recommendations.csv").read_text(encoding="utf-8-sig"))))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    assert [r["themes"] for r in table] == [";".join(r["themes"]) for r in rows]
    # each recommendation says whether its Arabic is verified: its meeting has a source, or not
    vocab = model(project).vocabulary
    assert [r["verified"] for r in rows] == [bool(vocab["sessions"][p.meta["session"]].get("source")) for p in pages]
    assert [r["verified"] for r in table] == [str(r["verified"]).lower() for r in rows]


def check_translation_pairs(project: Path) -> None:
    """Every English paragraph has its Arabic paragraph of the same meeting and number, and every
    paragraph of every meeting with a source is translated."""
    the_site = model(project)
    pairs = set()
    for en_page in the_site.pages["en"]:
        ar_page = the_site.page("ar", en_page.rel)
        assert ar_page is not None, en_page.label
        for number in en_page.paragraph_blocks:
            assert number in ar_page.paragraph_blocks, (en_page.label, number)
            pairs.add((ar_page.meta.get("session"), number))
    from tawsiyat import source

    for session in the_site.vocabulary["sessions"]:
        path = the_site.project.source_file(session)
        if path is not None:
            assert {n for s, n in pairs if s == session} == set(source.load(path).paragraphs), session
