"""Build benchmark: N synthetic recommendations per language in a temporary copy of the
project, built with and without the project's hooks. Prints numbers; asserts nothing."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .project import Project

SESSION = "bench-0001"


def copy_project(root: Path, dest: Path) -> Path:
    return Project(root).copy_to(dest)


def add_synthetic(project: Path, count: int, seed: int = 1) -> None:
    """Add a synthetic session and ``count`` recommendation pages per language to ``project``."""
    vocab_path = project / "data" / "vocabulary.yml"
    vocab = yaml.safe_load(vocab_path.read_text(encoding="utf-8"))
    vocab["sessions"][SESSION] = {
        "order": 99, "start": "2099-01-01", "end": "2099-01-02", "report_symbol": "CTOC/COP/WG.4/2099/1",
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
    plain = project / "mkdocs-nohooks.yml"
    plain.write_text(text[:start] + "\n" + text[end:], encoding="utf-8")
    return plain


def timed_build(config: Path, site: Path, env: dict | None = None) -> float:
    shutil.rmtree(site, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    return time.perf_counter() - start


def run(root: Path, sizes: list[int], repeat: int = 1) -> list[dict]:
    results = []
    print(f"{'recs/lang':>9} {'pages':>7} {'hooks s':>9} {'plain s':>9} {'overhead':>9} {'ms/page':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = copy_project(root, Path(tmp) / "project")
            add_synthetic(project, size)
            plain = without_hooks(project)
            site = Path(tmp) / "site"
            with_hooks = min(timed_build(project / "mkdocs.yml", site) for _ in range(repeat))
            no_hooks = min(timed_build(plain, site) for _ in range(repeat))
            pages = sum(1 for _ in site.rglob("index.html"))
            row = {"size": size, "pages": pages, "hooks": with_hooks, "plain": no_hooks,
                   "overhead": (with_hooks - no_hooks) / no_hooks}
            results.append(row)
            print(f"{size:>9} {pages:>7} {with_hooks:>9.2f} {no_hooks:>9.2f} {row['overhead']:>8.1%} "
                  f"{1000 * with_hooks / max(pages, 1):>8.2f}", flush=True)
    return results
