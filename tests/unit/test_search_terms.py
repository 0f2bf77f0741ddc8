from tawsiyat import search_terms as st


def test_normalise_folds_what_readers_type_differently():
    assert st.normalise("المنظَّمة") == "المنظمه"
    assert st.normalise("إساءة") == "اساءه"
    assert st.normalise("الأولى") == "الاولي"
    assert st.normalise("الاتجــار") == "الاتجار"


def test_query_strips_the_article_only():
    assert st.query_form("الولاية") == "ولايه"
    assert st.query_form("ولاية") == "ولايه"
    assert st.query_form("بالموافقة") == "موافقه"


def test_index_forms_make_glued_words_findable():
    assert st.query_form("اساءة") in st.index_forms("وإساءة")
    assert st.query_form("الموافقة") in st.index_forms("بالموافقة")
    assert st.query_form("الولاية") in st.index_forms("ولاية")


def test_terms_skip_what_pagefind_already_folds():
    terms = st.terms("المنظَّمة الدول").split()
    assert "المنظمه" in terms and "منظمه" in terms
    assert "الدول" not in terms  # the word itself, diacritics aside, is indexed anyway


def test_symbols_are_linked_in_text_only():
    from tawsiyat.symbols import link_symbols

    html = ('<p title="CTOC/COP/WG.4/2011/8">See CTOC/COP/WG.4/2011/8.</p>'
            '<a href="x">CTOC/COP/WG.4/2010/6</a><code>CTOC/COP/WG.4/2009/2</code>')
    out = link_symbols(html, "ar")
    assert out.count("undocs.org/ar/CTOC/COP/WG.4/2011/8") == 1
    assert 'title="CTOC/COP/WG.4/2011/8"' in out and "2010/6</a>" in out and "<code>CTOC/COP/WG.4/2009/2</code>" in out
    assert 'dir="ltr"' in out and "8</a>." in out


def test_hamza_seat_before_waw_reads_one_way():
    assert st.query_form("المسئولية") == st.query_form("المسؤولية") == "مسؤوليه"
    assert st.normalise("شئون") == st.normalise("شؤون")


def test_vocabulary_holds_the_comparable_forms_of_longer_words():
    words = st.vocabulary("وإساءة استعمال السلطة في الاتجار UNODC", "ar")
    assert {"اساءه", "استعمال", "سلطه", "اتجار", "unodc"} <= words
    assert "في" not in words  # shorter than a typo is looked for in
    assert st.vocabulary("Trafficking in persons, victims.", "en") == {"trafficking", "persons", "victims"}
