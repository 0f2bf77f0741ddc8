"""The ways the build saves time change nothing in the site, and hide no error.

- hooks/nav_cache.py renders Material's navigation once per folder and language for the pages
  outside it;
- hooks/template_cache.py compiles each template once per process (and YAML is read with libyaml,
  which every build does: tests/unit show the same data and errors);
- hooks/parallel_languages.py builds the other languages in a forked child process while the
  default language builds (and joins the two halves of static-i18n's sitemap);
- hooks/search.py gives Pagefind only the indexed part of each page (tawsiyat.pagefind_input):
  Pagefind run on the whole pages makes the same bundle (its pages, words and filters, whatever
  the order it met the pages in).

The real project built without those hooks (Material's own navigation on every page, each template
compiled at each build, static-i18n's own loop over the languages, one after the other) gives the same files as the session's build,
byte for byte (the sitemap's gzip copy decompressed; Pagefind's bundles are compared by the
ProperDocs test, and their filter chunks differ between any two builds). And a warning that only
the child sees still stops a --strict build. Under serve (hooks/serve_cache.py, serve_watch.py), a
rebuild after a save writes what a first build of the saved tree writes, and each save starts one
rebuild."""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cbor2
import pytest

from conftest import copy_project, mkdocs_build
from tawsiyat.devtools import serveprocess
from tawsiyat.pages import LANGUAGES, prefix
from tawsiyat.pagefind_input import BODY

pytestmark = pytest.mark.build

HOOKS = ("  - hooks/nav_cache.py\n", "  - hooks/template_cache.py\n", "  - hooks/parallel_languages.py\n")


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


def _decoded(path):
    """A Pagefind file: gzip around ``pagefind_dcd`` and CBOR."""
    data = gzip.decompress(path.read_bytes())
    assert data.startswith(b"pagefind_dcd"), path
    return cbor2.loads(data[len(b"pagefind_dcd"):])


def _bundle(folder) -> dict:
    """What a Pagefind bundle holds, whatever order Pagefind met the pages in (which names its
    pages' numbers, and so its word-index and filter files): each page's fragment (named by its
    content) and word count, each word's (and each of its variants') positions per fragment, and
    each filter value's fragments."""
    meta = _decoded(next(folder.glob("pagefind.*.pf_meta")))
    pages = [fragment for fragment, _ in meta[1]]
    words: dict = {}
    for chunk in folder.glob("index/*.pf_index"):
        for word, occurrences, variants in _decoded(chunk)[0]:
            for form, found in [(word, occurrences), *variants]:
                number = 0
                for page, *positions in found:  # page numbers are given as differences
                    number += page
                    words.setdefault((word, form), {})[pages[number]] = positions
    filters = {}
    for chunk in folder.glob("filter/*.pf_filter"):
        name, values = _decoded(chunk)
        filters[name] = {value: sorted(pages[n] for n in numbers) for value, numbers in values}
    fragments = sorted(p.name for p in (folder / "fragment").iterdir())
    return {"pages": sorted(map(tuple, meta[1])), "fragments": fragments, "words": words, "filters": filters}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pagefind_makes_the_same_index_from_the_whole_pages(built_site, tmp_path, lang):
    folder = built_site / prefix(lang)
    others = [prefix(other).strip("/") for other in LANGUAGES if other != lang and prefix(other)]
    glob = ["*.html"] + [f"{d.name}/**/*.html" for d in folder.iterdir() if d.is_dir() and d.name not in others]
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(folder), "--glob", "{" + ",".join(glob) + "}",
                    "--output-path", str(tmp_path / "whole"), "--quiet"], check=True, capture_output=True)
    built, whole = _bundle(folder / "pagefind"), _bundle(tmp_path / "whole")
    marked = [p for p in folder.rglob("*.html")
              if not any(p.is_relative_to(folder / o) for o in others) and BODY in p.read_text(encoding="utf-8")]
    assert len(built["fragments"]) == len(built["pages"]) == len(marked) > 0  # every page marked for the index, once
    assert built["words"] and built["filters"]
    assert built == whole


def test_the_copies_pagefind_reads_are_removed(tmp_path):
    """The indexed copies (hooks/search.py) go when the build ends, and those of a build that was
    killed go at the next build."""
    parents = [p for p in (Path("/dev/shm"), Path(tempfile.gettempdir())) if p.is_dir() and os.access(p, os.W_OK)]
    stale = [parent / "tawsiyat-pagefind-ar-999999999-killed" for parent in parents]  # above any pid_max
    for folder in stale:
        (folder / "recommendations").mkdir(parents=True, exist_ok=True)
    project = copy_project(tmp_path / "project")
    build = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")], cwd=project,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    output, _ = build.communicate()
    assert build.returncode == 0, output
    assert (tmp_path / "site" / "pagefind" / "pagefind-entry.json").exists()
    left = [f for parent in parents for f in parent.glob(f"tawsiyat-pagefind-*-{build.pid}-*")]
    assert left == []
    assert not any(folder.exists() for folder in stale)


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


