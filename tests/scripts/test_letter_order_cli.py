"""The letter order of the official text, as a contributor meets it (issue 20): two letters swapped
inside a word of ¶30 fail `check fidelity` and the build, naming the paragraph and the word; the
stale check and `stamp` say the official text changed instead of offering to stamp it; a meeting
whose text nothing checks is named by `check`."""
import second_meeting
from conftest import mkdocs_build, run_cli

PAGE = "docs/ar/recommendations/30.md"


def swap_letters(project):
    path = project / PAGE
    head, block = path.read_text(encoding="utf-8").split("::: paragraph 30", 1)
    assert "الصلات" in block  # in the official text, not (only) in the title
    path.write_text(head + "::: paragraph 30" + block.replace("الصلات", "الصالت", 1), encoding="utf-8")


def test_a_letter_swap_fails_check_and_build_naming_paragraph_and_word(project_copy, tmp_path):
    swap_letters(project_copy)
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    assert f"paragraph 30 ({PAGE})" in result.stdout and "letter order" in result.stdout
    assert "«الصلات»" in result.stdout and "«الصالت»" in result.stdout
    built = mkdocs_build(project_copy, tmp_path / "site")
    assert built.returncode != 0
    assert "paragraph 30" in built.stderr and "«الصالت»" in built.stderr


def test_a_changed_official_text_is_never_offered_a_stamp(project_copy):
    swap_letters(project_copy)
    stale = run_cli(project_copy, "check", "stale")
    assert stale.returncode == 1
    line = next(line for line in stale.stdout.splitlines() if "recommendations/30.md" in line)
    assert "differs from its source" in line and "do not stamp" in line and "git checkout" in line
    assert "then run `scripts/dev.sh stamp" not in line
    stamped = run_cli(project_copy, "stamp", "docs/en/recommendations/30.md")
    assert stamped.returncode == 1 and "not stamped" in stamped.stderr
    assert 'translates: {30: "' in (project_copy / "docs/en/recommendations/30.md").read_text(encoding="utf-8")
    assert run_cli(project_copy, "check", "stale").returncode == 1  # still behind: nothing was stamped


def test_an_irregular_run_that_is_not_in_the_source_fails(project_copy):
    listing = project_copy / "source" / "report-2013-ar.irregular.yml"
    listing.write_text(listing.read_text(encoding="utf-8") + "paragraph 30:\n  - الصالت\n", encoding="utf-8")
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1 and "«الصالت» is not a run of that part of the source" in result.stdout


def test_check_names_each_meeting_it_could_not_verify(project_copy):
    if not second_meeting.held(project_copy):
        second_meeting.add_second_meeting(project_copy)
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 0, result.stdout  # pages may come before their meeting's source
    assert "check fidelity: ok" in result.stdout
    assert f"not verified: {second_meeting.SESSION}" in result.stdout and "no `source:`" in result.stdout
