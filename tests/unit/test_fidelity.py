from tawsiyat import fidelity


def test_order_spacing_punctuation_and_tatweel_are_free():
    source = "بالأشـــخاص الاتجـار  )المكتب(  ٥١-٤٦"
    rebuilt = "(المكتب) الاتجار بالأشخاص ٤٦-٥١."
    assert fidelity.compare("p", source, rebuilt) is None


def test_a_changed_diacritic_is_caught():
    mismatch = fidelity.compare("paragraph 12", "تُشَجَّع", "تشجَّع")
    assert mismatch is not None
    assert "DAMMA" in str(mismatch) and "FATHA" in str(mismatch)
    assert "paragraph 12" in str(mismatch)


def test_a_fixed_spelling_is_caught_as_missing_and_extra():
    mismatch = fidelity.compare("p44", "بشان", "بشأن")
    assert mismatch.missing == {"ا": 1}
    assert mismatch.extra == {"أ": 1}
    text = str(mismatch)
    assert "missing" in text and "extra" in text


def test_digits_count():
    assert fidelity.compare("p", "٢٠١٣", "٢٠١٤") is not None


def test_signature_ignores_tatweel_only():
    assert fidelity.signature("ـ") == {}
    assert fidelity.signature("a1ب") == {"a": 1, "1": 1, "ب": 1}
