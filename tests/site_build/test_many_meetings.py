"""Another meeting's recommendation, added with the documented commands (`new … --session
wgtip-2010-01`, filled in, `stamp`), and the same build assertions as for the real site: a
recommendation is known by its meeting and its paragraph everywhere."""
import pytest

from build_assertions import (check_exports, check_indexes, check_recommendation_pages, check_translation_pairs,
                              check_twins, recommendations)
from conftest import copy_project, mkdocs_build, read_html, run_cli

SESSION, NUMBER = "wgtip-2010-01", 3  # paragraph 3 also exists in the 2013 report (its introduction)
REL = f"recommendations/{SESSION}/{NUMBER:02d}.md"


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    made = run_cli(project, "new", str(NUMBER), "--session", SESSION, "--themes", "demand,children",
                   "--addressees", "states", "--strength", "should")
    assert made.returncode == 0, made.stderr
    for lang, title, text in (("ar", "خفض الطلب", "ينبغي للدول أن تتخذ تدابير لخفض الطلب."),
                              ("en", "Reducing demand", "States should take measures to reduce demand.")):
        path = project / "docs" / lang / REL
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [f'title: "{title}"' if line.startswith("title:") else text if line.startswith("TODO") else line
                 for line in lines]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stamped = run_cli(project, "stamp", f"docs/en/{REL}")
    assert stamped.returncode == 0 and "1 page(s) stamped" in stamped.stdout, stamped.stdout + stamped.stderr
    check = run_cli(project, "check")
    assert check.returncode == 0, check.stdout
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return project, site


def test_the_new_meeting_is_held_beside_the_first(two_meetings):
    project, _ = two_meetings
    meetings = {p.meta["session"] for p in recommendations(project)}
    assert SESSION in meetings and len(meetings) >= 2


@pytest.mark.parametrize("check", [check_indexes, check_recommendation_pages, check_twins, check_exports])
def test_the_same_build_assertions_hold(two_meetings, check):
    check(*two_meetings)


def test_translations_pair_by_meeting_and_paragraph(two_meetings):
    check_translation_pairs(two_meetings[0])


def test_a_meeting_without_agenda_sections_shows_none(two_meetings):
    _, site = two_meetings
    for prefix, word in (("", "البند"), ("en/", "Agenda section")):
        html = read_html(site, f"{prefix}recommendations/{SESSION}/{NUMBER:02d}")
        footer = html[html.index('class="tw-rec-meta"'):]
        assert f"<strong>{word}:" not in footer
        assert "CTOC/COP/WG.4/2010/6" in footer  # cited by its own meeting's report
