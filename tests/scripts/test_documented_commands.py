"""Every command CONTRIBUTING.md (and its Arabic twin) shows in a ```sh block, run as written in
a copy of the project (a git repository, so the pre-commit hook installs), through the existing
virtualenv (VENV, so nothing reinstalls). `serve` and `test` are left out: one never ends, the
other is this suite."""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_project

SKIP = {"scripts/dev.sh serve", "scripts/dev.sh test"}
FENCE = re.compile(r"^\s*```sh\n(.*?)^\s*```", re.M | re.S)


def documented(name: str) -> list[str]:
    commands = []
    for block in FENCE.findall((ROOT / name).read_text(encoding="utf-8")):
        for line in block.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            if command and not command.startswith("#"):
                commands.append(command)
    return commands


COMMANDS = documented("CONTRIBUTING.md")
RUN = [c for c in COMMANDS if not any(c == s or c.startswith(s + " ") for s in SKIP)]
ENV = {**os.environ, "VENV": sys.prefix, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
# A raw report extraction, for a documented `import` whose file the prose says to put under source/.
RAW = "نص تمهيدي\n" + "".join(f"يجب على الدول أن تفعل شيئاً {n}  -{n}\nبقية الفقرة.\n" for n in "١٢٣٤٥٦")


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, env=ENV, capture_output=True, text=True, check=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("clone"))
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "clone")
    return project


def run(repo: Path, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command], cwd=repo, env=ENV, capture_output=True, text=True, timeout=600)


def test_the_guide_documents_the_commands_contributors_need():
    used = {c.split()[1] for c in COMMANDS if c.startswith("scripts/dev.sh ")}
    assert {"serve", "test", "check", "stamp", "new", "import", "build", "pre-commit"} <= used
    assert all(c.startswith("scripts/dev.sh ") for c in COMMANDS), COMMANDS  # no `python …`, no activation


def test_both_languages_show_the_same_commands():
    assert documented("CONTRIBUTING.ar.md") == COMMANDS


@pytest.mark.parametrize("command", RUN)
def test_each_documented_command_works_in_a_fresh_clone(repo, command):
    git(repo, "checkout", "-q", "--", ".")
    git(repo, "clean", "-qfdx", "-e", ".git")
    for token in command.split():
        if token.startswith("source/") and not (repo / token).exists():
            (repo / token).write_text(RAW, encoding="utf-8")
    result = run(repo, command)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr


def test_the_pre_commit_hook_runs_check(repo):
    git(repo, "checkout", "-q", "--", ".")
    git(repo, "clean", "-qfdx", "-e", ".git")
    assert run(repo, "scripts/dev.sh pre-commit").returncode == 0
    page = repo / "docs/ar/recommendations/07.md"
    page.write_text(page.read_text(encoding="utf-8").replace("themes: [corruption]", "themes: [corupton]"), encoding="utf-8")
    refused = run(repo, "git commit -qam 'a typo'")
    assert refused.returncode != 0
    assert "unknown value 'corupton'" in refused.stdout + refused.stderr
    git(repo, "checkout", "-q", "--", ".")


README_COMMANDS = [c for c in documented("README.md") if c.startswith("scripts/")]
# Long-running developer commands (benchmarks, Lighthouse, font subsetting) are asked for their help.
LONG = ("bench-build", "bench-search", "page-weight", "fonts")


@pytest.mark.parametrize("command", sorted(set(COMMANDS + README_COMMANDS) - SKIP))
def test_no_documented_command_ends_in_a_traceback_even_as_written(repo, command):
    """Run exactly as written in a fresh clone, nothing prepared (the raw file `import` names is
    not there): it may fail, but in a line that says why, not a traceback (issue 20 §4)."""
    git(repo, "checkout", "-q", "--", ".")
    git(repo, "clean", "-qfdx", "-e", ".git")
    words = command.split()
    if len(words) > 1 and words[1] in LONG:
        command = " ".join(words[:2]) + " --help"
    if any(c == s or command.startswith(s + " ") for s in SKIP for c in [command]):
        pytest.skip("serve never ends; test is this suite")
    result = run(repo, command)
    assert "Traceback" not in result.stderr + result.stdout, f"{command}\n{result.stderr[-2000:]}"
    if result.returncode != 0:
        assert result.stderr.strip(), command  # a failure says why
