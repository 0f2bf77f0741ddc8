import pytest

from conftest import ROOT
from tawsiyat import schema as schema_mod
from tawsiyat.pages import Page, PageError, folder_of, parse, recommendation_rel
from tawsiyat.project import Project

PROJECT = Project(ROOT)
SCHEMA = schema_mod.load_schema(ROOT / "data" / "schema.yml")
VOCAB = PROJECT.vocabulary

GOOD = {
    "paragraph": 5, "session": "wgtip-2013-11", "section": "A", "title": "t",
    "themes": ["civil-society"], "addressees": ["states-parties"], "strength": "must",
}
BODY = "\n::: paragraph 5\nنص\n:::\n"


def rec(lang="ar", rel="recommendations/05.md", body=BODY, **changes):
    meta = {**GOOD, **changes}
    for key in [k for k, v in changes.items() if v is None]:
        meta.pop(key)
    return Page(rel, lang, meta, body)


def test_good_page_passes():
    schema_mod.validate_page(rec(), SCHEMA, VOCAB)


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"themes": ["consnet"]}, "themes", ["consnet", "did you mean 'consent'"]),
        ({"themes": []}, "themes", ["at least 1"]),
        ({"themes": "consent"}, "themes", ["expected a list"]),
        ({"strength": "shall"}, "strength", ["shall", "Allowed: must"]),
        ({"session": "wgtip-2099"}, "session", ["unknown value 'wgtip-2099'"]),
        ({"section": "Z"}, "section", ["unknown value 'Z'"]),
        ({"paragraph": "5"}, "paragraph", ["expected a integer"]),
        ({"paragraph": True}, "paragraph", ["expected a integer"]),
        ({"addressees": ["states-parties", "states-parties"]}, "addressees", ["repeats"]),
        ({"title": None}, "title", ["is required"]),
        ({"theme": ["consent"]}, "theme", ["unknown key", "did you mean 'themes'"]),
        ({"paragraph": 6}, "paragraph", ["exactly one", "paragraph 6"]),
        ({"translates": {5: "x"}}, "translates", ["not allowed on ar pages"]),
    ],
)
def test_each_rejection_names_file_field_and_value(changes, field, words):
    with pytest.raises(PageError) as caught:
        schema_mod.validate_page(rec(**changes), SCHEMA, VOCAB)
    message = str(caught.value)
    assert caught.value.field == field
    assert "docs/ar/recommendations/05.md" in message and f"'{field}'" in message
    for word in words:
        assert word in message


def test_bad_yaml_names_file_and_line():
    with pytest.raises(PageError) as caught:
        parse("---\ntitle: a\nthemes: [consent\n---\nنص\n", "recommendations/05.md", "ar")
    assert "docs/ar/recommendations/05.md:" in str(caught.value)
    assert caught.value.line is not None and caught.value.line >= 3


@pytest.mark.parametrize("text, line", [
    ("---\ntitle: a\nthemes: x: y\n---\nنص\n", 3),
    ("---\ntitle: a\nthemes: [a]\n  bad: x\nstrength: b\n---\nنص\n", 4),
    ("\ufeff---\r\ntitle: a\r\n\r\nthemes: x: y\r\n---\r\nنص\r\n", 4),
])
def test_yaml_errors_name_the_exact_line(text, line):
    with pytest.raises(PageError) as caught:
        parse(text, "recommendations/05.md", "ar")
    assert caught.value.line == line and str(caught.value).startswith(f"docs/ar/recommendations/05.md:{line}: ")


def test_sections_belong_to_their_meeting():
    other = {"session": "wgtip-2010-01", "paragraph": 3}
    body = "\n::: paragraph 3\nنص\n:::\n"
    rel = recommendation_rel(VOCAB["sessions"], "wgtip-2010-01", 3)
    with pytest.raises(PageError, match="session wgtip-2010-01 has no sections"):
        schema_mod.validate_page(rec(body=body, rel=rel, **other), SCHEMA, VOCAB)
    schema_mod.validate_page(rec(body=body, rel=rel, section=None, **other), SCHEMA, VOCAB)  # none: not required
    with pytest.raises(PageError, match="'section': is required"):
        schema_mod.validate_page(rec(section=None), SCHEMA, VOCAB)


