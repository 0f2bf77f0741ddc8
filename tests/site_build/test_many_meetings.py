"""Another meeting's recommendations, added with the documented commands (tests/second_meeting.py:
`new … --session wgtip-2011-10`, filled in, `stamp`, `check`), and the same build assertions as
for the real site: a recommendation is known by its meeting and its paragraph everywhere. (The
whole suite also runs on such a tree: tests/test_second_meeting_suite.py.)"""
import pytest

import second_meeting
from build_assertions import (check_exports, check_indexes, check_recommendation_pages, check_translation_pairs,
                              check_twins, recommendations)
from conftest import copy_project, mkdocs_build, read_html
from tawsiyat.indexes import FACET_BY_NAME
from tawsiyat.project import Project

SESSION = second_meeting.SESSION


@pytest.fixture(scope="module")
def two_meetings(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    if not second_meeting.held(project):  # (in the second pass, the tree under test holds it already)
        second_meeting.add_second_meeting(project)
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
    project, site = two_meetings
    symbol = Project(project).vocabulary["sessions"][SESSION]["report_symbol"]
    for number in second_meeting.PAGES:
        for prefix, label in (("", "ar"), ("en/", "en")):
            html = read_html(site, f"{prefix}{second_meeting.rel(number)[:-3]}")
            footer = html[html.index('class="tw-rec-meta"'):]
            section = FACET_BY_NAME["section"].label[label]
            assert f"<strong>{section}:" not in footer
            assert symbol in footer  # cited by its own meeting's report
