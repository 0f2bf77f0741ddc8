"""The site navigation rendered once per folder and language for the pages outside it
(hooks/nav_cache.py) is exactly what Material renders on each page: the real project built
without that hook gives the same pages, byte for byte, in both languages."""
from __future__ import annotations

import pytest

from conftest import copy_project, mkdocs_build

pytestmark = pytest.mark.build


def test_the_navigation_cache_changes_no_page(built_site, tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - hooks/nav_cache.py\n" in text
    config.write_text(text.replace("  - hooks/nav_cache.py\n", ""), encoding="utf-8")
    site = tmp_path / "site"
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr + result.stdout

    pages = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html")
                   if "/pagefind/" not in p.as_posix())
    assert any(p.startswith("en/recommendations/") for p in pages) and any(p.startswith("themes/") for p in pages)
    differing = [p for p in pages if (site / p).read_bytes() != (built_site / p).read_bytes()]
    assert differing == [], f"{len(differing)} page(s) differ without the navigation cache: {differing[:10]}"
