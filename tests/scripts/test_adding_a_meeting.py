"""Adding a meeting never moves a published address (issue 29 §1): where `import` and `new` write
a meeting's recommendations is fixed by its vocabulary entry alone (tawsiyat.pages.folder_of),
not by `order` nor by which meetings have a source. Proven on a copy of the tree under test: a
newer meeting with a source is added and imported, a page of every meeting already holding
recommendations is written again by `new`, and every built path of before is still built after."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import ROOT, add_meeting, mkdocs_build, run_cli
from tawsiyat import pages
from tawsiyat.project import Project
pytestmark = pytest.mark.build
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import second_meeting  # noqa: E402

NEWER = "wgtip-2099-03"


def _built(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_a_newer_sourced_meeting_moves_no_address(project_copy, tmp_path):
    before = mkdocs_build(project_copy, tmp_path / "before")
    assert before.returncode == 0, before.stderr
    built_before = _built(tmp_path / "before")
    assert built_before
    vocab = Project(project_copy).vocabulary
    held = {p.meta["session"]: p for p in pages.load_language(project_copy / "docs", "ar") if p.is_recommendation}
    assert held

    # CONTRIBUTING's steps for a meeting with its source (tests/second_meeting.py: import, reorder, tag,
    # title, headings and report pages, stamp, check), for a meeting after every other
    second_meeting.add_sourced_meeting(project_copy, NEWER, "source/report-2099-ar.txt")
    written = [f"docs/{lang}/recommendations/{NEWER}/{n:02d}.md" for lang in pages.LANGUAGES
               for n, entry in second_meeting.SOURCED_PARAGRAPHS.items() if entry[3]]
    assert all((project_copy / w).is_file() for w in written)

    # every meeting's page, written again by `new`, lands where it was
    for session, page in held.items():
        for lang in pages.LANGUAGES:
            (project_copy / "docs" / lang / page.rel).unlink()
        args = ["new", str(page.meta["paragraph"]), "--session", session, "--themes", ",".join(page.meta["themes"])]
        if page.meta.get("section"):
            args += ["--section", page.meta["section"]]
        result = run_cli(project_copy, *args)
        assert result.returncode == 0, result.stderr
        assert f"wrote docs/ar/{page.rel} " in result.stdout, (page.rel, result.stdout)
        assert page.rel == pages.recommendation_rel(vocab["sessions"], session, page.meta["paragraph"])
        for lang in pages.LANGUAGES:  # the page as it was, for the build below
            (project_copy / "docs" / lang / page.rel).write_text(
                (ROOT / "docs" / lang / page.rel).read_text(encoding="utf-8"), encoding="utf-8")

    after = mkdocs_build(project_copy, tmp_path / "after")
    assert after.returncode == 0, after.stderr
    built_after = _built(tmp_path / "after")
    assert built_before <= built_after, sorted(built_before - built_after)[:10]
    assert any(f"recommendations/{NEWER}/" in path for path in built_after - built_before)


def test_the_vocabulary_refuses_two_meetings_in_one_folder_or_order(project_copy):
    sessions = Project(project_copy).vocabulary["sessions"]
    first = next(iter(sessions))
    add_meeting(project_copy, NEWER, order=sessions[first]["order"], folder=pages.folder_of(sessions, first))
    result = run_cli(project_copy, "check", "data")
    assert result.returncode == 1
    assert f"order {sessions[first]['order']} is also {first}'s" in result.stdout
    assert f"folder docs/<lang>/{pages.folder_of(sessions, first)}/ is also {first}'s" in result.stdout
