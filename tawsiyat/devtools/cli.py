"""The subcommands behind scripts/tawsiyat.py."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import checks, pages, source, translation
from .. import site as site_mod
from ..project import Project, SessionError


def _readable_file(path: Path, what: str) -> str | None:
    """A one-line error when ``path`` is no readable file, else None."""
    if not path.is_file():
        return f"error: {what} {path}: no such file (keep the raw text extraction under source/)"
    return None


def cmd_cut(args, project: Project) -> int:
    try:
        session = project.session_for(args.session) if not (args.file and not args.session) else None
    except SessionError as exc:
        print(f"error: cut: {exc}", file=sys.stderr)
        return 1
    path = Path(args.file) if args.file else project.source_file(session)
    if path is None:
        print(f"error: {session} has no `source:` in data/vocabulary.yml: nothing to cut "
              f"(give a raw text extraction with --file)", file=sys.stderr)
        return 1
    problem = _readable_file(path, "source")
    if problem:
        print(problem, file=sys.stderr)
        return 1
    text = path.read_text(encoding="utf-8")
    report = source.cut(text)
    numbering = source.numbering_problem(text, report)
    if numbering:
        print(f"error: {path}: {numbering}", file=sys.stderr)
        return 1
    # which meeting's text this is, on stderr so that --json stays pure JSON
    print(f"{session or 'no meeting'}: {path}", file=sys.stderr)
    if args.json:
        json.dump([p.as_dict() for p in report.parts], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    wanted = set(_csv(args.only)) if args.only else None
    shown = 0
    for part in report.parts:
        if wanted is not None and str(part.number) not in wanted:
            continue
        head = f"== {part.kind} {part.number or part.mark or ''} (line {part.start_line})"
        print(head)
        print(part.text)
        print()
        shown += 1
    if wanted is not None and not shown:
        numbers = sorted(report.paragraphs)
        print(f"error: --only {args.only}: no such paragraph in {path} (it has {numbers[0]}–{numbers[-1]})",
              file=sys.stderr)
        return 1
    return 0


def _resolve_page(project: Project, typed: str) -> str | None:
    """The path under docs/<lang>/ of a page, from any form a person types: docs/en/recommendations/14.md,
    en/recommendations/14.md, recommendations/14.md, docs/ar/…, an absolute path, a URL path
    (recommendations/14/), with or without .md."""
    text = typed.strip().replace("\\", "/")
    path = Path(text)
    if path.is_absolute():
        try:
            text = path.resolve().relative_to(project.root.resolve()).as_posix()
        except ValueError:
            return None
    while text.startswith("./"):
        text = text[2:]
    for prefix in ("docs/",):
        if text.startswith(prefix):
            text = text[len(prefix):]
    for lang in pages.LANGUAGES:
        if text.startswith(lang + "/"):
            text = text[len(lang) + 1:]
            break
    if text.startswith("/"):
        text = text.lstrip("/")
    candidates = [text] if text.endswith(".md") else [text.rstrip("/") + ".md", text.rstrip("/") + "/index.md"]
    for rel in candidates:
        if (project.docs / translation.TRANSLATION / rel).is_file() or (project.docs / translation.ORIGINAL / rel).is_file():
            return rel
    return None


def cmd_stamp(args, project: Project) -> int:
    site = site_mod.load(project)
    only = None
    if args.pages:
        only, failed = set(), False
        for typed in args.pages:
            rel = _resolve_page(project, typed)
            if rel is None:
                print(f"error: {typed}: no such page under docs/en/ or docs/ar/", file=sys.stderr)
                failed = True
            elif site.page(translation.TRANSLATION, rel) is None:
                print(f"error: {typed}: docs/{translation.TRANSLATION}/{rel} does not exist (or cannot be read: "
                      f"run `scripts/dev.sh check`)", file=sys.stderr)
                failed = True
            elif site.page(translation.ORIGINAL, rel) is None:
                print(f"error: {typed}: docs/{translation.ORIGINAL}/{rel} does not exist (or cannot be read): "
                      f"nothing to stamp against", file=sys.stderr)
                failed = True
            else:
                only.add(rel)
        if failed:
            return 1
    changed_arabic = checks.differing_from_source(site)
    candidates = only or {p.rel for p in site.pages[translation.TRANSLATION]}
    refused = sorted(rel for rel in candidates if f"docs/{translation.ORIGINAL}/{rel}" in changed_arabic)
    for rel in refused:
        print(f"error: docs/{translation.TRANSLATION}/{rel}: not stamped: "
              f"{checks.official_text_changed(f'docs/{translation.ORIGINAL}/{rel}')}", file=sys.stderr)
    if refused:  # the others are stamped; the command still fails
        only = candidates - set(refused)
    changed = translation.stamp(site, only)
    for path in changed:
        print(f"stamped {path.relative_to(project.root).as_posix()}")
    if only:
        done = {path.relative_to(project.docs / translation.TRANSLATION).as_posix() for path in changed}
        for rel in sorted(only - done):
            print(f"docs/{translation.TRANSLATION}/{rel}: already up to date")
    print(f"{len(changed)} page(s) stamped")
    return 1 if refused else 0


def cmd_check(args, project: Project) -> int:
    names = args.what or list(checks.CHECKS)
    unknown = [n for n in names if n not in checks.CHECKS]
    if unknown:
        print(f"unknown check(s): {', '.join(unknown)}; choose from {', '.join(checks.CHECKS)}", file=sys.stderr)
        return 2
    site = site_mod.load(project)
    failed = 0
    for name in names:
        if site.data_problems and name in ("schema", "fidelity"):
            print(f"check {name}: not run (the data files have problems: `check data`)")
            failed += 1
            continue
        problems = checks.CHECKS[name](site)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"check {name}: {status}")
        for problem in problems:
            print("  " + problem.replace("\n", "\n  "))
        for note in checks.NOTES.get(name, lambda _: [])(site):
            print("  note: " + note)
        failed += bool(problems)
    return 1 if failed else 0


def cmd_fonts(args, project: Project) -> int:
    from . import fonts

    missing = [f"{fonts.NOTO_DIR}/{name}.ttf" for name in fonts.FACES if not (fonts.NOTO_DIR / f"{name}.ttf").is_file()]
    if missing:
        print(f"error: fonts: {missing[0]}{' and others' if len(missing) > 1 else ''} missing: install Debian's "
              "fonts-noto-core first (`sudo apt-get install fonts-noto-core`), then run this again", file=sys.stderr)
        return 1
    for path in fonts.subset_all(project.root / fonts.FACES_DIR, project.root):
        print(f"{path.relative_to(project.root)}: {path.stat().st_size // 1024} KiB")
    return 0


def cmd_bench_build(args, project: Project) -> int:
    from . import benchmark

    if args.serve:
        benchmark.run_serve(project.root, args.serve)
    else:
        benchmark.run(project.root, [int(n) for n in args.sizes.split(",")], args.repeat)
    return 0


def cmd_bench_search(args, project: Project) -> int:
    from . import search_benchmark

    if args.phone:
        search_benchmark.run_phone(project.root, args.runs)
    else:
        search_benchmark.run(project.root, args.size)
    return 0


def _csv(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def cmd_new(args, project: Project) -> int:
    from . import scaffold

    try:
        session = project.session_for(args.session)
    except SessionError as exc:
        print(f"error: new: {exc}", file=sys.stderr)
        return 1
    source_path = project.source_file(session)
    try:
        written = scaffold.new_recommendation(
            project.docs, project.vocabulary, args.paragraph, args.section, session,
            _csv(args.themes), _csv(args.addressees), args.strength,
            source_report=source.load(source_path) if source_path and source_path.is_file() else None)
    except scaffold.ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(project.root).as_posix()} (paragraph {args.paragraph} of {session})")
    en = written[-1].relative_to(project.root).as_posix()
    print("Next: replace every TODO (the official Arabic text and a title in docs/ar/, the English translation "
          f"and title in docs/en/), then run `scripts/dev.sh stamp {en}` and `scripts/dev.sh check`.")
    return 0


def cmd_import(args, project: Project) -> int:
    from . import scaffold

    problem = _readable_file(Path(args.file), "raw text")
    if problem:
        print(problem, file=sys.stderr)
        return 1
    only = None
    if args.only:
        lo, _, hi = args.only.partition("-")
        if not (lo.isdigit() and (hi.isdigit() or not hi)):
            print(f"error: --only {args.only}: a paragraph number or a range such as 5-40", file=sys.stderr)
            return 1
        only = set(range(int(lo), int(hi or lo) + 1))
    try:
        written = scaffold.import_report(Path(args.file).read_text(encoding="utf-8"), project.docs,
                                         project.vocabulary, args.session, only)
    except scaffold.ScaffoldError as exc:
        print(f"error: import into {args.session}: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(project.root).as_posix()}")
    folder = pages.folder_of(project.vocabulary["sessions"], args.session)
    print(f"{len(written) // 2} paragraph(s) of {args.session} imported into docs/<lang>/{folder}/. Reorder each "
          "paragraph's words, then tag it: `scripts/dev.sh check` lists every TODO left (CONTRIBUTING: "
          "Add a meeting with its source).")
    return 0


def cmd_page_weight(args, project: Project) -> int:
    from . import page_weight

    page_weight.run(project.root)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tawsiyat", description="Tawsiyat project tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("cut", help="cut a source report into its parts")
    p.add_argument("--session", help="a meeting with a source (needed when more than one has a source)")
    p.add_argument("--file", help="a raw text extraction (default: the meeting's source)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--only", help="comma-separated paragraph numbers to show")
    p.set_defaults(func=cmd_cut)
    p = sub.add_parser("check", help="validate without building; exit 1 on problems")
    p.add_argument("what", nargs="*", metavar="WHAT", help=f"any of: {', '.join(checks.CHECKS)} (default: all)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("stamp", help="record in English pages the Arabic text they translate")
    p.add_argument("pages", nargs="*", help="pages as docs/en/recommendations/05.md, en/…, recommendations/05.md "
                                           "(default: every page)")
    p.set_defaults(func=cmd_stamp)
    p = sub.add_parser("new", help="scaffold a recommendation in both languages")
    p.add_argument("paragraph", type=int)
    p.add_argument("--section", help="an agenda section of the meeting (required when it has any)")
    p.add_argument("--session", help="the meeting (needed when more than one has a source; default: the one that has)")
    p.add_argument("--themes", required=True, help="comma-separated theme ids")
    p.add_argument("--addressees", default="states-parties")
    p.add_argument("--strength", default="should")
    p.set_defaults(func=cmd_new)
    p = sub.add_parser("import", help="paragraph pages of another meeting from its raw text extraction")
    p.add_argument("file", help="the raw text extraction (keep a copy under source/)")
    p.add_argument("--session", required=True, help="a session id already in data/vocabulary.yml")
    p.add_argument("--only", help="a paragraph number or range, e.g. 5-48 for the recommendations")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("bench-build", help="time builds with N synthetic recommendations per language")
    p.add_argument("--sizes", default="100,1000,5000")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--serve", type=int, metavar="SAVES", default=0,
                   help="instead: under mkdocs serve on the real site, seconds from saving a page to its reload")
    p.set_defaults(func=cmd_bench_build)
    p = sub.add_parser("bench-search", help="search index size, first-query bytes and latency in Chromium")
    p.add_argument("--size", type=int, default=5000, help="synthetic recommendations per language")
    p.add_argument("--phone", action="store_true",
                   help="only the phone profile (4x CPU, 150 ms / 1.6 Mbit/s, 390 px) on the real site")
    p.add_argument("--runs", type=int, default=3, help="visits per language for --phone (median and worst over all)")
    p.set_defaults(func=cmd_bench_search)
    p = sub.add_parser("page-weight", help="bytes of a first visit to the home and a recommendation page")
    p.set_defaults(func=cmd_page_weight)
    p = sub.add_parser("fonts", help="subset the self-hosted fonts (needs Debian's fonts-noto-core)")
    p.set_defaults(func=cmd_fonts)
    return parser


def main(argv: list[str], root: Path) -> int:
    from ..datafiles import DataError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args, Project(root))
    except DataError as exc:  # a data file that cannot be read: say where, run `check` for the rest
        print(f"error: {exc}\n(`scripts/dev.sh check data` lists every problem of the data files)", file=sys.stderr)
        return 1