def _serve_builds(project, site, *extra) -> list[dict]:
    import json

    result = subprocess.run([sys.executable, "-m", "tawsiyat.devtools.servebuild", str(project), str(site), *extra],
                            capture_output=True, text=True, cwd=project)
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


@pytest.mark.engine(in_second_pass=True)  # serve's caching and watching, whatever the data: on one tree, the second pass's when there is one
def test_a_rebuild_of_serve_after_a_save_is_a_first_build_of_the_saved_tree(tmp_path):
    """hooks/serve_cache.py keeps each page's converted Markdown between the rebuilds of serve
    (and hooks/search.py lets the browser reload before Pagefind is done): after a page's title and
    text change, the rebuilds write what a first build of the changed tree writes."""
    from tawsiyat import site as site_mod
    from tawsiyat.pages import prefix, url_of
    from tawsiyat.project import Project

    project = copy_project(tmp_path / "project")
    english = site_mod.load(Project(project)).recommendations("en")
    assert english, "no English recommendation to edit"
    page = f"docs/en/{english[0].rel}"
    served = tmp_path / "served"
    builds = _serve_builds(project, served, "--then-edit", page, "--rebuilds", "2")
    assert [b["build"] for b in builds] == ["first", "rebuild", "rebuild"]
    # the cache was used: the rebuilds kept most pages' Markdown, and converted the edited one again
    first, edited, unchanged = (b["cache"] for b in builds)
    kept = [int(re.search(r"kept from the last build for (\d+)", line[0]).group(1)) for line in (edited, unchanged)]
    converted = [int(re.search(r"converted for (\d+) pages", line[0]).group(1)) for line in (edited, unchanged)]
    assert kept[0] > 0 and converted[0] >= 1 and converted[1] == 0, builds
    fresh = tmp_path / "fresh"
    _serve_builds(project, fresh, "--rebuilds", "0")

    def files(root):
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    assert files(served) == files(fresh)
    html = (served / (prefix("en") + url_of(english[0].rel)) / "index.html").read_text(encoding="utf-8")
    assert "A sentence added to test the rebuilds of serve." in html and "Edited to test the rebuilds of serve" in html
    differing = [name for name in sorted(files(fresh)) if _content(served / name) != _content(fresh / name)]
    assert differing == [], f"{len(differing)} file(s) differ after the rebuilds: {differing[:10]}"
    assert (served / "pagefind" / "pagefind-entry.json").is_file() and (served / "en" / "pagefind" / "pagefind-entry.json").is_file()


@pytest.mark.engine(in_second_pass=True)
def test_serve_rebuilds_once_per_save_and_reloads_with_the_saved_text(tmp_path):
    """hooks/serve_watch.py gives serve the system's change notices (inotify here) instead of its
    half-second polling: each save starts one rebuild (the build reading every file starts none),
    the browser's long poll answers when it is done, and the page has the saved text."""
    import urllib.request

    from tawsiyat import site as site_mod
    from tawsiyat.pages import prefix, url_of
    from tawsiyat.project import Project

    project = copy_project(tmp_path / "project")
    english = site_mod.load(Project(project)).recommendations("en")
    assert english, "no English recommendation to edit"
    page = project / "docs" / "en" / english[0].rel
    url_path = "/" + prefix("en") + url_of(english[0].rel)
    port = serveprocess.free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        server = serveprocess.start(["-a", f"127.0.0.1:{port}"], cwd=project, stdout=out, stderr=subprocess.STDOUT,
                                    text=True, env={**os.environ, "SITE_URL": "https://tawsiyat.test/"})
    try:
        base = f"http://127.0.0.1:{port}"
        html = serveprocess.wait_until_served(base + url_path, server)
        for n in range(2):
            epoch = int(re.search(r"livereload\((\d+),", html).group(1))
            marker = f"Saved text number {n} of the serve test."
            page.write_text(page.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            with urllib.request.urlopen(f"{base}/livereload/{epoch}/1", timeout=90) as answer:
                assert int(answer.read()) > epoch, "the save was not noticed: no rebuild"
            html = urllib.request.urlopen(base + url_path, timeout=30).read().decode("utf-8")
            assert marker in html
        time.sleep(3)  # time for a rebuild the rebuilds might have started by reading the files (none must)
    finally:
        serveprocess.stop(server)
    text = log.read_text(encoding="utf-8")
    assert "watching for saved files with" in text
    assert text.count("Building documentation") == 3, text[-3000:]  # the first build and one per save
