"""`check fonts` on a copy of the project: new text with a character the subset faces lack fails,
naming the page and the character, so it never falls back to a system font unnoticed."""
from conftest import run_cli


def test_check_fonts_passes_on_the_project(project_copy):
    result = run_cli(project_copy, "check", "fonts")
    assert result.returncode == 0, result.stdout
    assert "check fonts: ok" in result.stdout


def test_check_fonts_names_the_page_and_the_character_the_faces_lack(project_copy):
    page = project_copy / "docs/en/index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nWinter ☃ and ﷲ.\n", encoding="utf-8")
    result = run_cli(project_copy, "check", "fonts")
    assert result.returncode == 1
    assert "docs/en/index.md: character '☃' (U+2603 SNOWMAN)" in result.stdout
    assert "docs/en/index.md: character 'ﷲ' (U+FDF2 ARABIC LIGATURE ALLAH ISOLATED FORM)" in result.stdout
    assert "scripts/tawsiyat.py fonts" in result.stdout
