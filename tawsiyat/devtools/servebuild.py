"""Builds as ``mkdocs serve`` makes them, in one process, for the tests and the benchmark.

    python -m tawsiyat.devtools.servebuild PROJECT SITE [--then-edit PAGE] [--rebuilds N] [--config FILE]

A first build, then (after replacing the title and adding a sentence to ``PAGE``, a path under
the project, when given) ``N`` rebuilds, each with the configuration read again, into ``SITE``, as
``serve`` does on each save (on_startup hears "serve"; no forked language build). Prints one JSON
line per build: its wall and CPU seconds and the log lines of the Markdown cache
(hooks/serve_cache.py). Waits for the search indexes before it ends (on_shutdown)."""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import time
from pathlib import Path

SERVE_URL = "http://127.0.0.1:8000/"


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def edit(page: Path) -> None:
    """A new title, and a sentence at the end of the page."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title: .*$", "title: Edited to test the rebuilds of serve", text, count=1)
    page.write_text(text.rstrip("\n") + "\n\nA sentence added to test the rebuilds of serve.\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("site", type=Path)
    parser.add_argument("--then-edit", type=Path)
    parser.add_argument("--rebuilds", type=int, default=1)
    parser.add_argument("--config", default="mkdocs.yml", help="the configuration file, under PROJECT")
    args = parser.parse_args(argv)
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    os.chdir(args.project)
    sys.argv = ["mkdocs", "serve"]  # what hooks/parallel_languages.py reads: no fork under serve
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    lines = _Lines()
    logging.getLogger("mkdocs").addHandler(lines)
    logging.getLogger("mkdocs").setLevel(logging.INFO)

    def config():
        loaded = load_config(config_file=str(args.project / args.config), site_dir=str(args.site))
        loaded.site_url = SERVE_URL  # as serve does
        return loaded

    def timed(cfg, kind: str) -> None:
        lines.lines.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        build(cfg, serve_url=SERVE_URL)
        print(json.dumps({"build": kind, "wall": round(time.perf_counter() - wall, 3),
                          "cpu": round(time.process_time() - cpu, 3),
                          "cache": [line for line in lines.lines if line.startswith("Markdown converted")]}), flush=True)

    first = config()
    first.plugins.on_startup(command="serve", dirty=False)
    timed(first, "first")
    if args.then_edit:
        edit(args.project / args.then_edit)
    last = first
    for _ in range(args.rebuilds):
        last = config()
        timed(last, "rebuild")
    last.plugins.on_shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
