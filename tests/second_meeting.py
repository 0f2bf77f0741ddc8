"""A copy of the project holding two more meetings, added as CONTRIBUTING says a contributor adds
them, with the documented commands only:

- wgtip-2011-10, recommendations without a source (`new`, the TODOs replaced, `stamp`, `check`):
  no `source:` (its report is not on the site), no agenda sections, no report or parallel view;
- wgtip-2015-11, a meeting **with its source** (CONTRIBUTING, "Add a meeting with its source"):
  a small report in the extraction's style (runs scrambled inside lines, words split, tatweel,
  mirrored parentheses, each paragraph's marker at the end of its first line), numbered from 1,
  with a title, a chapter and two sections, put on the site with `import`, reordered and tagged,
  its title, headings and non-recommendation paragraph in pages of its own, its full report and
  parallel view in the navigation, `stamp`, `check`.

Paragraph numbers collide with the first meeting's (3, 5, 30 …): whatever keys a recommendation by
its number alone, assumes one meeting, or one meeting with a source, fails on this tree; and no
page of the first meeting may change address (tests/scripts/test_workflow.py compares them).

    python tests/second_meeting.py DEST    # make the tree at DEST (then: TAWSIYAT_PROJECT=DEST pytest)
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# started by a Python outside the project's virtualenv (`python tests/second_meeting.py DEST`):
# the commands it runs need the project's packages, so it runs them with the venv's Python
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

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

# --- the sourced meeting -------------------------------------------------------------------
SOURCED = "wgtip-2015-11"
SOURCE_FILE = "source/report-2015-ar.txt"


def report_folder(session: str) -> str:
    """Where a sourced meeting's report pages are, under docs/<lang>/ (CONTRIBUTING)."""
    return f"meeting/{session}"



TITLE = "تقرير عن اجتماع الفريق العامل المعني بالاتجار بالأشخاص، المعقود في فيينا، من ١٦ إلى ١٨ تشرين الثاني/نوفمبر ٢٠١٥"
TITLE_EN = "Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 16 to 18 November 2015"
CHAPTER = ("أولاً", "التوصيات", "I. Recommendations")
# section key -> (mark, Arabic heading, English heading, Arabic label, English label)
SECTIONS = {
    "A": ("ألف", "التعاون الدولي في قضايا الاتجار بالأشخاص", "A. International cooperation in trafficking cases",
                     "التعاون الدولي", "International cooperation"),
    "B": ("باء", "حماية ضحايا الاتجار ومساعدتهم", "B. Protection of and assistance to victims",
                     "حماية الضحايا", "Protection of victims"),
}
# paragraph -> (section key or None, Arabic text, English text, English title, themes, addressees, strength)
SOURCED_PARAGRAPHS = {
    1: (None, "اعتمد الفريق العامل التوصيات الواردة أدناه.",
        "The Working Group adopted the recommendations set out below.", None, None, None, None),
    2: ("A", "ينبغي للدول الأطراف أن تعزِّز التعاون الدولي في التحقيق في قضايا الاتجار بالأشخاص (بما في ذلك تبادل المعلومات).",
        "States parties should strengthen international cooperation in investigating trafficking in persons cases (including the exchange of information).",
        "Cooperation in investigations", "international-cooperation", "states-parties", "should"),
    3: ("A", "يجب على الدول الأطراف أن تيسِّر تسليم المجرمين والمساعدة القانونية المتبادلة في قضايا الاتجار بالأشخاص.",
        "States parties must facilitate extradition and mutual legal assistance in trafficking in persons cases.",
        "Extradition and mutual legal assistance", "international-cooperation", "states-parties", "must"),
    4: ("B", "تُشجَّع الدول الأطراف على توفير المأوى والمساعدة الطبية لضحايا الاتجار بالأشخاص.",
        "States parties are encouraged to provide shelter and medical assistance to victims of trafficking in persons.",
        "Shelter and medical assistance", "victim-protection", "states-parties", "encouraged"),
    5: ("B", "ومن أجل حماية الضحايا على نحو أفضل، تُشجَّع الدول الأطراف على تدريب الموظفين المكلفين بإنفاذ القانون.",
        "To protect victims better, States parties are encouraged to train law enforcement officials.",
        "Training law enforcement officials", "victim-protection,training", "states-parties", "encouraged"),
    6: ("B", "يمكن للدول الأطراف أن تنظر في إنشاء صناديق لتعويض ضحايا الاتجار بالأشخاص.",
        "States parties may consider establishing funds to compensate victims of trafficking in persons.",
        "Compensation funds", "victim-protection", "states-parties", "may"),
}
TATWEEL = "\u0640"


