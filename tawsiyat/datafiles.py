"""The data files checked like pages: data/vocabulary.yml, data/glossary.yml and data/words.yml
against the rules in data/schema.yml (``vocabulary_entries``, ``glossary_entries``, ``words``).

YAML is read with a loader that keeps the line of every key and list item, so each problem is a
DataError reading ``data/vocabulary.yml:LINE: …``: malformed YAML (bad indentation, an unclosed
bracket), a missing required key (a label or description in either language, a meeting's dates
or report symbol), an unknown key, a value of the wrong type, a count lacking one of the CLDR
plural categories of its language. Nothing here raises anything but DataError.
"""
from __future__ import annotations

import datetime
import difflib
from pathlib import Path

import yaml

from . import yaml_reading

LANGUAGES = ("ar", "en")
VOCABULARY, GLOSSARY, WORDS, SCHEMA = "data/vocabulary.yml", "data/glossary.yml", "data/words.yml", "data/schema.yml"


class DataError(ValueError):
    """A problem in a data file, at a line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}{f':{line}' if line else ''}: {message}")


def _compose(text: str, fast: bool) -> tuple:
    """The node tree of ``text`` (None for an empty file) and its data."""
    loader = yaml_reading.loader(text, fast)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def load_yaml(root: Path, rel: str) -> tuple[object, dict[tuple, int]]:
    """The data of a YAML file and the 1-based line of every key and list item, by path
    (("sessions", "wgtip-2013-11", "label") -> 12). Raises DataError on a file that cannot be read."""
    path = root / rel
    try:
        text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    except FileNotFoundError:
        raise DataError(rel, None, "is missing") from None
    except UnicodeDecodeError as exc:
        raise DataError(rel, None, f"is not UTF-8 text ({exc.reason})") from None
    try:
        node, data = _compose(text, fast=True)
    except yaml.YAMLError:  # read again by the pure-Python parser, for its message and line
        try:
            node, data = _compose(text, fast=False)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            what = getattr(exc, "problem", None) or str(exc)
            context = getattr(exc, "context", None)
            raise DataError(rel, mark.line + 1 if mark else None,
                            f"invalid YAML: {what}" + (f" ({context})" if context else "")
                            + " — check the indentation and brackets of this line and the one before") from None
    lines: dict[tuple, int] = {}

    def walk(n, where: tuple) -> None:
        if isinstance(n, yaml.MappingNode):
            for key_node, value_node in n.value:
                here = where + (key_node.value,)
                lines[here] = key_node.start_mark.line + 1
                walk(value_node, here)
        elif isinstance(n, yaml.SequenceNode):
            for i, item in enumerate(n.value):
                lines[where + (i,)] = item.start_mark.line + 1
                walk(item, where + (i,))

    if node is not None:
        lines[()] = node.start_mark.line + 1
        walk(node, ())
    return data, lines


def _type_name(value) -> str:
    return {bool: "yes/no", int: "number", float: "number", str: "text", list: "list", dict: "mapping",
            type(None): "nothing", datetime.date: "date"}.get(type(value), type(value).__name__)


def _close(value, allowed) -> str:
    close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1, cutoff=0.6)
    return f" — did you mean '{close[0]}'?" if close else ""


class _Checker:
    def __init__(self, rel: str, lines: dict[tuple, int]):
        self.rel, self.lines, self.problems = rel, lines, []

    def line(self, where: tuple) -> int | None:
        while where not in self.lines and where:
            where = where[:-1]
        return self.lines.get(where)

    def add(self, where: tuple, message: str) -> None:
        name = ".".join(str(w) for w in where)
        self.problems.append(DataError(self.rel, self.line(where), (f"'{name}': " if name else "") + message))

    def mapping(self, value, where: tuple) -> bool:
        if not isinstance(value, dict):
            self.add(where, f"expected a mapping of keys to values, got {_type_name(value)}")
            return False
        for key in value:
            if not isinstance(key, str):
                self.add(where + (key,), f"keys must be words, got {_type_name(key)} {key!r} (quote it)")
        return True

    def text(self, value, where: tuple, languages=LANGUAGES, empty_ok: bool = False) -> None:
        if not isinstance(value, dict):  # say the form expected
            form = ", ".join(f"{lang}: …" for lang in languages)
            self.add(where, f"expected text in every language, as {{{form}}}; got {_type_name(value)} {value!r}")
            return
        if not self.mapping(value, where):
            return
        for lang in languages:
            if lang not in value:
                self.add(where, f"the {lang} text is missing (needs {', '.join(languages)})")
            elif not isinstance(value[lang], str) or not (empty_ok or value[lang].strip()):
                self.add(where + (lang,), f"expected text, got {_type_name(value[lang])} {value[lang]!r}")
        for lang in value:
            if lang not in languages:
                self.add(where + (lang,), f"unknown language '{lang}'{_close(lang, languages)} (allowed: {', '.join(languages)})")

    def entry(self, value, where: tuple, rules: dict, context: dict) -> None:
        """One entry against its rules: required keys, no unknown key, each value's type."""
        if not self.mapping(value, where):
            return
        for key in value:
            if isinstance(key, str) and key not in rules:
                self.add(where + (key,), f"unknown key{_close(key, rules)} (allowed: {', '.join(rules)})")
        for key, rule in rules.items():
            if key not in value:
                if rule.get("required"):
                    self.add(where, f"'{key}' is required ({rule.get('description', rule['type'])})")
                continue
            self.value(value[key], where + (key,), rule, context)

    def value(self, value, where: tuple, rule: dict, context: dict) -> None:
        kind = rule["type"]
        if kind == "text":
            self.text(value, where, empty_ok=rule.get("empty_ok", False))
            return
        if kind == "date" and isinstance(value, str):  # a quoted date reads as text: fine if it is one
            try:
                value = datetime.date.fromisoformat(value.strip())
            except ValueError:
                pass
        expected = {"integer": int, "string": str, "date": datetime.date, "list": list, "mapping": dict}[kind]
        if not isinstance(value, expected) or isinstance(value, bool) or (kind == "date" and isinstance(value, datetime.datetime)):
            hint = " (write it as YYYY-MM-DD)" if kind == "date" else ""
            self.add(where, f"expected a {kind}{hint}, got {_type_name(value)} {value!r}")
            return
        if kind == "string" and not rule.get("empty_ok") and not value.strip():
            self.add(where, "must not be empty")
        if kind == "integer" and value < rule.get("minimum", value):
            self.add(where, f"must be at least {rule['minimum']}, got {value}")
        if kind == "list":
            for i, item in enumerate(value):
                if not isinstance(item, str) or not item.strip():
                    self.add(where + (i,), f"every item must be text, got {_type_name(item)} {item!r}")
        if rule.get("file"):
            items = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v.strip()]
            base = context["root"] / rule.get("under", "")
            for item in items:
                if not (base / item).is_file():
                    self.add(where, f"no such file: {(Path(rule.get('under', '')) / item).as_posix()}")
        if "vocabulary" in rule:
            allowed = list((context["vocabulary"].get(rule["vocabulary"]) or {}))
            if value not in allowed:
                self.add(where, f"unknown value '{value}'{_close(value, allowed)} (allowed: {', '.join(allowed)})")


