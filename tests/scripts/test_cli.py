"""The command line, run as a contributor would, on a copy of the project in tmp_path."""
import re

import pytest

from conftest import ROOT, add_meeting, run_cli
from tawsiyat.project import Project

PROJECT = Project(ROOT)


NEW_MEETING = "wgtip-2099-01"  # conftest.add_meeting's


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_all_checks_pass_on_the_project(project_copy):
    result = run_cli(project_copy, "check")
    assert result.returncode == 0, result.stdout
    assert "check fidelity: ok" in result.stdout


# a change to the official text, and what `check fidelity` must say of it
FIDELITY_FAILURES = {
    "a letter": ("docs/ar/recommendations/44.md", "بشان", "بشأن",
                 ["paragraph 44", "missing: ا (ARABIC LETTER ALEF", "extra: أ (ARABIC LETTER ALEF WITH HAMZA ABOVE"]),
    "an inserted comma": ("docs/ar/recommendations/39.md", "أن تكفل على نحو", "أن تكفل، على نحو",
                          ["paragraph 39", "extra punctuation: ، (ARABIC COMMA, U+060C) x1"]),
    "a comma missing in an annex row": ("docs/ar/meeting/annex.md", "البروتوكول، مع التركيز", "البروتوكول مع التركيز",
                                        ["annex (docs/ar/meeting/annex.md) row 2 (CTOC/COP/WG.4/2013/2)",
                                         "missing punctuation: ، (ARABIC COMMA, U+060C) x1"]),
    "a comma missing in a heading": ("docs/ar/meeting/recommendations.md", "## جيم- كيفية خفض الطلب، بطرائق",
                                     "## جيم- كيفية خفض الطلب بطرائق", ["heading 'جيم'", "punctuation"]),
}


@pytest.mark.parametrize("case", list(FIDELITY_FAILURES))
def test_fidelity_check_fails_naming_what_changed(project_copy, case):
    path, old, new, said = FIDELITY_FAILURES[case]
    _edit(project_copy / path, old, new)
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    for words in said:
        assert words in result.stdout, (case, words)


def test_fidelity_check_fails_on_a_missing_paragraph(project_copy):
    (project_copy / "docs/ar/recommendations/30.md").unlink()
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1 and "paragraph 30: missing" in result.stdout


def test_schema_check_fails_on_unknown_theme(project_copy):
    _edit(project_copy / "docs/ar/recommendations/07.md", "corruption", "corupton")
    result = run_cli(project_copy, "check", "schema")
    assert result.returncode == 1
    assert "docs/ar/recommendations/07.md: field 'themes': unknown value 'corupton'" in result.stdout


def test_stale_check_and_stamp(project_copy):
    assert run_cli(project_copy, "check", "stale").returncode == 0
    _edit(project_copy / "docs/ar/recommendations/09.md", "يمكن للدول", "يمكن  للدول")  # whitespace only
    assert run_cli(project_copy, "check", "stale").returncode == 0
    # a change that keeps the source's letters (two words in the other order): the official text
    # still matches its source, so the translation is behind and may be stamped once updated
    _edit(project_copy / "docs/ar/recommendations/09.md", "لمنع ومكافحة الاتجار", "ومكافحة لمنع الاتجار")
    result = run_cli(project_copy, "check", "stale")
    assert result.returncode == 1 and "docs/en/recommendations/09.md" in result.stdout and "paragraph(s) 9" in result.stdout
    stamped = run_cli(project_copy, "stamp", "recommendations/09.md")
    assert "1 page(s) stamped" in stamped.stdout
    assert run_cli(project_copy, "check", "stale").returncode == 0


def test_cut_shows_a_raw_span(project_copy):
    from tawsiyat import source

    for session in PROJECT.sourced_sessions:
        part = source.load(PROJECT.source_file(session)).paragraphs[1]
        result = run_cli(project_copy, "cut", "--session", session, "--only", "1")
        assert result.returncode == 0 and f"== paragraph 1 (line {part.start_line})" in result.stdout
        assert part.text in result.stdout and session in result.stderr


