"""Property-based: whatever front matter a contributor writes, the validator either accepts it or
raises a PageError naming the file — it never crashes with anything else."""
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from tawsiyat import schema as schema_mod
from tawsiyat.pages import Page, PageError, parse
from tawsiyat.project import Project

SCHEMA = schema_mod.load_schema(ROOT / "data" / "schema.yml")
VOCAB = Project(ROOT).vocabulary
KEYS = list(SCHEMA["recommendation"]) + ["theme", "extra", ""]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                    st.sampled_from(["consent", "A", "must", "wgtip-2013-11", "states-parties"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                      max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(meta=st.dictionaries(st.sampled_from(KEYS), values, max_size=9), lang=st.sampled_from(["ar", "en"]),
       body=st.text(max_size=80))
def test_random_front_matter_never_crashes(meta, lang, body):
    page = Page("recommendations/99.md", lang, meta, body)
    try:
        schema_mod.validate_page(page, SCHEMA, VOCAB)
    except PageError as exc:
        assert f"docs/{lang}/recommendations/99.md" in str(exc)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200))
def test_random_files_never_crash_the_parser(text):
    try:
        page = parse("---\n" + text + "\n---\nbody\n", "recommendations/98.md", "ar")
        schema_mod.validate_page(page, SCHEMA, VOCAB)
    except PageError as exc:
        assert "docs/ar/recommendations/98.md" in str(exc)
