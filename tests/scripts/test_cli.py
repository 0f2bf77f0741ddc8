"""The command line, run as a contributor would, on a copy of the project in tmp_path."""
import re

import pytest

from conftest import run_cli


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
    result = run_cli(project_copy, "cut", "--only", "5")
    assert result.returncode == 0 and "== paragraph 5 (line 36)" in result.stdout


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

    result = run_cli(project_copy, "new", "3", "--session", "wgtip-2010-01", "--themes", "demand,children",
                     "--strength", "may")
    assert result.returncode == 0, result.stderr
    rel = "recommendations/wgtip-2010-01/03.md"
    ar = (project_copy / "docs/ar" / rel).read_text(encoding="utf-8")
    assert "paragraph: 3" in ar and "themes: [demand, children]" in ar and "::: paragraph 3" in ar
    assert "section:" not in ar  # the 2010 meeting has no agenda sections in the vocabulary
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


@pytest.mark.parametrize("args, words", [
    (["49", "--section", "E", "--themes", "follow-up"],
     ["paragraph 49 of wgtip-2013-11 already exists", "docs/ar/meeting/organization.md"]),
    (["99", "--section", "C", "--themes", "demand"], ["paragraph 99 is not in the source of wgtip-2013-11"]),
    (["3", "--session", "wgtip-2010-01", "--section", "A", "--themes", "demand"],
     ["'A' is not an agenda section of wgtip-2010-01", "leave --section out"]),
    (["3", "--session", "wgtip-2010-01", "--themes", "demnd"], ["themes: unknown value(s) ['demnd']"]),
    (["3", "--session", "wgtip-2099-01", "--themes", "demand"], ["unknown value 'wgtip-2099-01'"]),
])
def test_new_refuses_what_would_mislead(project_copy, args, words):
    result = run_cli(project_copy, "new", *args)
    assert result.returncode == 1, result.stdout
    for word in words:
        assert word in result.stderr
    assert not (project_copy / "docs/ar/recommendations/99.md").exists()
    assert not (project_copy / "docs/ar/recommendations/wgtip-2010-01").exists()


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
    vocab["sessions"]["wgtip-2099-01"] = {**vocab["sessions"]["wgtip-2013-11"], "order": 9}
    vocab["sessions"]["wgtip-2099-01"].pop("source")
    vocab["sessions"]["wgtip-2099-01"].pop("report_pages")
    vocab_path.write_text(yaml.safe_dump(vocab, allow_unicode=True, sort_keys=False), encoding="utf-8")
    raw = project_copy / "raw.txt"
    raw.write_text("نص تمهيدي\nيجــب على )الدول( أن تفعل شيئاً  -١\nبقية الفقرة.\nينبغي للمكتب أن  -٢\n", encoding="utf-8")
    result = run_cli(project_copy, "import", str(raw), "--session", "wgtip-2099-01")
    assert result.returncode == 0, result.stderr
    page = (project_copy / "docs/ar/recommendations/wgtip-2099-01/01.md").read_text(encoding="utf-8")
    assert "strength: must" in page and "(الدول)" in page and "ـ" not in page and "بقية الفقرة." in page
    assert "strength: should" in (project_copy / "docs/ar/recommendations/wgtip-2099-01/02.md").read_text(encoding="utf-8")
    check = run_cli(project_copy, "check", "schema")
    assert check.returncode == 1 and "unknown value 'TODO'" in check.stdout


def test_import_needs_a_known_session(project_copy):
    raw = project_copy / "raw.txt"
    raw.write_text("نص -١\n", encoding="utf-8")
    result = run_cli(project_copy, "import", str(raw), "--session", "nope")
    assert result.returncode == 1 and "not in data/vocabulary.yml" in result.stderr
