"""What the documented commands say when they cannot do what is asked (issue 20 §4): one line
naming the problem, never a traceback; and the help of scripts/dev.sh lists every command."""
import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT, add_meeting, run_cli


from tawsiyat.project import Project  # noqa: E402

PROJECT = Project(ROOT)
# a meeting of the tree under test with no source (the tests' own when every meeting has one)
UNSOURCED = next((k for k, v in PROJECT.vocabulary["sessions"].items() if not v.get("source")), None)
SOURCED = PROJECT.sourced_sessions[0]


@pytest.mark.parametrize("args, said", [
    (["cut", "--session", "UNSOURCED", "--only", "3"], "UNSOURCED has no `source:` in data/vocabulary.yml"),
    (["cut", "--session", "wgtip-1999-01"], "not a meeting of data/vocabulary.yml"),
    (["import", "source/report-1999-ar.txt", "--session", "UNSOURCED", "--only", "5-40"],
     "source/report-1999-ar.txt: no such file"),
    (["import", f"{PROJECT.vocabulary['sessions'][SOURCED]['source']}", "--session", "UNSOURCED", "--only", "five"],
     "--only five"),
])
def test_a_command_that_cannot_run_says_why_in_one_line(project_copy, args, said):
    unsourced = UNSOURCED
    if unsourced is None:
        unsourced = add_meeting(project_copy)
    args = [unsourced if a == "UNSOURCED" else a for a in args]
    said = said.replace("UNSOURCED", unsourced)
    result = run_cli(project_copy, *args)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert said in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_cut_without_session_takes_the_only_meeting_with_a_source_or_asks(project_copy):
    result = run_cli(project_copy, "cut", "--only", "1")
    if len(PROJECT.sourced_sessions) == 1:
        assert result.returncode == 0 and "== paragraph 1" in result.stdout
        assert SOURCED in result.stderr  # it names the meeting whose text it shows
    else:
        assert result.returncode == 1 and "say which with --session" in result.stderr
        assert result.stdout == ""


def test_a_label_written_as_plain_text_shows_the_form_expected(project_copy):
    path = project_copy / "data" / "vocabulary.yml"
    text = path.read_text(encoding="utf-8")
    label = re.search(r"\n  demand:\n(?:    .*\n)*?    label: (.*)\n", text).group(1)
    path.write_text(text.replace(f"    label: {label}\n", "    label: Demand\n", 1), encoding="utf-8")
    result = run_cli(project_copy, "check", "data")
    assert result.returncode == 1 and "'themes.demand.label'" in result.stdout
    assert "as {ar: …, en: …}" in result.stdout


def dev_sh(*args):
    return subprocess.run(["bash", str(ROOT / "scripts" / "dev.sh"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, env={**os.environ, "VENV": sys.prefix})


@pytest.mark.parametrize("args", [["help"], ["--help"], []])
def test_dev_sh_help_lists_every_command_with_a_sentence(args):
    result = dev_sh(*args)
    out = result.stdout
    commands = re.findall(r'^  ([a-z-]+(?:\|[a-z-]+)*)\)$', (ROOT / "scripts" / "dev.sh").read_text(encoding="utf-8"), re.M)
    listed = {c for group in commands for c in group.split("|")} - {"help", "-h", "--help"}
    assert listed >= {"serve", "build", "check", "stamp", "new", "import", "cut", "pre-commit", "test"}
    for command in listed:
        line = next((l for l in out.splitlines() if re.match(rf"\s*scripts/dev.sh {command}\b", l)), None)
        assert line and len(line.split()) > 3, (command, out)
    assert result.returncode == (2 if not args else 0)


def test_tawsiyat_py_reruns_itself_in_a_linked_virtualenv(project_copy):
    """A venv's python is a link to the base interpreter: started by the base python, the script
    must still re-run in .venv (it compared resolved paths, equal for a link, and gave up)."""
    base = os.path.join(sys.base_prefix, "bin", "python3")
    probe = subprocess.run([base, "-c", "import frontmatter"], capture_output=True)
    if probe.returncode == 0:
        pytest.skip("the base python has the project's packages: nothing to re-run")
    (project_copy / ".venv").symlink_to(sys.prefix, target_is_directory=True)
    result = subprocess.run([base, str(project_copy / "scripts" / "tawsiyat.py"), "--help"],
                            capture_output=True, text=True, cwd=project_copy, timeout=60,
                            env={k: v for k, v in os.environ.items() if k != "TAWSIYAT_RERUN"})
    assert result.returncode == 0 and "usage: tawsiyat" in result.stdout, result.stderr
