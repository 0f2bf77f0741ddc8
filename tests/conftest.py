"""Shared fixtures: the project root, a copy of the project in tmp_path, one real build of the
site per test session, a local HTTP server for it, and headless Chromium.

The project under test is this checkout, or the tree named by TAWSIYAT_PROJECT (a copy of it with
other data, such as tests/second_meeting.py makes): every assertion derives its expectations from
that tree's data and sources, so the whole suite holds for any data the documented commands make."""
from __future__ import annotations

import functools
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(os.environ.get("TAWSIYAT_PROJECT") or Path(__file__).resolve().parents[1]).resolve()
sys.path.insert(0, str(ROOT))
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("TAWSIYAT_CHROMIUM", "/usr/bin/chromium")  # Debian's; on GitHub's runner, its Chrome

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from tawsiyat.devtools import localserve  # noqa: E402
from tawsiyat.project import Project  # noqa: E402
from tawsiyat.site import Site, load as load_site  # noqa: E402


def copy_project(dest: Path) -> Path:
    return Project(ROOT).copy_to(dest)


@functools.cache
def site_model() -> Site:
    """The site model (every page, the vocabulary, the schema) of the tree under test, read once
    per test process: no test changes that tree or the model. A copy in tmp_path, which a test
    may have changed, is read with tawsiyat.site.load."""
    return load_site(Project(ROOT))


# The address the tests' builds are made for: a published (not loopback) address at a root, so
# that the local test server serves them as their host would. The published address of
# mkdocs.yml, with its path, is built and checked by tests/site_build/test_site_address_build.py.
TEST_SITE_URL = "https://tawsiyat.test/"


def mkdocs_build(project: Path, site_dir: Path, strict: bool = True, env: dict | None = None,
                 site_url: str | None = TEST_SITE_URL):
    """A build of ``project`` for ``site_url`` (None: mkdocs.yml's own, as the README's command makes
    it; SITE_URL in ``env`` wins). Not quiet (-q): MkDocs counts for --strict only the warnings it shows."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    base = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    if site_url:
        base["SITE_URL"] = site_url
    return subprocess.run(cmd, capture_output=True, text=True, cwd=project,
                          env={**base, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


def configured_site_url(project: Path = ROOT) -> str:
    """The site_url a build of ``project`` uses when SITE_URL is not set (mkdocs.yml's own)."""
    code = ("import os, sys; os.environ.pop('SITE_URL', None); from mkdocs.config import load_config; "
            "print(load_config(sys.argv[1]).site_url)")
    return subprocess.run([sys.executable, "-c", code, str(project / "mkdocs.yml")], capture_output=True, text=True,
                          check=True, cwd=project, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}).stdout.strip()


def run_cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(project / "scripts" / "tawsiyat.py"), *args],
                          capture_output=True, text=True, cwd=project)


