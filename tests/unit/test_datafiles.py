"""The data files are checked like pages: every mistake is a `data/<file>.yml:LINE: …` message
(never a traceback), from tawsiyat.datafiles with the rules in data/schema.yml."""
import shutil

import pytest

from conftest import ROOT
from tawsiyat import datafiles


@pytest.fixture
def root(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    for name in ("docs", "source"):
        (tmp_path / name).symlink_to(ROOT / name)
    return tmp_path


def line_of(root, rel, text):
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def edit(root, rel, old, new):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_project_data_is_valid():
    assert datafiles.check_all(ROOT) == []


V, G, W = "data/vocabulary.yml", "data/glossary.yml", "data/words.yml"
CASES = {
    # name: (file, old, new, the line's text after the edit, words in the message)
    "label lacks en": (V, "label: {ar: الموافقة, en: Consent}", "label: {ar: الموافقة}", "label: {ar: الموافقة}",
                       ["'themes.consent.label': the en text is missing"]),
    "description lacks ar": (V, "      ar: أوجه الضعف لدى الضحايا واستغلال حالة الضعف.\n", "", "label: {ar: حالة الضعف",
                             ["'themes.vulnerability.description': the ar text is missing"]),
    "unknown key": (V, "    report_symbol: CTOC/COP/WG.4/2010/6", "    report_symbl: CTOC/COP/WG.4/2010/6", "report_symbl",
                    ["unknown key — did you mean 'report_symbol'?"]),
    "missing report symbol": (V, "    report_symbol: CTOC/COP/WG.4/2011/8\n", "", "  wgtip-2011-10:",
                              ["'report_symbol' is required"]),
    "bad date": (V, "start: 2010-10-19", "start: 19 October 2010", "start: 19 October 2010", ["expected a date"]),
    "missing date": (V, "    end: 2010-01-29\n", "", "  wgtip-2010-01:", ["'end' is required"]),
    "section of no meeting": (V, "  C:\n    session: wgtip-2013-11", "  C:\n    session: wgtip-2031-11", "session: wgtip-2031-11",
                              ["unknown value 'wgtip-2031-11'"]),
    "missing source file": (V, "source: source/report-2013-ar.txt", "source: source/report-2013.txt",
                            "source: source/report-2013.txt", ["no such file: source/report-2013.txt"]),
    "unknown list": (V, "\nthemes:\n", "\nthemez:\n", "themez:", ["unknown list — did you mean 'themes'?"]),
    "bad indentation": (V, "\n    start: 2010-10-19", "\n   start: 2010-10-19", "start: 2010-10-19", ["invalid YAML"]),
    "unclosed bracket": (V, "label: {ar: الطلب, en: Demand}", "label: {ar: الطلب, en: Demand", "label: {ar: الطلب, en: Demand",
                         ["invalid YAML"]),
    "glossary lacks en": (G, "- ar: الدول الأطراف\n  en: States parties\n", "- ar: الدول الأطراف\n", "- ar: الدول الأطراف",
                          ["'en' is required"]),
    "glossary unknown key": (G, "  en: States parties\n", "  en: States parties\n  eng: x\n", "eng: x", ["unknown key"]),
    "glossary bad yaml": (G, "- ar: الدول الأطراف\n", "- ar: الدول الأطراف\n - x\n", "- x", ["invalid YAML"]),
    "count lacks a CLDR form": (W, 'few: "{n} موضوعات مشتركة", ', "", "shared_theme:", ["lacks the CLDR plural form(s) few"]),
    "count with a form English lacks": (W, 'en: {one: "{n} shared theme", ', 'en: {one: "{n} shared theme", two: "x", ',
                                        'two: "x"', ["has form(s) two"]),
    "word lacks ar": (W, "related: {ar: توصيات ذات صلة, en: Related recommendations}",
                      "related: {en: Related recommendations}", "related: {en:", ["'indexes.related': the ar text is missing"]),
    "words bad yaml": (W, "  copy: {ar: نسخ, en: Copy}", "  copy: {ar: نسخ, en: Copy", "copy: {ar: نسخ, en: Copy", ["invalid YAML"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_broken_data_file_gives_file_and_line(root, name):
    rel, old, new, at, words = CASES[name]
    edit(root, rel, old, new)
    problems = datafiles.check_all(root)
    assert problems, name
    text = [str(p) for p in problems]
    line = line_of(root, rel, at)
    match = [t for t in text if t.startswith(f"{rel}:")]
    assert match, text
    assert any(t.startswith(f"{rel}:{n}: ") for t in match for n in (line, line + 1)), (line, text)
    for word in words:
        assert any(word in t for t in match), (word, text)


def test_counts_need_every_plural_category_babel_gives():
    assert datafiles.plural_categories("ar") == {"zero", "one", "two", "few", "many", "other"}
    assert datafiles.plural_categories("en") == {"one", "other"}
