"""Strengths: labels name the operative wording, in Arabic the report's own verb, which guesses it."""
from conftest import ROOT, site_model
from tawsiyat import words
from tawsiyat.devtools import scaffold
from tawsiyat.htmltext import markdown_to_text

SITE = site_model()
STRENGTHS = SITE.vocabulary["strengths"]


def test_each_arabic_label_guesses_its_own_strength():
    for key, entry in STRENGTHS.items():
        assert scaffold.guess_strength(f"{entry['label']['ar']} الفريق العامل أن", SITE.vocabulary) == key


def test_arabic_labels_are_the_reports_verbs_as_it_writes_them():
    """Each strength a page carries has its Arabic label, letter for letter and mark for mark, in
    the Arabic text of one of its pages: the label is the report's verb, not a noun for its kind."""
    checked = 0
    for key, entry in STRENGTHS.items():
        texts = [markdown_to_text(block.body) for page in SITE.pages["ar"] if page.meta.get("strength") == key
                 for block in page.paragraph_blocks.values()]
        if texts:
            assert any(entry["label"]["ar"] in text.split() for text in texts), key
            checked += 1
    assert checked >= 1


def test_labels_are_distinct_and_never_a_count_noun():
    """No strength is labelled like the things counted ("Recommendation — 22 recommendations")."""
    labels = [entry["label"]["en"] for entry in STRENGTHS.values()]
    assert len(set(labels)) == len(labels)
    assert len({entry["label"]["ar"] for entry in STRENGTHS.values()}) == len(labels)
    nouns = words.load(ROOT / "data" / "words.yml")["counts"]["recommendation"]
    for entry in STRENGTHS.values():
        assert entry["label"]["en"][0].isupper()
        for lang in ("ar", "en"):
            forms = {form.replace("{n}", "").strip().lower() for form in nouns[lang].values()}
            assert entry["label"][lang].lower() not in forms, entry["label"][lang]


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
