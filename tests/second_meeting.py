"""A copy of the project holding another meeting's recommendations, added as CONTRIBUTING says a
contributor adds them: `new`, the TODOs replaced, `stamp`, `check`.

The meeting has no `source:` (its report is not on the site), no agenda sections, no report or
parallel view, and its paragraph numbers collide with the first meeting's (30 is a 2013
recommendation, 3 a 2013 introduction paragraph): whatever keys a recommendation by its number
alone, or assumes one meeting, fails on this tree.

    python tests/second_meeting.py DEST    # make the tree at DEST (then: TAWSIYAT_PROJECT=DEST pytest)
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SESSION = "wgtip-2011-10"
# paragraph -> (themes, addressees, strength, Arabic title, Arabic text, English title, English text)
PAGES = {
    3: ("demand,children", "states", "should",
        "خفض الطلب", "ينبغي للدول أن تتخذ تدابير لخفض الطلب.",
        "Reducing demand", "States should take measures to reduce demand."),
    30: ("online-exploitation", "states-parties", "must",
         "التعاون مع مقدمي خدمات الإنترنت", "يجب على الدول الأطراف أن تتعاون مع مقدمي خدمات الإنترنت.",
         "Cooperation with Internet service providers", "States parties must cooperate with Internet service providers."),
}


def rel(paragraph: int) -> str:
    return f"recommendations/{SESSION}/{paragraph:02d}.md"


def held(project: Path) -> bool:
    """Whether the project at ``project`` holds the meeting's pages already."""
    return any((project / "docs" / lang / rel(n)).exists() for lang in ("ar", "en") for n in PAGES)


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(project / "scripts" / "tawsiyat.py"), *args],
                            capture_output=True, text=True, cwd=project)
    if result.returncode != 0:
        raise RuntimeError(f"tawsiyat.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def _fill(path: Path, title: str, text: str) -> None:
    """Replace the placeholders `new` wrote: the title and the paragraph's text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    lines = [f'title: "{title}"' if line.startswith("title:") else text if line.startswith("TODO") else line
             for line in lines]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_second_meeting(project: Path) -> Path:
    """Add the meeting's recommendations to the project at ``project`` with the documented commands."""
    for number, (themes, addressees, strength, ar_title, ar_text, en_title, en_text) in PAGES.items():
        _cli(project, "new", str(number), "--session", SESSION, "--themes", themes,
             "--addressees", addressees, "--strength", strength)
        _fill(project / "docs" / "ar" / rel(number), ar_title, ar_text)
        _fill(project / "docs" / "en" / rel(number), en_title, en_text)
        _cli(project, "stamp", f"docs/en/{rel(number)}")
    _cli(project, "check")
    return project


def make(dest: Path) -> Path:
    """A copy of this checkout at ``dest`` (its files, not its virtualenv, history or build
    output) with the second meeting added."""
    skip = shutil.ignore_patterns(".git", ".venv", "site", "test-artifacts", "__pycache__", ".pytest_cache", ".hypothesis", "staging")
    shutil.copytree(ROOT, dest, ignore=skip, symlinks=True)
    return add_second_meeting(dest)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(make(Path(sys.argv[1]).resolve()))
