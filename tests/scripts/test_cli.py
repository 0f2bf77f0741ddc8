"""The command line, run as a contributor would, on a copy of the project in tmp_path."""
from conftest import run_cli


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_all_checks_pass_on_the_project(project_copy):
    result = run_cli(project_copy, "check")
    assert result.returncode == 0, result.stdout
    assert "check fidelity: ok" in result.stdout


def test_fidelity_check_fails_naming_paragraph_and_characters(project_copy):
    _edit(project_copy / "docs/ar/recommendations/44.md", "بشان", "بشأن")
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    assert "paragraph 44" in result.stdout
    assert "missing: ا (ARABIC LETTER ALEF" in result.stdout
    assert "extra: أ (ARABIC LETTER ALEF WITH HAMZA ABOVE" in result.stdout


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
    _edit(project_copy / "docs/ar/recommendations/09.md", "لمنع ومكافحة الاتجار", "لمنع ومكافحة الاتِّجار")
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
