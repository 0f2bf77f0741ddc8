"""The subcommands behind scripts/tawsiyat.py."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import fidelity_check, pages, source, translation
from . import site as site_mod
from .project import Project


def cmd_cut(args, project: Project) -> int:
    path = Path(args.file) if args.file else project.source_file(args.session)
    report = source.load(path)
    if args.json:
        json.dump([p.as_dict() for p in report.parts], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for part in report.parts:
        if args.only and str(part.number) not in args.only.split(","):
            continue
        head = f"== {part.kind} {part.number or part.mark or ''} (line {part.start_line})"
        print(head)
        print(part.text)
        print()
    return 0


def check_fidelity(project: Project) -> list[str]:
    ar_pages = pages.load_language(project.docs, "ar")
    problems = []
    for session in project.vocabulary["sessions"]:
        path = project.source_file(session)
        if path is None:
            continue
        mine = [p for p in ar_pages if p.meta.get("session") == session]
        problems += fidelity_check.check_session(source.load(path), mine)
    return problems


def check_schema(project: Project) -> list[str]:
    return [str(p) for p in site_mod.load(project).problems]


def check_stale(project: Project) -> list[str]:
    return [
        f"{page.label}: translation may be out of date for paragraph(s) {', '.join(map(str, numbers))} "
        f"(update the English, then run `scripts/tawsiyat.py stamp {page.rel}`)"
        for page, numbers in translation.stale_pages(site_mod.load(project))
    ]


def check_fonts(project: Project) -> list[str]:
    from . import fonts

    return fonts.check(project.root)


CHECKS = {"schema": check_schema, "fidelity": check_fidelity, "stale": check_stale, "fonts": check_fonts}


def cmd_stamp(args, project: Project) -> int:
    changed = translation.stamp(site_mod.load(project), set(args.pages) or None)
    for path in changed:
        print(f"stamped {path.relative_to(project.root)}")
    print(f"{len(changed)} page(s) stamped")
    return 0


def cmd_check(args, project: Project) -> int:
    names = args.what or list(CHECKS)
    unknown = [n for n in names if n not in CHECKS]
    if unknown:
        print(f"unknown check(s): {', '.join(unknown)}; choose from {', '.join(CHECKS)}", file=sys.stderr)
        return 2
    failed = 0
    for name in names:
        problems = CHECKS[name](project)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"check {name}: {status}")
        for problem in problems:
            print("  " + problem.replace("\n", "\n  "))
        failed += bool(problems)
    return 1 if failed else 0


def cmd_fonts(args, project: Project) -> int:
    from . import fonts

    for path in fonts.subset_all(project.root / fonts.FACES_DIR, project.root):
        print(f"{path.relative_to(project.root)}: {path.stat().st_size // 1024} KiB")
    return 0


def cmd_bench_build(args, project: Project) -> int:
    from . import benchmark

    benchmark.run(project.root, [int(n) for n in args.sizes.split(",")], args.repeat)
    return 0


def cmd_bench_search(args, project: Project) -> int:
    from . import search_benchmark

    search_benchmark.run(project.root, args.size)
    return 0


def _csv(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def cmd_new(args, project: Project) -> int:
    from . import scaffold

    try:
        written = scaffold.new_recommendation(
            project.docs, project.vocabulary, args.paragraph, args.section, args.session or project.latest_session,
            project.latest_session, _csv(args.themes), _csv(args.addressees), args.strength)
    except scaffold.ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(project.root)}")
    print("Next: write the official Arabic text (check fidelity if the session has a source), translate it, "
          "then run `scripts/tawsiyat.py stamp` and `scripts/tawsiyat.py check`.")
    return 0


def cmd_import(args, project: Project) -> int:
    from . import scaffold

    only = None
    if args.only:
        lo, _, hi = args.only.partition("-")
        only = set(range(int(lo), int(hi or lo) + 1))
    try:
        written = scaffold.import_report(Path(args.file).read_text(encoding="utf-8"), project.docs,
                                         project.vocabulary, args.session, project.latest_session, only)
    except scaffold.ScaffoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {path.relative_to(project.root)}")
    print(f"{len(written) // 2} paragraph(s) imported. Reorder each paragraph's words, then tag it: "
          "`scripts/tawsiyat.py check` lists every TODO left.")
    return 0


def cmd_page_weight(args, project: Project) -> int:
    from . import page_weight

    page_weight.run(project.root)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tawsiyat", description="Tawsiyat project tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("cut", help="cut a source report into its parts")
    p.add_argument("--session", default="wgtip-2013-11")
    p.add_argument("--file", help="a raw text extraction (default: the session's source)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--only", help="comma-separated paragraph numbers to show")
    p.set_defaults(func=cmd_cut)
    p = sub.add_parser("check", help="validate without building; exit 1 on problems")
    p.add_argument("what", nargs="*", metavar="WHAT", help=f"any of: {', '.join(CHECKS)} (default: all)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("stamp", help="record in English pages the Arabic text they translate")
    p.add_argument("pages", nargs="*", help="paths under docs/en/ (default: every page)")
    p.set_defaults(func=cmd_stamp)
    p = sub.add_parser("new", help="scaffold a recommendation in both languages")
    p.add_argument("paragraph", type=int)
    p.add_argument("--section", required=True)
    p.add_argument("--session", help="default: the latest session with a source")
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
    p.set_defaults(func=cmd_bench_build)
    p = sub.add_parser("bench-search", help="search index size, first-query bytes and latency in Chromium")
    p.add_argument("--size", type=int, default=5000, help="synthetic recommendations per language")
    p.set_defaults(func=cmd_bench_search)
    p = sub.add_parser("page-weight", help="bytes of a first visit to the home and a recommendation page")
    p.set_defaults(func=cmd_page_weight)
    p = sub.add_parser("fonts", help="subset the self-hosted fonts (needs Debian's fonts-noto-core)")
    p.set_defaults(func=cmd_fonts)
    return parser


def main(argv: list[str], root: Path) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args, Project(root))
