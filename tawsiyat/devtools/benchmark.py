"""Build benchmark: N synthetic recommendations per language in a temporary copy of the
project, built three ways, interleaved in one run so that a loaded machine slows all alike:

- **project**: the real ``mkdocs.yml`` (hooks, Pagefind);
- **peer**: what a user would otherwise run for the nearest job: the same pages with plain
  Material's own ``tags`` plugin (the themes as tags, a tag index page per language) and its own
  ``search`` plugin, static-i18n in both, no project hooks;
- **no hooks**: the real ``mkdocs.yml`` without its hooks, and so without the project's
  template overrides (they show words the hooks supply): plain Material on the same plugins.

Prints numbers; asserts nothing."""
from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .. import pagefind_input
from . import serveprocess
from ..pages import LANGUAGES, prefix
from ..project import Project

SESSION = "bench-0001"


def copy_project(root: Path, dest: Path) -> Path:
    return Project(root).copy_to(dest)


def add_synthetic(project: Path, count: int, seed: int = 1) -> None:
    """Add a synthetic session and ``count`` recommendation pages per language to ``project``."""
    vocab_path = project / "data" / "vocabulary.yml"
    vocab = yaml.safe_load(vocab_path.read_text(encoding="utf-8"))
    vocab["sessions"][SESSION] = {
        "order": 99, "start": "2099-01-01", "end": "2099-01-02", "report_symbol": "CTOC/COP/WG.4/2099/1",
        "report_title": {"ar": "تقرير اجتماع اصطناعي", "en": "Report on a synthetic meeting"},
        "label": {"ar": "اجتماع اصطناعي", "en": "Synthetic meeting"},
        "description": {"ar": "بيانات اصطناعية لقياس الأداء.", "en": "Synthetic data for benchmarks."},
    }
    # agenda sections belong to their meeting: the synthetic meeting gets its own
    for key, entry in list(vocab["sections"].items()):
        vocab["sections"][f"{SESSION}-{key}"] = {**entry, "session": SESSION}
    vocab_path.write_text(yaml.safe_dump(vocab, allow_unicode=True, sort_keys=False), encoding="utf-8")
    rng = random.Random(seed)
    themes, addressees = list(vocab["themes"]), list(vocab["addressees"])
    strengths = list(vocab["strengths"])
    sections = [k for k, v in vocab["sections"].items() if v.get("session") == SESSION]
    ar_words = ("ينبغي للدول الأطراف أن تنظر في اتخاذ تدابير لمنع الاتجار بالأشخاص وحماية الضحايا "
                "ومساعدتهم وتعزيز التعاون الدولي والشراكات مع المجتمع المدني والقطاع الخاص").split()
    en_words = ("States parties should consider taking measures to prevent trafficking in persons protect "
                "and assist victims and strengthen international cooperation and partnerships with civil society").split()
    for lang in ("ar", "en"):
        (project / "docs" / lang / "recommendations" / SESSION).mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        meta = (f"session: {SESSION}\nsection: {rng.choice(sections)}\n"
                f"themes: [{', '.join(rng.sample(themes, 3))}]\naddressees: [{rng.choice(addressees)}]\n"
                f"strength: {rng.choice(strengths)}\n")
        for lang, words in (("ar", ar_words), ("en", en_words)):
            text = " ".join(rng.choice(words) for _ in range(60)) + "."
            title = " ".join(rng.sample(words, 6))
            page = f"---\nparagraph: {n}\n{meta}title: {title}\n---\n\n::: paragraph {n}\n{text}\n:::\n"
            (project / "docs" / lang / "recommendations" / SESSION / f"{n:05d}.md").write_text(page, encoding="utf-8")


def without_hooks(project: Path) -> Path:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    start = text.index("\nhooks:")
    end = text.index("\nnav:")
    text = text[:start] + "\n" + text[end:]
    text = "\n".join(line for line in text.split("\n") if not line.strip().startswith("custom_dir:"))
    plain = project / "mkdocs-nohooks.yml"
    plain.write_text(text, encoding="utf-8")
    return plain