def rel(paragraph: int) -> str:
    return f"recommendations/{SESSION}/{paragraph:02d}.md"


def sourced_rel(paragraph: int, session: str = SOURCED) -> str:
    return f"recommendations/{session}/{paragraph:02d}.md"


def held(project: Path) -> bool:
    """Whether the project at ``project`` holds the meetings' pages already."""
    return any((project / "docs" / lang / rel(n)).exists() for lang in ("ar", "en") for n in PAGES)


def _python(project: Path) -> str:
    """The project's Python: this one when it has the project's packages, else the virtualenv's
    (the copy's, this checkout's, or $VENV's, as scripts/dev.sh names it)."""
    try:
        import frontmatter  # noqa: F401
        import mkdocs  # noqa: F401
        return sys.executable
    except ImportError:
        pass
    venvs = [project / ".venv", VENV_PYTHON.parents[1]] + ([Path(os.environ["VENV"])] if os.environ.get("VENV") else [])
    for venv in venvs:
        if (venv / "bin" / "python").exists():
            return str(venv / "bin" / "python")
    sys.exit("tests/second_meeting.py: the project's virtualenv is missing: run `scripts/dev.sh check` once "
             "(it creates .venv/), or name one with VENV=/path/to/venv")


def _cli(project: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([_python(project), str(project / "scripts" / "tawsiyat.py"), *args],
                            capture_output=True, text=True, cwd=project)
    if result.returncode != 0:
        raise RuntimeError(f"tawsiyat.py {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
    return result


def _fill(path: Path, title: str, text: str, **fields: str) -> None:
    """Replace the placeholders `new` or `import` wrote: the title, the paragraph's text and
    any front matter field given (themes, addressees, section, strength)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    body = lines.index(next(line for line in lines if line.startswith(":::")))
    out = []
    for i, line in enumerate(lines):
        key = line.partition(":")[0]
        if line.startswith("title:"):
            out.append(f'title: "{title}"')
        elif i < body and key in fields:
            out.append(f"{key}: {fields[key]}")
        elif i == body + 1:
            out.append(text)
        else:
            out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _extracted(words: list[str], marker: str = "", per_line: int = 5) -> list[str]:
    """Lines as the PDF extraction writes them: each line's runs in reverse order, a long word
    drawn out with tatweel, a word split in two runs, parentheses mirrored, the paragraph's
    marker at the end of its first line."""
    lines = []
    for start in range(0, len(words), per_line):
        runs = list(words[start:start + per_line])
        longest = max(range(len(runs)), key=lambda i: len(runs[i]))
        word = runs[longest]
        if len(word) >= 6 and start == 0:
            runs[longest:longest + 1] = [word[:3], word[3:]]  # a split word: two runs, in order
        elif len(word) >= 4:
            runs[longest] = word[:2] + TATWEEL * 3 + word[2:]
        line = " ".join(reversed(runs)).translate(str.maketrans("()", ")("))
        if start == 0 and marker:
            line += f"   -{marker}"
        lines.append(line + " ")
    return lines


def source_text() -> str:
    """The sourced meeting's report as its PDF extraction would hold it."""
    digits = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    out = _extracted(TITLE.split(), per_line=8) + [""]
    out.append(f"   {CHAPTER[1]}  -{CHAPTER[0]}  ")
    out.append("")
    section = None
    for number, (key, ar, *_rest) in SOURCED_PARAGRAPHS.items():
        if key != section and key is not None:
            mark, heading = SECTIONS[key][:2]
            out += [f"   {' '.join(reversed(heading.split()))}  -{mark}  ", ""]
            section = key
        out += _extracted(ar.split(), str(number).translate(digits)) + [""]
    return "\n".join(out) + "\n"


def _vocabulary_entries(project: Path, session: str, source_file: str) -> None:
    """The meeting and its two agenda sections in data/vocabulary.yml (text inserted, so the
    file keeps its comments), its order after every other meeting's."""
    path = project / "data" / "vocabulary.yml"
    text = path.read_text(encoding="utf-8")
    anchor = "\n# Agenda sections"
    # read without PyYAML, which a Python outside the virtualenv may lack
    sessions = text[text.index("\nsessions:\n"):text.index(anchor)]
    order = max(int(n) for n in re.findall(r"^    order: (\d+)\s*$", sessions, re.M)) + 1
    meeting = (f"  {session}:\n    order: {order}\n    start: 2015-11-16\n    end: 2015-11-18\n"
               f"    report_symbol: CTOC/COP/WG.4/{session.split('-')[1]}/6\n"
               f"    report_title:\n      ar: {TITLE}\n      en: {TITLE_EN}\n"
               f"    source: {source_file}\n    report_pages:\n"
               f"      - {report_folder(session)}/recommendations.md\n"
               "    label:\n      ar: اجتماع فيينا، ١٦–١٨ تشرين الثاني/نوفمبر ٢٠١٥\n"
               "      en: Vienna meeting, 16–18 November 2015\n"
               "    description:\n      ar: اجتماع للفريق العامل المعني بالاتجار بالأشخاص.\n"
               "      en: A meeting of the Working Group on Trafficking in Persons.\n")
    sections = "".join(
        f"  {session}-{key}:\n    session: {session}\n    mark: {mark}\n    label:\n      ar: {label_ar}\n      en: {label_en}\n"
        f"    description:\n      ar: {heading}.\n      en: {heading_en.split('. ', 1)[1]}.\n"
        for key, (mark, heading, heading_en, label_ar, label_en) in SECTIONS.items())
    assert "\nsections:\n" in text
    text = text.replace(anchor, meeting + anchor, 1).replace("\nsections:\n", "\nsections:\n" + sections, 1)
    path.write_text(text, encoding="utf-8")


def _report_pages(project: Path, session: str) -> None:
    """Its title, chapter and section headings and its first paragraph, the full report and the
    parallel view, each named after its meeting, in both languages; and the navigation."""
    labels = {"ar": "٢٠١٥", "en": "2015"} if session == SOURCED else {"ar": session, "en": session}
    for lang in ("ar", "en"):
        folder = project / "docs" / lang / report_folder(session)
        folder.mkdir(parents=True, exist_ok=True)
        ar = lang == "ar"
        chapter = f"{CHAPTER[0]}- {CHAPTER[1]}" if ar else CHAPTER[2]
        first = SOURCED_PARAGRAPHS[1][1 if ar else 2]
        sections = "".join(f"## {f'{v[0]}- {v[1]}' if ar else v[2]}\n\n<!-- recommendations: {session}-{k} -->\n\n"
                           for k, v in SECTIONS.items())
        pages = {
            "recommendations.md": (("التوصيات، " if ar else "Recommendations, ") + labels[lang],
                                   f"# {chapter}\n\n::: paragraph 1\n{first}\n:::\n\n{sections}"),
            "report.md": (("التقرير الكامل، " if ar else "Full report, ") + labels[lang],
                          f"# {TITLE if ar else TITLE_EN}\n\n<!-- full-report -->\n"),
            "parallel.md": (("العرض المتوازي، " if ar else "Parallel view, ") + labels[lang],
                            ("# العرض المتوازي: العربية والإنكليزية" if ar else "# Parallel view: Arabic and English")
                            + "\n\n<!-- parallel-report -->\n"),
        }
        for name, (title, body) in pages.items():
            (folder / name).write_text(f"---\nsession: {session}\ntitle: \"{title}\"\n---\n\n{body}", encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    group = f"تقرير اجتماع {labels['ar']}"
    entries = "".join(f"      - {report_folder(session)}/{name}\n" for name in ("report.md", "parallel.md", "recommendations.md"))
    anchor = "      - meeting/annex.md\n"
    assert anchor in text and "            التقرير: The report\n" in text
    text = text.replace(anchor, anchor + f"  - {group}:\n" + entries, 1)
    # with two reports, the first one's views name their meeting too (CONTRIBUTING)
    first = re.search(r"^session: (\S+)", (project / "docs" / "ar" / "report.md").read_text(encoding="utf-8"), re.M)
    vocabulary = (project / "data" / "vocabulary.yml").read_text(encoding="utf-8")
    year = re.search(rf"^  {re.escape(first.group(1))}:\n(?:    .*\n)*?    start: (\d{{4}})", vocabulary, re.M).group(1)
    year_ar = year.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    for ar, en, page in (("التقرير الكامل", "Full report", "report.md"), ("العرض المتوازي", "Parallel view", "parallel.md")):
        if f"      - {ar}: {page}\n" in text:
            text = text.replace(f"      - {ar}: {page}\n", f"      - {ar}، {year_ar}: {page}\n", 1)
            text = text.replace(f"            {ar}: {en}\n", f"            {ar}: {en}\n            {ar}، {year_ar}: {en}, {year}\n", 1)
    text = text.replace("            التقرير: The report\n",
                        f"            التقرير: The report\n            {group}: Report of the {labels['en']} meeting\n", 1)
    config.write_text(text, encoding="utf-8")


def add_sourced_meeting(project: Path, session: str = SOURCED, source_file: str = SOURCE_FILE) -> Path:
    """CONTRIBUTING's "Add a meeting with its source", step by step."""
    (project / source_file).write_text(source_text(), encoding="utf-8")
    _vocabulary_entries(project, session, source_file)
    numbers = [n for n, v in SOURCED_PARAGRAPHS.items() if v[3]]
    _cli(project, "import", source_file, "--session", session, "--only", f"{numbers[0]}-{numbers[-1]}")
    for number in numbers:
        section, ar, en, en_title, themes, addressees, strength = SOURCED_PARAGRAPHS[number]
        section = f"{session}-{section}"
        page = (project / "docs" / "ar" / sourced_rel(number, session)).read_text(encoding="utf-8")
        # what `import` read from the source: the section from its heading, the strength from its
        # verb (TODO where a split word hides it), which the contributor checks
        assert f"section: {section}\n" in page, page
        assert f"strength: {strength}\n" in page or "strength: TODO\n" in page, page
        fields = {"themes": f"[{themes}]", "addressees": f"[{addressees}]", "strength": strength}
        _fill(project / "docs" / "ar" / sourced_rel(number, session), ar.split("،")[0].rstrip(".")[:60], ar, **fields)
        _fill(project / "docs" / "en" / sourced_rel(number, session), en_title, en, **fields)
    _report_pages(project, session)
    _cli(project, "stamp")
    _cli(project, "check")
    return project


def add_second_meeting(project: Path) -> Path:
    """Add the meetings to the project at ``project`` with the documented commands."""
    for number, (themes, addressees, strength, ar_title, ar_text, en_title, en_text) in PAGES.items():
        _cli(project, "new", str(number), "--session", SESSION, "--themes", themes,
             "--addressees", addressees, "--strength", strength)
        _fill(project / "docs" / "ar" / rel(number), ar_title, ar_text)
        _fill(project / "docs" / "en" / rel(number), en_title, en_text)
        _cli(project, "stamp", f"docs/en/{rel(number)}")
    _cli(project, "check")
    return add_sourced_meeting(project)


def make(dest: Path) -> Path:
    """A copy of this checkout at ``dest`` (its files, not its virtualenv, history or build
    output) with the meetings added."""
    skip = shutil.ignore_patterns(".git", ".venv", "site", "test-artifacts", "__pycache__", ".pytest_cache", ".hypothesis", "staging")
    shutil.copytree(ROOT, dest, ignore=skip, symlinks=True)
    return add_second_meeting(dest)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    print(make(Path(sys.argv[1]).resolve()))
