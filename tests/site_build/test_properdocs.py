"""ProperDocs, the maintained continuation of MkDocs 1.x, builds the same mkdocs.yml to the same site.

The session's ``built_site`` is the ``mkdocs build --strict`` of the real project; this test builds
the same project with ``properdocs build --strict`` into ``tmp_path`` and compares every file of
both languages. What is normalised before comparing, and why:

- the ``<meta name="generator">`` line of each HTML page names the engine and its version;
- ``<lastmod>`` dates in the sitemap are the build date (two builds may straddle midnight), and
  ``sitemap.xml.gz`` is compared decompressed (gzip stores a time stamp);
- Pagefind's filter chunks, ``pagefind.*.pf_meta`` and ``pagefind-entry.json`` are named by and
  hold hashes that differ between two builds by the *same* engine (its filter chunking is not
  deterministic), so for them only their count is compared; every page fragment and word-index
  chunk is compared byte for byte.
"""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, TEST_SITE_URL

pytestmark = [pytest.mark.build, pytest.mark.engine]

GENERATOR = re.compile(r'<meta name="generator" content="[^"]*">')
LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")
VARIABLE = re.compile(r"^(?:en/)?pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$")


def normalised(path) -> bytes:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.suffix in (".html", ".xml", ".gz"):
        text = data.decode("utf-8")
        text = GENERATOR.sub('<meta name="generator" content="">', text)
        text = LASTMOD.sub("<lastmod></lastmod>", text)
        data = text.encode("utf-8")
    return data


def files(site) -> dict[str, object]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}


def test_properdocs_builds_the_same_site_as_mkdocs(built_site, tmp_path):
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": TEST_SITE_URL})  # as built_site
    assert result.returncode == 0, result.stderr + result.stdout

    theirs, ours = files(built_site), files(site)
    variable = {name for name in theirs if VARIABLE.match(name)}
    variable_ours = {name for name in ours if VARIABLE.match(name)}
    assert len(variable_ours) == len(variable)
    assert sorted(set(ours) - set(theirs) - variable_ours) == [], "files only ProperDocs wrote"
    assert sorted(set(theirs) - set(ours) - variable) == [], "files only mkdocs wrote"

    pages = [name for name in theirs if name.endswith(".html")]
    assert any(name.startswith("en/") for name in pages) and any(not name.startswith("en/") for name in pages)
    generator = GENERATOR.search((site / "index.html").read_text(encoding="utf-8")).group(0)
    assert "ProperDocs" in generator, generator
    differing = [name for name in sorted(set(theirs) - variable) if normalised(theirs[name]) != normalised(ours[name])]
    assert differing == [], f"{len(differing)} file(s) differ between mkdocs and ProperDocs: {differing[:10]}"
