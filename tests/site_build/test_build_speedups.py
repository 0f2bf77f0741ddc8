"""The two ways the build saves time change nothing in the site, and hide no error.

- hooks/nav_cache.py renders Material's navigation once per folder and language for the pages
  outside it;
- hooks/parallel_languages.py builds the other languages in a forked child process while the
  default language builds (and joins the two halves of static-i18n's sitemap).

The real project built without either (Material's own navigation on every page, static-i18n's
own loop over the languages, one after the other) gives the same files as the session's build,
byte for byte (the sitemap's gzip copy decompressed; Pagefind's bundles are compared by the
ProperDocs test, and their filter chunks differ between any two builds). And a warning that only
the child sees still stops a --strict build."""
from __future__ import annotations

import gzip
import subprocess
import sys

import pytest

from conftest import copy_project, mkdocs_build

pytestmark = pytest.mark.build

HOOKS = ("  - hooks/nav_cache.py\n", "  - hooks/parallel_languages.py\n")


def _content(path) -> bytes:
    return gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()


def test_the_site_is_the_same_without_the_speedups(built_site, tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for hook in HOOKS:
        assert hook in text
        text = text.replace(hook, "")
    config.write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr + result.stdout

    def files(root):
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    ours, theirs = files(built_site), files(site)
    assert ours == theirs
    assert {"sitemap.xml", "en/recommendations/05/index.html", "themes/consent/index.html"} <= ours
    differing = [name for name in sorted(ours) if _content(built_site / name) != _content(site / name)]
    assert differing == [], f"{len(differing)} file(s) differ without the speedups: {differing[:10]}"


def test_a_warning_only_the_other_language_has_stops_a_strict_build(tmp_path):
    project = copy_project(tmp_path / "project")
    glossary = project / "docs" / "en" / "glossary.md"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n[a page](no-such-page.md)\n", encoding="utf-8")
    # not quiet: under -q MkDocs drops warnings before --strict can count them, in any build
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                             "-d", str(tmp_path / "site")], capture_output=True, text=True, cwd=project)
    assert result.returncode != 0
    assert "'en/no-such-page.md' is not found" in result.stderr
    assert "Aborted with 1 warnings in strict mode" in result.stderr  # the child's
