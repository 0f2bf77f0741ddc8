"""The report titles citations name (report_title in data/vocabulary.yml) are proven against the
source: a sourced meeting's own title, and each annex row that lists a meeting's report."""
from __future__ import annotations

import yaml

from conftest import run_cli


def _vocabulary(project):
    path = project / "data" / "vocabulary.yml"
    return path, yaml.safe_load(path.read_text(encoding="utf-8"))


def _sourced_and_listed(vocab, project):
    """A meeting with a source, and a meeting whose report symbol a source's annex lists."""
    sessions = vocab["sessions"]
    sourced = next(key for key, meeting in sessions.items() if meeting.get("source"))
    texts = "\n".join((project / meeting["source"]).read_text(encoding="utf-8")
                      for meeting in sessions.values() if meeting.get("source"))
    listed = next(key for key, meeting in sessions.items() if key != sourced and meeting["report_symbol"] in texts)
    return sourced, listed


def test_a_report_title_that_is_not_the_documents_fails_check_fidelity(project_copy):
    path, vocab = _vocabulary(project_copy)
    assert run_cli(project_copy, "check", "fidelity").returncode == 0
    for meeting in _sourced_and_listed(vocab, project_copy):
        _, changed = _vocabulary(project_copy)
        title = changed["sessions"][meeting]["report_title"]["ar"]
        changed["sessions"][meeting]["report_title"]["ar"] = title.replace("الفريق العامل", "الفريق")
        path.write_text(yaml.safe_dump(changed, allow_unicode=True, sort_keys=False), encoding="utf-8")
        result = run_cli(project_copy, "check", "fidelity")
        assert result.returncode == 1, meeting
        assert f"session '{meeting}': report_title (ar)" in result.stdout + result.stderr
        path.write_text(yaml.safe_dump(vocab, allow_unicode=True, sort_keys=False), encoding="utf-8")
