"""The self-hosted faces hold every character the project's text uses (no silent fallback)."""
from __future__ import annotations

from conftest import ROOT
from tawsiyat.devtools import fonts


def test_every_character_of_the_project_text_is_in_the_faces():
    assert fonts.check(ROOT) == []


def test_a_character_the_faces_lack_is_named_with_its_page():
    faces = fonts.coverage(ROOT / fonts.FACES_DIR)
    problems = fonts.missing({"docs/ar/recommendations/05.md": "ينبغي ﷲ للدول", "docs/en/index.md": "fine ☃ text"}, faces)
    assert len(problems) == 2
    assert problems[0].startswith("docs/ar/recommendations/05.md: character 'ﷲ' (U+FDF2 ARABIC LIGATURE ALLAH ISOLATED FORM)")
    assert problems[1].startswith("docs/en/index.md: character '☃' (U+2603 SNOWMAN)")


def test_a_character_only_one_weight_holds_counts_as_missing():
    faces = {name: {ord("a")} for name in fonts.FACES}
    faces["NotoSans-Regular"] = faces["NotoSans-Italic"] = {ord("a"), ord("b")}  # not in bold
    assert [p.split(":")[0] for p in fonts.missing({"page.md": "ab"}, faces)] == ["page.md"]


def test_the_faces_are_subset_to_the_characters_used():
    used = fonts.used_characters(ROOT)
    for name, mapped in fonts.coverage(ROOT / fonts.FACES_DIR).items():
        assert mapped <= used, f"{name} maps characters no page uses: {sorted(mapped - used)[:10]}"