def test_unknown_check_is_a_usage_error(project_copy):
    assert run_cli(project_copy, "check", "nonsense").returncode == 2


def fill_in(project, rel, arabic="يجب على الدول الأطراف أن تتعاون.", english="States parties must cooperate."):
    """Replace the placeholders `new` wrote in both languages, as a contributor does."""
    for lang, title, text in (("ar", "توصية تجريبية", arabic), ("en", "A test recommendation", english)):
        path = project / "docs" / lang / rel
        lines = path.read_text(encoding="utf-8").splitlines()
        lines = [f'title: "{title}"' if line.startswith("title:") else text if line.startswith("TODO") else line
                 for line in lines]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_new_in_another_meeting_fails_every_check_until_filled_in_and_stamped(project_copy, tmp_path):
    from conftest import mkdocs_build

    session = add_meeting(project_copy)
    result = run_cli(project_copy, "new", "3", "--session", session, "--themes", "demand,children",
                     "--strength", "may")
    assert result.returncode == 0, result.stderr
    assert session in result.stdout  # it names the meeting it acted on
    rel = f"recommendations/{session}/03.md"
    ar = (project_copy / "docs/ar" / rel).read_text(encoding="utf-8")
    assert "paragraph: 3" in ar and "themes: [demand, children]" in ar and "::: paragraph 3" in ar
    assert "section:" not in ar  # the meeting has no agenda sections in the vocabulary
    check = run_cli(project_copy, "check")
    assert check.returncode == 1
    assert f"docs/ar/{rel}: field 'title, body': still holds the placeholders" in check.stdout  # all at once
    assert f"docs/en/{rel}: not yet translated" in check.stdout
    assert mkdocs_build(project_copy, tmp_path / "site").returncode != 0  # placeholders never get published
    (project_copy / "docs/en" / rel).write_text(
        (project_copy / "docs/en" / rel).read_text(encoding="utf-8").replace('title: "TODO: a short descriptive title"',
                                                                            'title: "Done"'), encoding="utf-8")
    body_left = run_cli(project_copy, "check", "schema")
    assert f"docs/en/{rel}: field 'body': still holds the placeholders written by `new` (TODO): '::: paragraph 3'" in body_left.stdout
    fill_in(project_copy, rel)
    check = run_cli(project_copy, "check")
    assert check.returncode == 1 and "not yet translated" in check.stdout
    printed = re.search(r"scripts/dev.sh stamp (\S+)`", check.stdout).group(1)
    assert run_cli(project_copy, "stamp", printed).returncode == 0
    check = run_cli(project_copy, "check")
    assert check.returncode == 0, check.stdout


def _sourced():
    """A meeting of the tree under test with a source, one of its agenda sections (or None), a
    paragraph its source has that a page other than a recommendation holds, and one it lacks."""
    from tawsiyat import source
    from tawsiyat.site import load

    site = load(PROJECT)
    session = PROJECT.sourced_sessions[0]
    numbers = sorted(source.load(PROJECT.source_file(session)).paragraphs)
    elsewhere = next(n for p in site.pages["ar"] if p.meta.get("session") == session and not p.is_recommendation
                     for n in p.paragraph_blocks)
    sections = [k for k, v in site.vocabulary["sections"].items() if v["session"] == session]
    return session, (sections or [None])[0], elsewhere, numbers[-1] + 1


def _section(section):
    return ["--section", section] if section else []


