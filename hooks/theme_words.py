"""Material's own interface words: corrected where its translation is wrong or ambiguous, and the
words the site's own additions to its templates need, in the page's language.

Makes: (1) the template global ``tw_theme_words`` ({language: {Material's key: text}}), from the
group ``material`` of data/words.yml, which overrides/partials/language.html (the partial every
Material template imports its words from) puts before Material's own strings; a word the group
does not hold stays Material's. (2) ``config.extra.tw_theme``, the group ``theme`` in the language
being built (the dark-mode toggle's name in partials/palette.html, the footer's credit in
partials/copyright.html).
Why: Material's Arabic writes «إختر اللغة» (a hamza the imperative of اختار does not take),
«عد إلى الأعلى» (read as «عُدّ», count, as well as «عُدْ», return) and «عدل الصفحة» (read as
«عَدْل», justice) on every page; the words the site shows live in data/words.yml, not in a
template.
Priorities: on_env at the default (it only reads data/words.yml and sets a global); on_config at
-120, after static-i18n (at its own priority) has set the language of each of its builds, as
hooks/search.py relies on too.
"""
from __future__ import annotations

from _support import current_language
from mkdocs.plugins import event_priority
from tawsiyat import words

MATERIAL = "material"
WORDS_TEMPLATE = "partials/tw-language-words.html"


def theme_words() -> dict[str, dict[str, str]]:
    """{language: {key: text}} from the ``material`` group ({key: {language: text}})."""
    out: dict[str, dict[str, str]] = {}
    for key, texts in words.load().get(MATERIAL, {}).items():
        for lang, text in texts.items():
            out.setdefault(lang, {})[key] = text
    return out


@event_priority(-120)
def on_config(config):
    config.extra["tw_theme"] = words.group("theme", current_language(config))
    return config


class _Words:
    """``tw_t(key)``: the word partials/tw-language-words.html gives for ``key``, looked up there
    once per build and key (Material's lookup builds its table of about 130 words anew at each of
    the ten or so words every page shows)."""

    def __init__(self, env, config):
        self.env, self.config, self.module, self.known = env, config, None, {}

    def __call__(self, key):
        if key not in self.known:
            if self.module is None:
                self.module = self.env.get_template(WORDS_TEMPLATE).make_module({"config": self.config})
            self.known[key] = self.module.t(key)
        return self.known[key]


def on_env(env, config, files):
    env.globals["tw_theme_words"] = theme_words()
    env.globals["tw_t"] = _Words(env, config)
    return env
