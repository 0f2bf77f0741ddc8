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


def test_fidelity_check_fails_on_an_inserted_comma_naming_it(project_copy):
    _edit(project_copy / "docs/ar/recommendations/39.md", "أن تكفل على نحو", "أن تكفل، على نحو")
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    assert "paragraph 39" in result.stdout
    assert "extra punctuation: ، (ARABIC COMMA, U+060C) x1" in result.stdout


def test_fidelity_check_fails_on_a_missing_comma_in_an_annex_row(project_copy):
    _edit(project_copy / "docs/ar/meeting/annex.md", "البروتوكول، مع التركيز", "البروتوكول مع التركيز")
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    assert "annex (docs/ar/meeting/annex.md) row 2 (CTOC/COP/WG.4/2013/2)" in result.stdout
    assert "missing punctuation: ، (ARABIC COMMA, U+060C) x1" in result.stdout


def test_fidelity_check_fails_on_a_heading_missing_a_comma(project_copy):
    _edit(project_copy / "docs/ar/meeting/recommendations.md", "## جيم- كيفية خفض الطلب، بطرائق", "## جيم- كيفية خفض الطلب بطرائق")
    result = run_cli(project_copy, "check", "fidelity")
    assert result.returncode == 1
    assert "heading 'جيم'" in result.stdout and "punctuation" in result.stdout


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


def test_new_scaffolds_a_valid_pair(project_copy):
    result = run_cli(project_copy, "new", "99", "--section", "C", "--themes", "demand,children", "--strength", "may")
    assert result.returncode == 0, result.stderr
    ar = (project_copy / "docs/ar/recommendations/99.md").read_text(encoding="utf-8")
    assert "paragraph: 99" in ar and "themes: [demand, children]" in ar and "::: paragraph 99" in ar
    assert (project_copy / "docs/en/recommendations/99.md").exists()
    check = run_cli(project_copy, "check", "schema")
    assert check.returncode == 0, check.stdout


def test_new_refuses_unknown_values_and_existing_pages(project_copy):
    bad = run_cli(project_copy, "new", "99", "--section", "C", "--themes", "demnd")
    assert bad.returncode == 1 and "themes: unknown value(s) ['demnd']" in bad.stderr
    taken = run_cli(project_copy, "new", "5", "--section", "A", "--themes", "demand")
    assert taken.returncode == 1 and "already exists" in taken.stderr


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
