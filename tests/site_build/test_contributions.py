"""What a contributor can break, and how the build answers: every rejection fails `mkdocs build`
(strict or not) with a message naming the file and the field."""
import filecmp
import re
from pathlib import Path

import pytest

from conftest import mkdocs_build, read_html, run_cli

REC = "docs/ar/recommendations/07.md"
REC_EN = "docs/en/recommendations/07.md"


def edit(project: Path, rel: str, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, (rel, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = {
    "unknown theme": (REC, "themes: [corruption]", "themes: [corupton]", ["themes", "corupton", "did you mean 'corruption'"]),
    "missing key": (REC, "strength: should\n", "", ["strength", "is required"]),
    "wrong type": (REC, "paragraph: 7", "paragraph: seven", ["paragraph", "expected a integer"]),
    "unknown key": (REC, "strength: should", "strength: should\ntheme: [corruption]", ["'theme'", "did you mean 'themes'"]),
    "unknown session": (REC, "session: wgtip-2013-11", "session: wgtip-2031-11", ["session", "wgtip-2031-11"]),
    "duplicate paragraph": ("docs/ar/recommendations/08.md", "paragraph: 8\n", "paragraph: 7\n", ["paragraph", "also docs/ar/recommendations/07.md"]),
    "facets disagree": (REC_EN, "strength: should", "strength: must", [REC_EN, "'strength'"]),
    "bad yaml": (REC, "themes: [corruption]", "themes: [corruption", [REC + ":", "invalid YAML"]),
    "script tag": (REC, ":::\n", ":::\n\n<script>alert(1)</script>\n", ["'body'", "<script>"]),
    "iframe": (REC, ":::\n", ":::\n\n<iframe src=\"https://x.org\"></iframe>\n", ["'body'", "<iframe>"]),
    "object": (REC, ":::\n", ":::\n\n<object data=\"x.swf\"></object>\n", ["'body'", "<object>"]),
    "event handler": (REC, ":::\n", ":::\n\n<span onclick=\"alert(1)\">x</span>\n", ["'body'", "onclick"]),
    "javascript link": (REC, ":::\n", ":::\n\n[click](javascript:alert(1))\n", ["'body'", "link URL 'javascript:alert"]),
    "javascript href": (REC, ":::\n", ":::\n\n<a href=\" JavaScript:alert(1)\">x</a>\n", ["'body'", "not allowed"]),
    "markup in title": (REC, "title: ", "title: <img src=x onerror=alert(1)> ", ["'title'", "plain text"]),
    "paragraph block mismatch": (REC, "::: paragraph 7", "::: paragraph 70", ["'paragraph'", "exactly one"]),
}


@pytest.mark.engine  # the checks' answer to inputs the test breaks on 2013's pages: this checkout only
@pytest.mark.parametrize("name", list(CASES))
def test_each_broken_input_fails_the_build_naming_file_and_field(project_copy, tmp_path, name):
    rel, old, new, words = CASES[name]
    edit(project_copy, rel, old, new)
    if name == "duplicate paragraph":
        edit(project_copy, rel, "::: paragraph 8", "::: paragraph 7")
    for strict in (True, False):
        result = mkdocs_build(project_copy, tmp_path / f"site-{strict}", strict=strict)
        output = result.stderr + result.stdout
        assert result.returncode != 0, f"{name}: the build passed (strict={strict})"
        assert rel in output or rel.replace("docs/", "") in output, output[-2000:]
        for word in words:
            assert word in output, (name, word, output[-2000:])
    check = run_cli(project_copy, "check", "schema")
    assert check.returncode == 1 and rel in check.stdout


@pytest.mark.engine  # the checks' answer to an input the test breaks: this checkout only
def test_missing_translation_fails(project_copy, tmp_path):
    (project_copy / REC_EN).unlink()
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/ar/recommendations/07.md: has no en translation" in result.stderr


@pytest.mark.engine  # the engine's escaping of a value the test writes: this checkout only
def test_generated_content_escapes_front_matter_values(project_copy, tmp_path):
    edit(project_copy, REC_EN, "title: ", "title: Corruption & crime \"quoted\" ")
    result = mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = read_html(tmp_path / "site", "en/themes/corruption")
    assert "Corruption &amp; crime &quot;quoted&quot;" in html


@pytest.mark.engine  # the engine's reading of a file the test rewrites: this checkout only
def test_bom_and_windows_line_endings_build_identically(project_copy, tmp_path):
    first = mkdocs_build(project_copy, tmp_path / "plain")
    assert first.returncode == 0, first.stderr
    for rel in (REC, REC_EN):
        path = project_copy / rel
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    second = mkdocs_build(project_copy, tmp_path / "bom")
    assert second.returncode == 0, second.stderr
    for url in ("recommendations/07", "en/recommendations/07", "themes/corruption", "report"):
        assert read_html(tmp_path / "plain", url) == read_html(tmp_path / "bom", url), url


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


# Pagefind writes its filter and metadata indexes from hash maps, in arbitrary order (upstream:
# Pagefind/pagefind#638; fragments and word indexes are stable): their names and bytes may differ.
def _unstable(path: Path) -> bool:
    parts = path.parts[1:] if path.parts[0] == "en" else path.parts  # a bundle per language
    return (parts[0] == "pagefind" and (parts[1] == "filter" or path.suffix == ".pf_meta"
                                        or path.name == "pagefind-entry.json"))


def test_two_builds_of_the_same_commit_are_identical(built_site, tmp_path):
    from conftest import ROOT

    again = tmp_path / "again"
    assert mkdocs_build(ROOT, again).returncode == 0
    dated = {Path("sitemap.xml"), Path("sitemap.xml.gz"), Path("en/sitemap.xml"), Path("en/sitemap.xml.gz")}
    stable = [p for p in _files(built_site) if not _unstable(p)]
    assert stable == [p for p in _files(again) if not _unstable(p)]
    different = [p for p in stable if p not in dated and not filecmp.cmp(built_site / p, again / p, shallow=False)]
    assert different == []


HREF = re.compile(r'(?:href|src)="([^"]+)"')
ID = re.compile(r'\bid="([^"]+)"')


def test_no_broken_internal_link_or_anchor(built_site):
    ids: dict[Path, set[str]] = {}
    broken = []
    pages = [p for p in built_site.rglob("*.html") if "pagefind" not in p.parts]
    for page in pages:
        ids[page] = set(ID.findall(page.read_text(encoding="utf-8")))
    for page in pages:
        for url in HREF.findall(page.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", url) or url.startswith("//"):
                continue
            path, _, anchor = url.partition("#")
            if path.startswith("/"):
                target = (built_site / path.lstrip("/")).resolve()
            else:
                target = page if not path else (page.parent / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)} -> {url}")
                continue
            if anchor and target.suffix == ".html" and anchor not in ids.get(target, set()):
                broken.append(f"{page.relative_to(built_site)} -> {url} (no such anchor)")
    assert broken == [], broken[:20]


def test_edit_this_page_opens_the_right_file(built_site):
    from conftest import ROOT

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    repo = re.search(r"^repo_url: (\S+)", text, re.M).group(1)
    edit_uri = re.search(r"^edit_uri: (\S+)", text, re.M).group(1)
    base = repo.rstrip("/") + "/" + edit_uri
    for url, source in (("recommendations/05", "docs/ar/recommendations/05.md"),
                        ("en/recommendations/05", "docs/en/recommendations/05.md"),
                        ("meeting/annex", "docs/ar/meeting/annex.md"), ("en", "docs/en/index.md")):
        html = read_html(built_site, url)
        links = re.findall(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon" rel="edit">', html)
        assert links == [base + source[len("docs/"):]], (url, links)
        assert (ROOT / source).is_file()


@pytest.mark.engine  # the fidelity check's answer on 2013's source: this checkout only
def test_a_changed_diacritic_in_the_official_text_stops_the_build(project_copy, tmp_path):
    """The build runs the fidelity check of every meeting that has a source (once per build)."""
    edit(project_copy, "docs/ar/recommendations/05.md", "وفقا ", "وفقاً ")
    for strict in (True, False):
        result = mkdocs_build(project_copy, tmp_path / f"site-{strict}", strict=strict)
        output = result.stderr + result.stdout
        assert result.returncode != 0, f"the build passed (strict={strict})"
        assert "paragraph 5 (docs/ar/recommendations/05.md): the text differs" in output, output[-2000:]
        assert "extra: ◌ً (ARABIC FATHATAN, U+064B) x1" in output
        assert output.count("the text differs") == 1  # once per build, not once per language
    check = run_cli(project_copy, "check", "fidelity")
    assert check.returncode == 1 and "paragraph 5" in check.stdout


DATA_CASES = {
    "vocabulary indentation": ("data/vocabulary.yml", "\n    start: 2010-10-19", "\n   start: 2010-10-19", "invalid YAML"),
    "theme label without en": ("data/vocabulary.yml", "label: {ar: الموافقة, en: Consent}", "label: {ar: الموافقة}",
                               "'themes.consent.label': the en text is missing"),
    "glossary term without en": ("data/glossary.yml", "- ar: الدول الأطراف\n  en: States parties\n", "- ar: الدول الأطراف\n",
                                 "'en' is required"),
    "count without a plural form": ("data/words.yml", 'few: "{n} موضوعات مشتركة", ', "", "lacks the CLDR plural form(s) few"),
}


@pytest.mark.engine  # the checks' answer to data the test breaks: this checkout only
@pytest.mark.parametrize("name", list(DATA_CASES))
def test_each_broken_data_file_fails_check_and_build_with_file_and_line(project_copy, tmp_path, name):
    rel, old, new, words = DATA_CASES[name]
    edit(project_copy, rel, old, new)
    result = mkdocs_build(project_copy, tmp_path / "site")
    output = result.stderr + result.stdout
    assert result.returncode != 0 and "Traceback" not in output, output[-3000:]
    assert re.search(re.escape(rel) + r":\d+: ", output) and words in output, output[-3000:]
    check = run_cli(project_copy, "check")
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert re.search(re.escape(rel) + r":\d+: ", check.stdout) and words in check.stdout, check.stdout