def test_new_refuses_what_would_mislead(project_copy):
    session, section, elsewhere, beyond = _sourced()
    other = add_meeting(project_copy)
    cases = [
        ([str(elsewhere), "--session", session, *_section(section), "--themes", "follow-up"],
         [f"paragraph {elsewhere} of {session} already exists", "docs/ar/"]),
        ([str(beyond), "--session", session, *_section(section), "--themes", "demand"],
         [f"paragraph {beyond} is not in the source of {session}"]),
        (["3", "--session", other, "--section", "A", "--themes", "demand"],
         [f"'A' is not an agenda section of {other}", "leave --section out"]),
        (["3", "--session", other, "--themes", "demnd"], ["themes: unknown value(s) ['demnd']"]),
        (["3", "--session", "wgtip-2199-01", "--themes", "demand"], ["--session wgtip-2199-01: not a meeting"]),
    ]
    before = sorted(p.relative_to(project_copy).as_posix() for p in (project_copy / "docs").rglob("*.md"))
    for args, words in cases:
        result = run_cli(project_copy, "new", *args)
        assert result.returncode == 1, (args, result.stdout)
        for word in words:
            assert word in result.stderr, (args, result.stderr)
    assert sorted(p.relative_to(project_copy).as_posix() for p in (project_copy / "docs").rglob("*.md")) == before


def test_with_two_sourced_meetings_cut_and_new_ask_which(project_copy):
    """Without --session, a command never picks one of several meetings with a source by itself."""
    session = PROJECT.sourced_sessions[0]
    source_file = PROJECT.vocabulary["sessions"][session]["source"]
    add_meeting(project_copy, "wgtip-2099-02", source=source_file)
    for args in (["cut", "--only", "1"], ["new", "1", "--themes", "demand"]):
        result = run_cli(project_copy, *args)
        assert result.returncode == 1 and "more than one meeting has a source" in result.stderr, (args, result.stderr)
        assert "--session" in result.stderr and "wgtip-2099-02" in result.stderr and session in result.stderr
    named = run_cli(project_copy, "cut", "--session", "wgtip-2099-02", "--only", "1")
    assert named.returncode == 0 and "== paragraph 1" in named.stdout and "wgtip-2099-02" in named.stderr


@pytest.mark.parametrize("form", ["docs/en/recommendations/14.md", "en/recommendations/14.md", "recommendations/14.md",
                                  "docs/ar/recommendations/14.md", "./docs/en/recommendations/14.md",
                                  "recommendations/14", "en/recommendations/14/", "ABSOLUTE"])
def test_stamp_accepts_any_path_form_and_fixes_staleness(project_copy, form):
    _edit(project_copy / "docs/ar/recommendations/14.md", "ينبغي للدول", "للدول ينبغي")  # word order only
    check = run_cli(project_copy, "check", "stale")
    assert check.returncode == 1 and "docs/en/recommendations/14.md" in check.stdout
    if form == "ABSOLUTE":
        form = str(project_copy / "docs/en/recommendations/14.md")
    stamped = run_cli(project_copy, "stamp", form)
    assert stamped.returncode == 0 and "stamped docs/en/recommendations/14.md" in stamped.stdout, stamped.stderr
    assert run_cli(project_copy, "check", "stale").returncode == 0


@pytest.mark.parametrize("form", ["recommendations/99.md", "docs/en/nothing.md", "docs/en/recommendations"])
def test_stamp_fails_on_a_path_that_is_no_page(project_copy, form):
    result = run_cli(project_copy, "stamp", form)
    assert result.returncode == 1 and "no such page" in result.stderr and "stamped" not in result.stdout


