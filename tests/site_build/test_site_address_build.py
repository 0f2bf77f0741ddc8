"""Where a citation points (issue 26 §3): a build made as the README says writes the published
address of mkdocs.yml, and no loopback address, into every file; a build with a loopback address
outside `serve` says so, and --strict stops it."""
from __future__ import annotations

import re

import pytest

from conftest import ROOT, configured_site_url, mkdocs_build
from tawsiyat import site_address

pytestmark = pytest.mark.build

LOOPBACK_URL = re.compile(r"[a-z]+://(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])\b", re.I)
# the files the build writes itself (Material's own scripts and their source maps are copied as
# they are: their comments name local hosts, but no link of the site)
WRITTEN = ("*.html", "*.xml", "*.csv", "*.json", "*.bib", "*.ris", "*.txt")


def test_mkdocs_yml_names_a_published_address():
    assert not site_address.loopback(configured_site_url())


@pytest.fixture(scope="module")
def default_build(tmp_path_factory):
    """The site as the README's command builds it: mkdocs.yml's own address."""
    site = tmp_path_factory.mktemp("default-address")
    result = mkdocs_build(ROOT, site, site_url=None)
    assert result.returncode == 0, result.stderr
    return site


def test_the_built_files_point_at_the_published_address_only(default_build):
    built_site = default_build
    published = configured_site_url()
    checked = 0
    for pattern in WRITTEN:
        for path in built_site.rglob(pattern):
            if "assets" in path.relative_to(built_site).parts[:1]:
                continue
            found = LOOPBACK_URL.search(path.read_text(encoding="utf-8", errors="replace"))
            assert found is None, f"{path.relative_to(built_site)}: {found.group(0)}"
            checked += 1
    assert checked > 100
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(loc.startswith(published) for loc in locs)
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{published}">' in home
    assert published in (built_site / "data" / "recommendations.csv").read_text(encoding="utf-8")


def test_a_loopback_address_outside_serve_is_said_and_stops_a_strict_build(tmp_path):
    strict = mkdocs_build(ROOT, tmp_path / "strict", env={"SITE_URL": "http://127.0.0.1:8000/"})
    assert strict.returncode != 0
    assert "site_url is http://127.0.0.1:8000/, a loopback address" in strict.stderr
    lenient = mkdocs_build(ROOT, tmp_path / "lenient", strict=False, env={"SITE_URL": "http://localhost:8000/"})
    assert lenient.returncode == 0, lenient.stderr
    assert lenient.stderr.count("a loopback address") == 1  # once per build, not once per language