def _date(value):
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return value


def check_vocabulary(root: Path, schema: dict) -> list[DataError]:
    try:
        vocab, lines = load_yaml(root, VOCABULARY)
    except DataError as exc:
        return [exc]
    checker = _Checker(VOCABULARY, lines)
    rules = schema["vocabulary_entries"]
    if not checker.mapping(vocab, ()):
        return checker.problems
    for name in vocab:
        if isinstance(name, str) and name not in rules:
            checker.add((name,), f"unknown list{_close(name, rules)} (allowed: {', '.join(rules)})")
    context = {"root": root, "vocabulary": vocab}
    for name, entry_rules in rules.items():
        if name not in vocab:
            checker.add((), f"the list '{name}' is missing")
            continue
        entries = vocab[name]
        if not checker.mapping(entries, (name,)):
            continue
        if not entries:
            checker.add((name,), "is empty")
        for key, entry in entries.items():
            checker.entry(entry, (name, key), entry_rules, context)
    for key, entry in (vocab.get("sessions") or {}).items():
        if isinstance(entry, dict):
            start, end = (_date(entry.get(k)) for k in ("start", "end"))
            if isinstance(start, datetime.date) and isinstance(end, datetime.date) and end < start:
                checker.add(("sessions", key, "end"), f"ends ({end}) before it starts ({start})")
    _unique_sessions(vocab.get("sessions"), checker)
    return checker.problems