def test_placeholders_are_refused():
    with pytest.raises(PageError, match="'title': still holds the placeholders .*the title"):
        schema_mod.validate_page(rec(title="TODO: a title"), SCHEMA, VOCAB)
    with pytest.raises(PageError, match="'body': still holds the placeholders .*'::: paragraph 5'"):
        schema_mod.validate_page(rec(body="\n::: paragraph 5\nTODO: نص\n:::\n"), SCHEMA, VOCAB)


def test_every_placeholder_of_a_page_is_reported_at_once():
    with pytest.raises(PageError, match="'title, body': still holds the placeholders .*the title.*'::: paragraph 5'"):
        schema_mod.validate_page(rec(title="TODO: a title", body="\n::: paragraph 5\nTODO: نص\n:::\n"), SCHEMA, VOCAB)


def test_bom_and_crlf_read_like_plain():
    plain = "---\ntitle: a\n---\n\n::: paragraph 5\nنص\n:::\n"
    windows = "\ufeff" + plain.replace("\n", "\r\n")
    a, b = parse(plain, "x.md", "ar"), parse(windows, "x.md", "ar")
    assert a.meta == b.meta and a.body == b.body


def test_site_level_duplicates_twins_and_shared_facets():
    ar = [rec(), rec(rel="recommendations/05b.md")]
    en = [rec("en", themes=["consent"]), rec("en", rel="recommendations/05b.md")]
    problems = [str(p) for p in schema_mod.validate_site({"ar": ar, "en": en}, SCHEMA, VOCAB)]
    assert any("also docs/ar/recommendations/05.md" in p for p in problems)
    assert any("docs/en/recommendations/05.md: field 'themes'" in p for p in problems)
    problems = [str(p) for p in schema_mod.validate_site({"ar": [rec()], "en": []}, SCHEMA, VOCAB)]
    assert problems == ["docs/ar/recommendations/05.md: has no en translation (docs/en/recommendations/05.md is missing)"]


def test_non_text_keys_are_a_clear_error():
    with pytest.raises(PageError, match="keys must be words"):
        parse("---\n?\n---\nنص\n", "x.md", "ar")
    with pytest.raises(PageError, match="docs/ar/x.md"):
        parse("---\n1: a\n---\nنص\n", "x.md", "ar")


def test_an_unclosed_bracket_names_its_own_line_and_a_colon_gets_a_hint():
    with pytest.raises(PageError) as caught:
        parse("---\ntitle: a\nthemes: [consent\nstrength: b\n---\nنص\n", "recommendations/05.md", "ar")
    assert caught.value.line == 3  # where the [ opens, not where YAML gave up
    with pytest.raises(PageError) as caught:
        parse("---\nparagraph: 5\ntitle: Demand: its reduction\n---\nنص\n", "recommendations/05.md", "ar")
    assert caught.value.line == 3 and 'must be quoted: title: "Demand: its reduction"' in str(caught.value)


def test_a_recommendation_lives_in_its_meetings_folder_and_nowhere_else():
    """The placement rule (issue 29 §1): a meeting's folder comes from its vocabulary entry alone,
    so a page in any other folder is refused, naming the folder it belongs in."""
    sessions = VOCAB["sessions"]
    for session in sessions:
        folder = folder_of(sessions, session)
        good = rec(rel=recommendation_rel(sessions, session, 5), session=session, section=None)
        assert good.rel == f"{folder}/05.md"
        problems = [p for p in schema_mod.page_problems(good, SCHEMA, VOCAB) if p.field == "session"]
        assert problems == [], problems
        for other in sessions:
            if folder_of(sessions, other) == folder:
                continue
            moved = rec(rel=recommendation_rel(sessions, other, 5), session=session, section=None)
            problems = [str(p) for p in schema_mod.page_problems(moved, SCHEMA, VOCAB) if p.field == "session"]
            assert len(problems) == 1 and f"docs/ar/{folder}/" in problems[0], problems


def test_every_problem_of_a_page_is_reported_in_one_run():
    page = rec(themes=["consnet"], strength="shall", addressees=["nobody"], title=None)
    fields = {p.field for p in schema_mod.page_problems(page, SCHEMA, VOCAB)}
    assert fields >= {"themes", "strength", "addressees", "title"}, fields