def add_meeting(project: Path, key: str = "wgtip-2099-01", **extra) -> str:
    """A meeting of the tests' own in the copy's data/vocabulary.yml, after every other (no pages,
    no source, no sections, no folder, unless ``extra`` says): a test that needs such a meeting
    never assumes that the tree under test has one."""
    import yaml

    path = project / "data" / "vocabulary.yml"
    vocab = yaml.safe_load(path.read_text(encoding="utf-8"))
    order = max(v["order"] for v in vocab["sessions"].values()) + 1
    vocab["sessions"][key] = {"order": order, "start": "2099-01-05", "end": "2099-01-06",
                              "report_symbol": "CTOC/COP/WG.4/2099/1",
                              "report_title": {"ar": "تقرير اجتماع تجريبي", "en": "Report on a test meeting"},
                              "label": {"ar": "اجتماع تجريبي", "en": "Test meeting"},
                              "description": {"ar": "اجتماع للاختبار.", "en": "A meeting for the tests."}, **extra}
    path.write_text(yaml.safe_dump(vocab, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return key


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def build_site(site: Path) -> Path:
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr + result.stdout
    return site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once with --strict from the real project: once per run, also under
    pytest-xdist, whose workers share it (the first to need it builds it, under a lock, in the
    folder above the workers' own; the others wait for it). No test changes it."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return build_site(tmp_path_factory.mktemp("site"))
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp().parent
    site, built = shared / "site", shared / "site.built"
    with FileLock(str(shared / "site.lock")):
        if not built.exists():
            build_site(site)
            built.touch()
    return site


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    server = localserve.serve(built_site)
    yield localserve.url(server)
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/dev.sh test installs Debian's chromium "
                    "(or set TAWSIYAT_CHROMIUM to another Chromium or Chrome)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def page_pool(browser):
    """Pages kept open across the tests of this process (tests/page_pool.py: why, and how each
    is handed out as a fresh one would be)."""
    from page_pool import PagePool

    pool = PagePool(browser)
    yield pool
    pool.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Each phase's report on the test item, for fixtures that act on a failure (page_at)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


def failed(request) -> bool:
    return any(getattr(getattr(request.node, f"report_{when}", None), "failed", False) for when in ("setup", "call"))


@pytest.fixture
def page_at(page_pool, request):
    """open(url, width=1280, height=900, **context options) -> a page at that address, as a fresh
    one would be (tests/page_pool.py)."""
    from page_pool import PageOpener

    opener = PageOpener(page_pool, 1280, 900)
    yield opener
    page_pool.after_test(opener.pages, failed(request))


def read_html(site: Path, url_path: str) -> str:
    path = site / url_path.strip("/") / "index.html" if not url_path.endswith(".html") else site / url_path
    return path.read_text(encoding="utf-8")


# --- the second pass: the same selection of tests on a copy holding a second meeting ----------
# tests/test_second_meeting_suite.py waits for it. It starts as soon as the tests are collected and
# runs beside this pass (on 2 cores the two together take little more than one): the copy is
# made by tests/second_meeting.py with the documented commands, and every test then derives its
# expectations from that tree (TAWSIYAT_PROJECT). Not started when the selection leaves that test
# out (`pytest tests/unit`), in the second pass itself, or with --one-tree.
#
# It is started once per run, by the process that runs the session: plain pytest, or under
# pytest-xdist (`-n N`) the controller, never a worker. The waiting test may run in a worker,
# which shares nothing with the controller but files: the pass's work folder (named to the
# workers in their workerinput) holds its log, `status` (its exit status, written when it ends)
# and, once the test has read it, `summary`, which the controller prints at the end.
SECOND_PASS_TEST = "test_second_meeting_suite.py::test_the_whole_suite_holds_with_a_second_meeting"
SECOND_PASS_INPUT = "tawsiyat_second_pass"  # the key of the work folder in an xdist worker's workerinput


def pytest_addoption(parser):
    parser.addoption("--one-tree", action="store_true",
                     help="test this project only, without the second pass on a copy holding another meeting")


# The second pass runs the layers in the other order (the builds and command runs first, the
# browser last), so that its builds overlap this pass's waits on Chromium rather than its own.
# (Under xdist's --dist loadfile the workers take the files largest first, whatever this order.)
SECOND_PASS_ORDER = ("unit", "scripts", "site_build", "browser")


def _moved(item) -> bool:
    """An engine test that runs in the second pass when there is one (engine(in_second_pass=True))."""
    marker = item.get_closest_marker("engine")
    return marker is not None and marker.kwargs.get("in_second_pass", False)


def _deselect(config, items, which) -> None:
    gone = [item for item in items if which(item)]
    if gone:
        config.hook.pytest_deselected(items=gone)
        items[:] = [item for item in items if not which(item)]


def _a_second_pass_runs(config, items) -> bool:
    """In the first pass: whether a second pass runs beside it (started here, or by xdist's
    controller, which told this worker its folder)."""
    here = config.stash.get(SECOND_PASS_KEY, None) is not None
    told = SECOND_PASS_INPUT in getattr(config, "workerinput", {})
    return (here or told) and any(item.nodeid.endswith(SECOND_PASS_TEST) for item in items)


def pytest_collection_modifyitems(config, items):
    if os.environ.get("TAWSIYAT_PROJECT"):
        # what does not depend on the tree's data (the engines agree, the theme's script, the CI
        # workflow) is proven once, on one tree: by the first pass, except the few engine tests
        # marked in_second_pass, which the second pass runs so that the two passes end together
        _deselect(config, items, lambda item: item.get_closest_marker("engine") is not None and not _moved(item))
        layer = {name: at for at, name in enumerate(SECOND_PASS_ORDER)}
        items.sort(key=lambda item: layer.get(Path(str(item.fspath)).parent.name, len(layer)))
    elif _a_second_pass_runs(config, items):
        _deselect(config, items, _moved)  # the second pass runs them
    items.sort(key=lambda item: item.nodeid.endswith(SECOND_PASS_TEST))  # the waiting test runs last


class SecondPass:
    """The second pass's work folder: the tree it tests (``project``), its ``log``, and the files
    through which the waiting test learns its end (``status``) and the controller its result."""

    def __init__(self, work: Path):
        self.work = Path(work)
        self.project, self.log = self.work / "project", self.work / "pytest.log"
        self.status, self.summary = self.work / "status", self.work / "summary"
        self.process: subprocess.Popen | None = None

    def start(self, config) -> None:
        here = Path(__file__).resolve().parent
        args = [a for a in config.invocation_params.args if "test_second_meeting_suite" not in a]
        python = shlex.quote(sys.executable)
        q = lambda path: shlex.quote(str(path))  # noqa: E731
        # the exit status is written last, through a rename: a file that exists is whole
        script = (f"exec > {q(self.log)} 2>&1 < /dev/null; "
                  f"{python} {q(here / 'second_meeting.py')} {q(self.project)} && "
                  f"{python} -m pytest -p no:cacheprovider --basetemp={q(self.work / 'tmp')} "
                  + " ".join(shlex.quote(a) for a in args)
                  + f"; echo $? > {q(self.status)}.part && mv {q(self.status)}.part {q(self.status)}")
        self.process = subprocess.Popen(
            ["bash", "-c", script], cwd=config.invocation_params.dir, start_new_session=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "TAWSIYAT_PROJECT": str(self.project)})

    def wait(self, timeout: float) -> int:
        """The pass's exit status, once it has ended (waiting for its status file: the process
        may belong to another one, the xdist controller)."""
        deadline = time.monotonic() + timeout
        while not self.status.exists():
            if time.monotonic() > deadline:
                raise TimeoutError(f"the second pass did not end within {timeout} s: {self.log}")
            time.sleep(0.5)
        return int(self.status.read_text(encoding="utf-8").strip() or 1)


SECOND_PASS_KEY = pytest.StashKey[SecondPass]()


def _runs_the_session(config) -> bool:
    """Whether this process may start the second pass: not an xdist worker, not the second pass
    itself, and neither --one-tree nor --collect-only."""
    return not (hasattr(config, "workerinput") or os.environ.get("TAWSIYAT_PROJECT")
                or config.getoption("--one-tree") or config.option.collectonly)


def pytest_configure(config):
    if _runs_the_session(config):
        import tempfile

        # its folder is made now, so that the xdist workers can be told it as they start; the
        # pass itself starts once the selection is known to hold the waiting test
        config.stash[SECOND_PASS_KEY] = SecondPass(Path(tempfile.mkdtemp(prefix="tawsiyat-second-meeting-")))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """xdist, in the controller: tell each worker where the second pass keeps its files."""
    second = node.config.stash.get(SECOND_PASS_KEY, None)
    if second is not None:
        node.workerinput[SECOND_PASS_INPUT] = str(second.work)


def _start_if_selected(config, nodeids) -> None:
    second = config.stash.get(SECOND_PASS_KEY, None)
    if second is not None and second.process is None and any(n.endswith(SECOND_PASS_TEST) for n in nodeids):
        second.start(config)


def pytest_collection_finish(session):
    if not hasattr(session.config, "workerinput"):  # plain pytest (xdist's controller collects nothing)
        _start_if_selected(session.config, [item.nodeid for item in session.items])


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids):
    """xdist, in the controller: every worker collects the same selection; the first to finish
    tells whether it holds the waiting test."""
    _start_if_selected(node.config, ids)


def pytest_sessionfinish(session):
    """A run stopped early (-x, Ctrl-C) does not leave the second pass running."""
    second = session.config.stash.get(SECOND_PASS_KEY, None)
    if second is not None and second.process is not None and second.process.poll() is None:
        os.killpg(second.process.pid, signal.SIGTERM)
        second.process.wait()


def pytest_terminal_summary(terminalreporter, config):
    second = config.stash.get(SECOND_PASS_KEY, None)
    if second is not None and second.summary.exists():
        summary = second.summary.read_text(encoding="utf-8")
        terminalreporter.write_line(f"second pass, with a second meeting: {summary}")


def pytest_unconfigure(config):
    """The work folder goes when the pass passed or never started; a failed pass's tree and log
    stay for a look (the failure names them)."""
    second = config.stash.get(SECOND_PASS_KEY, None)
    if second is not None and (second.process is None or second.summary.exists()):
        shutil.rmtree(second.work, ignore_errors=True)


@pytest.fixture(scope="session")
def second_pass(request) -> SecondPass | None:
    """The second pass of this run, or None when it was not started (the waiting test runs only
    when it was: it is started when the selection holds that test)."""
    config = request.config
    if hasattr(config, "workerinput"):
        work = config.workerinput.get(SECOND_PASS_INPUT)
        return SecondPass(Path(work)) if work else None
    second = config.stash.get(SECOND_PASS_KEY, None)
    return second if second is not None and second.process is not None else None
