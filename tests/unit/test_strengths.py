"""Strengths: labels name the kind of wording; the report's verb, a field of its own, guesses it."""
from conftest import ROOT
from tawsiyat import site
from tawsiyat.devtools import scaffold
from tawsiyat.htmltext import markdown_to_text
from tawsiyat.project import Project

SITE = site.load(Project(ROOT))
STRENGTHS = SITE.vocabulary["strengths"]


def test_each_verb_guesses_its_own_strength():
    for key, entry in STRENGTHS.items():
        assert scaffold.guess_strength(f"{entry['verb']} الفريق العامل أن", SITE.vocabulary) == key


def test_labels_are_not_the_verbs():
    """The labels are nouns (إلزام, Obligation), not the report's verbs, which mix tenses and voices."""
    for key, entry in STRENGTHS.items():
        assert entry["label"]["ar"] != entry["verb"] or key == "requests"  # طلب is both verb and noun
        assert entry["label"]["en"][0].isupper(), key


def test_the_guess_never_contradicts_a_page():
    """Wherever the first words of a recommendation hold a verb, it is the page's own strength."""
    guessed = 0
    for page in SITE.pages["ar"]:
        if "strength" not in page.meta:
            continue
        for block in page.paragraph_blocks.values():
            guess = scaffold.guess_strength(markdown_to_text(block.body), SITE.vocabulary)
            assert guess in (None, page.meta["strength"]), page.rel
            guessed += guess is not None
    assert guessed >= 1