def test_an_unclosed_block_gives_a_message_in_every_check(project_copy):
    _edit(project_copy / "docs/ar/recommendations/09.md", "\n:::\n", "\n")
    for what in ("data", "schema", "fidelity", "stale"):
        result = run_cli(project_copy, "check", what)
        assert "Traceback" not in result.stderr, (what, result.stderr)
    result = run_cli(project_copy, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "docs/ar/recommendations/09.md: unclosed or malformed block line: '::: paragraph 9'" in result.stdout
    stamp = run_cli(project_copy, "stamp")
    assert "Traceback" not in stamp.stderr


def test_a_yaml_error_names_the_exact_line_and_nothing_follows_from_it(project_copy):
    path = project_copy / "docs/ar/recommendations/07.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines, start=1) if line.startswith("themes:"))
    _edit(path, "themes: [corruption]", "themes: [corruption")
    result = run_cli(project_copy, "check", "schema")
    assert result.returncode == 1
    problems = [line.strip() for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(problems) == 1, problems  # no "docs/en/…: has no ar original" after it
    assert problems[0].startswith("docs/ar/recommendations/07.md:")
    reported = int(problems[0].split(":")[1])
    assert reported in (number, number + 1)  # the flow sequence ends at the next line


def test_import_cuts_another_report_into_pages_to_tag(project_copy):
    import yaml

    vocab_path = project_copy / "data/vocabulary.yml"
    vocab = yaml.safe_load(vocab_path.read_text(encoding="utf-8"))
    add_meeting(project_copy)
    raw = project_copy / "raw.txt"
    raw.write_text("نص تمهيدي\nيجــب على )الدول( أن تفعل شيئاً  -١\nبقية الفقرة.\nينبغي للمكتب أن  -٢\n"
                   "وفي هذا السياق، تُشجَّع الدول  -٣\nأخذ الفريق العامل علماً  -٤\n", encoding="utf-8")
    result = run_cli(project_copy, "import", str(raw), "--session", NEW_MEETING)
    assert result.returncode == 0, result.stderr
    assert NEW_MEETING in result.stdout
    folder = project_copy / "docs/ar/recommendations" / NEW_MEETING
    page = (folder / "01.md").read_text(encoding="utf-8")
    assert "strength: must" in page and "(الدول)" in page and "ـ" not in page and "بقية الفقرة." in page
    assert "strength: should" in (folder / "02.md").read_text(encoding="utf-8")
    assert "strength: encouraged" in (folder / "03.md").read_text(encoding="utf-8")  # the verb where it stands
    assert "strength: TODO" in (folder / "04.md").read_text(encoding="utf-8")  # no verb: a person tells
    check = run_cli(project_copy, "check", "schema")
    assert check.returncode == 1 and "unknown value 'TODO'" in check.stdout
    again = run_cli(project_copy, "import", str(raw), "--session", NEW_MEETING, "--only", "3-4")
    assert again.returncode == 1 and "nothing written" in again.stderr and "paragraph 3" in again.stderr


def test_import_refuses_a_source_not_numbered_from_1_and_writes_nothing(project_copy):
    add_meeting(project_copy)
    raw = project_copy / "raw.txt"
    raw.write_text("نص تمهيدي\nيجب على الدول أن تفعل شيئاً  -٧\nينبغي للمكتب أن  -٨\n", encoding="utf-8")
    for args in (["import", str(raw), "--session", NEW_MEETING], ["cut", "--file", str(raw)]):
        result = run_cli(project_copy, *args)
        assert result.returncode == 1 and "-٧ (line 2), not -١" in result.stderr, (args, result.stderr)
    assert not (project_copy / "docs/ar/recommendations" / NEW_MEETING).exists()


def test_import_needs_a_known_session(project_copy):
    raw = project_copy / "raw.txt"
    raw.write_text("نص -١\n", encoding="utf-8")
    result = run_cli(project_copy, "import", str(raw), "--session", "nope")
    assert result.returncode == 1 and "not in data/vocabulary.yml" in result.stderr


def test_check_names_a_report_under_source_that_no_meeting_registers(project_copy):
    quiet = run_cli(project_copy, "check", "fidelity")
    assert "report-2099-ar.txt" not in quiet.stdout
    first = PROJECT.vocabulary["sessions"][PROJECT.sourced_sessions[0]]["source"]
    (project_copy / "source" / "report-2099-ar.txt").write_bytes((project_copy / first).read_bytes())
    result = run_cli(project_copy, "check", "fidelity")
    assert "note: source/report-2099-ar.txt is under source/ but no meeting" in result.stdout, result.stdout


def test_the_not_verified_note_is_printed_even_with_schema_problems(project_copy):
    session = add_meeting(project_copy)
    assert run_cli(project_copy, "new", "3", "--session", session, "--themes", "demand").returncode == 0
    result = run_cli(project_copy, "check")
    assert result.returncode == 1 and "still holds the placeholders" in result.stdout
    assert f"note: not verified: {session}" in result.stdout
