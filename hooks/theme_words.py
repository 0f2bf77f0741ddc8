"""Material's own interface words, corrected where its translation is wrong or ambiguous.

Makes: the template global ``tw_theme_words`` ({language: {Material's key: text}}), from the
group ``theme`` of data/words.yml, which overrides/partials/language.html (the partial every
Material template imports its words from) puts before Material's own strings. A word the
group does not hold stays Material's.
Why: Material's Arabic writes «إختر اللغة» (a hamza the imperative of اختار does not take),
«عد إلى الأعلى» (read as «عُدّ», count, as well as «عُدْ», return) and «عدل الصفحة» (read as
«عَدْل», justice) on every page; the words the site shows live in data/words.yml, not in a
template.
Priority: default; on_env only reads data/words.yml and sets a global.
"""
from __future__ import annotations

from tawsiyat import words

GROUP = "theme"


def theme_words() -> dict[str, dict[str, str]]:
    """{language: {key: text}} from the ``theme`` group ({key: {language: text}})."""
    out: dict[str, dict[str, str]] = {}
    for key, texts in words.load().get(GROUP, {}).items():
        for lang, text in texts.items():
            out.setdefault(lang, {})[key] = text
    return out


def on_env(env, config, files):
    env.globals["tw_theme_words"] = theme_words()
    return env
