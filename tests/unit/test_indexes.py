from conftest import ROOT
from tawsiyat import exports, indexes
from tawsiyat.pages import Page
from tawsiyat.project import Project

VOCAB = Project(ROOT).vocabulary


def rec(n, themes, addressees=("states-parties",), strength="should", section="A"):
    body = f"::: paragraph {n}\nنص الفقرة {n} " + "كلمة " * 20 + "\n:::"
    return Page(f"recommendations/{n:02d}.md", "ar", {
        "paragraph": n, "session": "wgtip-2013-11", "section": section, "title": f"t{n}",
        "themes": list(themes), "addressees": list(addressees), "strength": strength}, body)


RECS = [rec(5, ["consent", "children"]), rec(6, ["consent"], ["unodc"], "must"), rec(9, ["demand", "children", "consent"])]
INDEX = indexes.Index.build(RECS, VOCAB)


def test_lists_hold_exactly_the_pages_with_the_value_in_order():
    assert [p.meta["paragraph"] for p in INDEX.lists["theme"]["consent"]] == [5, 6, 9]
    assert [p.meta["paragraph"] for p in INDEX.lists["addressee"]["unodc"]] == [6]
    assert INDEX.lists["theme"]["corruption"] == []  # every vocabulary value has a (maybe empty) list
    assert [p.meta["paragraph"] for p in INDEX.lists["strength"]["must"]] == [6]


def test_related_are_ranked_by_shared_themes_then_closeness():
    related = INDEX.related(RECS[0])
    assert [(p.meta["paragraph"], n) for p, n in related] == [(9, 2), (6, 1)]


def test_generated_pages_cover_every_value_and_escape_labels():
    pages = indexes.generated_pages(INDEX, "en")
    assert "themes/consent.md" in pages and "themes/index.md" in pages and "matrix.md" in pages
    assert len([p for p in pages if p.startswith("themes/")]) == len(VOCAB["themes"]) + 1
    markdown, fragments = pages["themes/consent.md"]
    assert "<!-- tw-html:list -->" in markdown
    consent = indexes.fill_slots(markdown, fragments)
    assert 'data-facet="theme" data-value="consent" data-count="3"' in consent
    assert 'href="../../recommendations/05/"' in consent


def test_the_generated_paths_are_those_of_the_generated_pages_in_order():
    for lang in ("ar", "en"):
        assert indexes.generated_paths(INDEX) == list(indexes.generated_pages(INDEX, lang))


def test_excerpt_is_the_first_words():
    assert indexes.first_words(RECS[0], 3) == "نص الفقرة 5 …"


def test_export_urls():
    assert exports.page_url("https://x.org/site/", "en", "recommendations/05.md") == "https://x.org/site/en/recommendations/05/"
    assert exports.page_url("https://x.org/", "ar", "index.md") == "https://x.org/"


def test_related_never_lists_the_page_itself_even_as_another_object():
    copy = rec(5, ["consent", "children"])
    assert 5 not in [p.meta["paragraph"] for p, _ in INDEX.related(copy)]


def test_related_is_the_brute_force_ranking_at_any_size():
    import random

    rng = random.Random(7)
    themes = list(VOCAB["themes"])[:6]  # few themes: many ties and crowded lists
    recs = [rec(n, rng.sample(themes, rng.randint(1, 4))) for n in range(1, 400)]
    index = indexes.Index.build(recs, VOCAB)
    for here, page in enumerate(recs):
        mine = set(page.meta["themes"])
        brute = sorted(((len(mine & set(o.meta["themes"])), i, o) for i, o in enumerate(recs) if o is not page),
                       key=lambda t: (-t[0], abs(t[1] - here), t[1]))
        expected = [(o.meta["paragraph"], shared) for shared, _, o in brute[:5] if shared]
        assert [(o.meta["paragraph"], shared) for o, shared in index.related(page)] == expected, page.rel


def test_footer_names_a_facet_in_the_plural_before_several_values_and_takes_its_words_from_the_data():
    """"Themes: A, B" but "Theme: A" (agreement, both languages); the copy button's labels come
    from data/words.yml, not from the script."""
    import html as html_mod
    import re

    from tawsiyat import words
    counts = {len(indexes.values_of(p, indexes.FACET_BY_NAME["theme"])) for p in RECS}
    assert 1 in counts and max(counts) > 1  # both forms are exercised
    for lang in ("ar", "en"):
        labels = words.group("indexes", lang)
        for page in RECS:
            footer = indexes.recommendation_footer(INDEX, page, lang, "ref")
            for facet in indexes.FACETS:
                values = indexes.values_of(page, facet)
                if not values:
                    continue
                name = (facet.plural if len(values) > 1 else facet.label)[lang]
                assert f"<li><strong>{name}:</strong>" in footer, (lang, page.rel, facet.name)
            copied = re.search(r'data-copied="([^"]*)"', footer)
            assert copied and html_mod.unescape(copied.group(1)) == labels["copied"]
            assert f">{labels['copy']}</button>" in footer
