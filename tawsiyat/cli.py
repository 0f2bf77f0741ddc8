"""The subcommands behind scripts/tawsiyat.py."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import fidelity_check, pages, source
from .project import Project


def cmd_cut(args, project: Project) -> int:
    sessions = project.vocabulary["sessions"]
    session = args.session
    path = Path(args.file) if args.file else project.source_file(session)
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


CHECKS = {"fidelity": check_fidelity}


def cmd_check(args, project: Project) -> int:
    names = args.what or list(CHECKS)
    failed = 0
    for name in names:
        problems = CHECKS[name](project)
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"check {name}: {status}")
        for problem in problems:
            print("  " + problem.replace("\n", "\n  "))
        failed += bool(problems)
    return 1 if failed else 0


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
    p.add_argument("what", nargs="*", choices=[*CHECKS, []][:len(CHECKS)] or None)
    p.set_defaults(func=cmd_check)
    return parser


def main(argv: list[str], root: Path) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args, Project(root))
