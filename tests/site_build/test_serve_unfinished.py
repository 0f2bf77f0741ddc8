"""A page made by `new` and not yet filled in: `check` and the build refuse it, while `serve`
serves the rest of the site and shows that page with what is left to do (issue 20 §4)."""
import os
import subprocess
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest

from conftest import add_meeting, configured_site_url, mkdocs_build, run_cli
from tawsiyat.devtools import serveprocess
from tawsiyat import words

pytestmark = pytest.mark.build
SESSION = "wgtip-2099-01"  # the tests' own meeting (conftest.add_meeting), whatever the tree holds
REL = f"recommendations/{SESSION}/03"


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, ""


@pytest.fixture
def unfinished(project_copy):
    add_meeting(project_copy, SESSION)
    made = run_cli(project_copy, "new", "3", "--session", SESSION, "--themes", "demand")
    assert made.returncode == 0, made.stderr
    return project_copy


def test_check_and_the_build_refuse_it(unfinished, tmp_path):
    assert run_cli(unfinished, "check", "schema").returncode == 1
    built = mkdocs_build(unfinished, tmp_path / "site")
    assert built.returncode != 0 and "still holds the placeholders" in built.stderr


def test_serve_serves_the_rest_and_shows_the_pages_problem(unfinished):
    port = serveprocess.free_port()
    server = serveprocess.start(["--no-livereload", "-a", f"127.0.0.1:{port}"],
                                cwd=unfinished, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    try:
        # serve mounts the site at the path of mkdocs.yml's site_url (/tawsiyat/), at its own address
        base = f"http://127.0.0.1:{port}" + urlsplit(configured_site_url(unfinished)).path.rstrip("/")
        serveprocess.wait_until_served(base + "/", server, timeout=240)
        status, home = fetch(base + "/")
        assert status == 200 and "<html" in home
        for prefix, lang in (("", "ar"), ("/en", "en")):
            status, page = fetch(f"{base}{prefix}/{REL}/")
            assert status == 200
            assert words.word("unfinished", "title", lang) in page and "still holds the placeholders" in page
    finally:
        out = serveprocess.stop(server)
    assert "still holds the placeholders" in out  # and the terminal says it too
    assert "loopback" not in out  # serve's own local address is expected: no warning about it