def _unique_sessions(sessions, checker: _Checker) -> None:
    """Each meeting's ``order`` and recommendation folder are its own (two meetings in one
    folder would share, and fight over, the addresses of their pages)."""
    if not isinstance(sessions, dict):
        return
    from .pages import folder_of

    seen: dict[tuple, str] = {}
    for key, entry in sessions.items():
        if not isinstance(entry, dict):
            continue
        folder = folder_of(sessions, key)
        for field, value in (("order", entry.get("order")), ("folder", folder)):
            if value is None or isinstance(value, (dict, list)):
                continue
            other = seen.setdefault((field, value), key)
            if other != key:
                where = ("sessions", key, field) if field in entry else ("sessions", key)
                shown = value if field == "order" else f"docs/<lang>/{value}/"
                checker.add(where, f"{field} {shown} is also {other}'s: each meeting needs its own")
        if isinstance(entry.get("folder"), str):
            value = entry["folder"].strip("/")
            if not (value == "recommendations" or value.startswith("recommendations/")) or ".." in value.split("/"):
                checker.add(("sessions", key, "folder"),
                            f"'{entry['folder']}' is not under recommendations/ (every recommendation page is)")


def check_glossary(root: Path, schema: dict) -> list[DataError]:
    try:
        entries, lines = load_yaml(root, GLOSSARY)
    except DataError as exc:
        return [exc]
    checker = _Checker(GLOSSARY, lines)
    if not isinstance(entries, list):
        checker.add((), f"expected a list of terms, got {_type_name(entries)}")
        return checker.problems
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        checker.entry(entry, (i,), schema["glossary_entries"], {"root": root, "vocabulary": {}})
        if isinstance(entry, dict) and isinstance(entry.get("ar"), str):
            if entry["ar"] in seen:
                checker.add((i, "ar"), f"'{entry['ar']}' is already a term (item {seen[entry['ar']] + 1})")
            seen[entry["ar"]] = i
    return checker.problems


def plural_categories(lang: str) -> set[str]:
    """The CLDR plural categories Babel gives for a language, 'other' included."""
    from babel import Locale

    return set(Locale.parse(lang)._data["plural_form"].tags) | {"other"}


def check_words(root: Path, schema: dict) -> list[DataError]:
    try:
        words, lines = load_yaml(root, WORDS)
    except DataError as exc:
        return [exc]
    checker = _Checker(WORDS, lines)
    if not checker.mapping(words, ()):
        return checker.problems
    rules = schema["words"]
    only = rules.get("languages", {})

    def leaf(value) -> bool:
        return isinstance(value, dict) and value and all(k in LANGUAGES for k in value)

    def walk(value, where: tuple, languages) -> None:
        if leaf(value):
            checker.text(value, where, languages)
        elif checker.mapping(value, where):
            if not value:
                checker.add(where, "is empty")
            for key, inner in value.items():
                if isinstance(inner, str):
                    checker.add(where + (key,), f"expected the text in each language ({', '.join(languages)}), got text")
                else:
                    walk(inner, where + (key,), languages)

    for group, entries in words.items():
        if group == rules.get("counts", "counts"):
            if not checker.mapping(entries, (group,)):
                continue
            for noun, forms in entries.items():
                if not checker.mapping(forms, (group, noun)):
                    continue
                for lang in LANGUAGES:
                    if lang not in forms:
                        checker.add((group, noun), f"the {lang} forms are missing")
                        continue
                    if not checker.mapping(forms[lang], (group, noun, lang)):
                        continue
                    needed = plural_categories(lang)
                    missing = sorted(needed - set(forms[lang]))
                    unknown = sorted(set(forms[lang]) - needed)
                    if missing:
                        checker.add((group, noun, lang), f"lacks the CLDR plural form(s) {', '.join(missing)} "
                                                         f"(Babel's categories for {lang}: {', '.join(sorted(needed))})")
                    if unknown:
                        checker.add((group, noun, lang), f"has form(s) {', '.join(unknown)} that {lang} does not use "
                                                         f"(its categories: {', '.join(sorted(needed))})")
                    for cat, form in forms[lang].items():
                        if not isinstance(form, str) or not form.strip():
                            checker.add((group, noun, lang, cat), f"expected text, got {_type_name(form)} {form!r}")
            continue
        walk(entries, (group,), tuple(only.get(group, LANGUAGES)))
    return checker.problems


def load_schema(root: Path) -> tuple[dict | None, list[DataError]]:
    try:
        schema, _ = load_yaml(root, SCHEMA)
    except DataError as exc:
        return None, [exc]
    needed = ("recommendation", "page", "vocabulary_entries", "glossary_entries", "words")
    missing = [k for k in needed if not isinstance(schema, dict) or k not in schema]
    if missing:
        return None, [DataError(SCHEMA, None, f"lacks the section(s) {', '.join(missing)}")]
    return schema, []


def check_all(root: Path) -> list[DataError]:
    """Every problem of every data file (an empty list when all is well)."""
    schema, problems = load_schema(root)
    if schema is None:
        return problems
    return check_vocabulary(root, schema) + check_glossary(root, schema) + check_words(root, schema)