def peer(project: Path) -> Path:
    """A configuration for the peer build (see the module docstring), next to ``mkdocs.yml``."""
    config = without_hooks(project).read_text(encoding="utf-8")
    start, end = config.index("\nplugins:"), config.index("\n# mkdocs serve")
    plugins = config[start:end].replace("reconfigure_search: false", "reconfigure_search: true")
    plugins = plugins.replace("\nplugins:\n", "\nplugins:\n  - search\n  - tags:\n      tags_name_property: themes\n", 1)
    docs = project / "docs-peer"  # its own copy: the tag index pages are no pages of the project
    shutil.copytree(project / "docs", docs, dirs_exist_ok=True)
    for lang in ("ar", "en"):
        (docs / lang / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", encoding="utf-8")
    path = project / "mkdocs-peer.yml"
    path.write_text(f"docs_dir: {docs.name}\n" + config[:start] + plugins + config[end:], encoding="utf-8")
    return path


def timed_build(config: Path, site: Path, env: dict | None = None) -> float:
    return measured_build(config, site, env)[0]


def measured_build(config: Path, site: Path, env: dict | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, the build and what it runs, Pagefind included)."""
    shutil.rmtree(site, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    if result.returncode != 0:
        raise RuntimeError(f"building {config.name} failed:\n{result.stderr[-2000:]}")
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def pagefind_time(site: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of Pagefind indexing a built site on its own, each language's
    pages as the build gives them to it (their indexed parts: tawsiyat.pagefind_input), into a
    folder of its own: the project's build runs it in its last hook; this separates its share."""
    wall = cpu = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            folder, copies = site / prefix(lang), Path(tmp) / lang
            others = [site / prefix(other) for other in LANGUAGES if prefix(other) and other != lang]
            for page in folder.rglob("*.html"):
                if any(other in page.parents for other in others):
                    continue
                pagefind_input.copy_indexed_part(page.read_text(encoding="utf-8"), copies / page.relative_to(folder))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([*pagefind_input.command(), "--site", str(copies), "--output-path",
                            str(Path(tmp) / f"bundle-{lang}"), "--quiet"], check=True, capture_output=True)
            wall += time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu += (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def run(root: Path, sizes: list[int], repeat: int = 1) -> list[dict]:
    """Per size, the best of ``repeat`` interleaved rounds, in wall-clock seconds and in CPU
    seconds (the fairer measure on a machine other work is loading: say its load average)."""
    results = []
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"load average before: {load} on {os.cpu_count()} CPUs")
    print(f"{'recs/lang':>9} {'pages':>6} {'':>5} {'project s':>10} {'peer s':>8} {'no hooks s':>11} "
          f"{'÷ peer':>7} {'÷ no hooks':>11}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = copy_project(root, Path(tmp) / "project")
            add_synthetic(project, size)
            configs = {"project": project / "mkdocs.yml", "peer": peer(project), "plain": without_hooks(project)}
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in configs}
            pages = 0
            for _ in range(repeat):  # interleaved: each round builds all three in turn
                for name, config in configs.items():
                    site = Path(tmp) / f"site-{name}"
                    times[name].append(measured_build(config, site))
                    if name == "project":
                        pages = sum(1 for _ in site.rglob("index.html"))
            row = {"size": size, "pages": pages, "pagefind": pagefind_time(Path(tmp) / "site-project")}
            for kind, index in (("wall", 0), ("cpu", 1)):
                best = {name: min(t[index] for t in values) for name, values in times.items()}
                row[kind] = best
                print(f"{size:>9} {pages:>6} {kind:>5} {best['project']:>10.2f} {best['peer']:>8.2f} {best['plain']:>11.2f} "
                      f"{best['project'] / best['peer']:>6.2f}× {best['project'] / best['plain']:>10.2f}×", flush=True)
            print(f"{size:>9} {pages:>6} {'':>5} of the project's time, Pagefind alone (run again on its site): "
                  f"{row['pagefind'][0]:.2f} s wall, {row['pagefind'][1]:.2f} s CPU; the project's CPU without it: "
                  f"{row['cpu']['project'] - row['pagefind'][1]:.2f} s, "
                  f"{(row['cpu']['project'] - row['pagefind'][1]) / row['cpu']['peer']:.2f}× the peer's", flush=True)
            results.append(row)
    print(f"load average after: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    return results


# --- serve: how long a contributor waits after saving a page --------------------------------------

def save_to_reload(config: Path, page: Path, url_path: str, saves: int) -> list[float]:
    """Seconds from saving ``page`` (a small edit, undone by the next save) until a browser would
    have its new HTML: MkDocs's livereload long poll answers (the build is done), then the page is
    fetched again. The file watcher polls every 0.5 s, as in a contributor's ``mkdocs serve``."""
    import re

    port = serveprocess.free_port()
    process = serveprocess.start(["-f", str(config), "-a", f"127.0.0.1:{port}"],
                                 cwd=config.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                 env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://tawsiyat.test/"})
    try:
        base = f"http://127.0.0.1:{port}"
        html = serveprocess.wait_until_served(base + url_path, process)
        original = page.read_text(encoding="utf-8")
        waits = []
        for n in range(saves):
            epoch = re.search(r"livereload\((\d+),", html).group(1)
            time.sleep(1.0)  # the watcher has seen the file as it is
            start = time.perf_counter()
            page.write_text(original if n % 2 else original.rstrip("\n") + "\n\n", encoding="utf-8")
            serveprocess.get(f"{base}/livereload/{epoch}/1")
            html = serveprocess.get(base + url_path)
            waits.append(time.perf_counter() - start)
        page.write_text(original, encoding="utf-8")
        return waits
    finally:
        serveprocess.stop(process)


def run_serve(root: Path, saves: int = 5) -> dict:
    """The project's ``mkdocs serve`` and the peer's (plain Material, the same pages), each saving
    the same English recommendation page ``saves`` times; prints each wait and the median."""
    import statistics

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(root, Path(tmp) / "project")
        configs = {"project": (project / "mkdocs.yml", project / "docs"), "peer": (peer(project), project / "docs-peer")}
        rel = next(iter(sorted((project / "docs" / "en" / "recommendations").rglob("*.md"))))
        rel = rel.relative_to(project / "docs")
        url_path = "/" + str(rel.with_suffix("")).replace("\\", "/") + "/"
        pages = sum(1 for _ in (project / "docs").rglob("*.md"))
        print(f"load average before: {', '.join(f'{v:.1f}' for v in os.getloadavg())} on {os.cpu_count()} CPUs")
        print(f"saving docs/{rel} ({pages} Markdown pages), {saves} times, under mkdocs serve")
        for name, (config, docs) in configs.items():
            waits = save_to_reload(config, docs / rel, url_path, saves)
            results[name] = waits
            print(f"{name:>8}: median {statistics.median(waits):.2f} s  (each: {', '.join(f'{w:.2f}' for w in waits)})",
                  flush=True)
        print(f"   ratio: {statistics.median(results['project']) / statistics.median(results['peer']):.2f}× the peer")
        print(f"load average after: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    return results
