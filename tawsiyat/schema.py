"""Validate page front matter against data/schema.yml and data/vocabulary.yml.

Every problem is a PageError naming the file, the field, the offending value and what is
allowed (or the closest allowed value). The same function serves the build hook and the
``check`` command.
"""
from __future__ import annotations

import difflib
from pathlib import Path

from . import blocks, safety, yaml_reading
from .pages import LANGUAGES, Page, PageError, folder_of

TYPES = {"integer": int, "string": str, "list": list, "mapping": dict}
# What every placeholder written by `new` and `import` holds (tawsiyat.devtools.scaffold): a page that
# still holds one is refused, so a placeholder is never published.
PLACEHOLDER = "TODO"


def load_schema(path: Path) -> dict:
    return yaml_reading.safe_load(path.read_text(encoding="utf-8"))


def _suggest(value, allowed) -> str:
    close = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1, cutoff=0.6)
    hint = f" — did you mean '{close[0]}'?" if close else ""
    return f"{hint} Allowed: {', '.join(map(str, allowed))}"


def is_recommendation(page: Page) -> bool:
    return page.is_recommendation


def _type_name(value) -> str:
    return {bool: "boolean", int: "integer", str: "string", list: "list", dict: "mapping",
            float: "number", type(None): "empty"}.get(type(value), type(value).__name__)


def _check_value(page: Page, key: str, rule: dict, value, vocab: dict) -> None:
    expected = TYPES[rule["type"]]
    if not isinstance(value, expected) or isinstance(value, bool):
        raise PageError(page.label, key, f"expected a {rule['type']}, got {_type_name(value)} {value!r}")
    if rule["type"] == "list":
        item_type = TYPES[rule.get("items", "string")]
        for item in value:
            if not isinstance(item, item_type) or isinstance(item, bool):
                raise PageError(page.label, key, f"every item must be a {rule.get('items', 'string')}, got {_type_name(item)} {item!r}")
        if len(value) < rule.get("min_items", 0):
            raise PageError(page.label, key, f"needs at least {rule['min_items']} value(s)")
        if len(set(value)) != len(value):
            raise PageError(page.label, key, f"repeats a value: {value!r}")
        items = value
    else:
        items = [value]
    if "minimum" in rule and value < rule["minimum"]:
        raise PageError(page.label, key, f"must be at least {rule['minimum']}, got {value!r}")
    if "max_length" in rule and len(value) > rule["max_length"]:
        raise PageError(page.label, key, f"is longer than {rule['max_length']} characters")
    if rule["type"] == "string" and not value.strip():
        raise PageError(page.label, key, "must not be empty")
    if rule.get("plain") and (why := safety.plain(value)):
        raise PageError(page.label, key, f"{why}, got {value!r}")
    if "vocabulary" in rule:
        allowed = _allowed(page, rule, vocab)
        for item in items:
            if item not in allowed:
                if "belongs_to" in rule and not allowed:
                    owner = page.meta.get(rule["belongs_to"])
                    raise PageError(page.label, key, f"'{item}': {rule['belongs_to']} {owner} has no {rule['vocabulary']} "
                                                     f"in data/vocabulary.yml; leave '{key}' out")
                raise PageError(page.label, key, f"unknown value '{item}'{_suggest(item, allowed)}")


def _allowed(page: Page, rule: dict, vocab: dict) -> list[str]:
    """The vocabulary values a field may take; with ``belongs_to: session``, only those of the
    page's own session (agenda sections belong to their meeting)."""
    entries = vocab.get(rule["vocabulary"]) or {}
    owner_key = rule.get("belongs_to")
    if owner_key is None:
        return list(entries)
    owner = page.meta.get(owner_key)
    return [k for k, v in entries.items() if isinstance(v, dict) and v.get(owner_key) == owner]


class PlaceholderError(PageError):
    """A page still holding what `new` wrote: refused by the build and `check`; `serve` shows the
    rest of the site and this page with its problem."""


def _placeholders(page: Page, found: list) -> None:
    """Every placeholder left by `new` in one page, reported at once."""
    fields, todo = [], []
    if PLACEHOLDER in str(page.meta.get("title", "")):
        fields.append("title")
        todo.append("the title (write a short descriptive title)")
    for block in found:
        if PLACEHOLDER in block.body:
            fields.append("body")
            todo.append(f"'::: {block.kind} {block.number}' (write the text)")
    if todo:
        raise PlaceholderError(page.label, ", ".join(dict.fromkeys(fields)),
                               f"still holds the placeholders written by `new` ({PLACEHOLDER}): " + "; ".join(todo))


def validate_page(page: Page, schema: dict, vocab: dict) -> None:
    """Raise the first PageError of one page (page_problems gives them all)."""
    problems = page_problems(page, schema, vocab)
    if problems:
        raise problems[0]


def page_problems(page: Page, schema: dict, vocab: dict) -> list[PageError]:
    """Every problem of one page's front matter and blocks, each field once: a contributor fixes
    them all in one go, not one field per run."""
    kind = "recommendation" if is_recommendation(page) else "page"
    rules = schema[kind]
    problems: list[PageError] = []
    bad: set[str] = set()

    def attempt(field: str | None, check) -> bool:
        try:
            check()
        except PageError as exc:
            problems.append(exc)
            if field:
                bad.add(field)
            return False
        return True

    for key in page.meta:
        if key not in rules:
            problems.append(PageError(page.label, key, f"unknown key{_suggest(key, list(rules))}"))
    for key, rule in rules.items():
        if key not in page.meta:
            if rule.get("required") and not ("belongs_to" in rule and not _allowed(page, rule, vocab)):
                problems.append(PageError(page.label, key, "is required"))
                bad.add(key)
            continue
        if page.lang not in rule.get("languages", LANGUAGES):
            problems.append(PageError(page.label, key, f"is not allowed on {page.lang} pages"))
            continue
        if "belongs_to" in rule and rule["belongs_to"] in bad:
            continue  # its owner is wrong: what it may be is unknown
        attempt(key, lambda key=key, rule=rule: _check_value(page, key, rule, page.meta[key], vocab))
    try:
        safety.check(page.body)
    except safety.UnsafeContent as exc:
        problems.append(PageError(page.label, "body", str(exc)))
    try:
        found = blocks.find_blocks(page.body)
    except blocks.BlockError as exc:
        problems.append(PageError(page.label, None, str(exc)))
        return problems
    if found and "session" not in page.meta:
        problems.append(PageError(page.label, "session", "is required on a page with official text"))
    attempt(None, lambda: _placeholders(page, found))
    if kind == "recommendation" and "paragraph" not in bad:
        numbers = [b.number for b in found if b.kind == "paragraph"]
        if numbers != [page.meta["paragraph"]]:
            problems.append(PageError(page.label, "paragraph",
                                      f"is {page.meta['paragraph']}, so the page must hold exactly one "
                                      f"'::: paragraph {page.meta['paragraph']}' block; found {numbers or 'none'}"))
    if kind == "recommendation" and "session" not in bad:
        folder = folder_of(vocab["sessions"], page.meta["session"])
        if page.rel.rpartition("/")[0] != folder:
            problems.append(PageError(
                page.label, "session",
                f"is {page.meta['session']}, whose recommendations are in docs/{page.lang}/{folder}/ "
                "(its `folder` in data/vocabulary.yml, or recommendations/<meeting>/ without one): "
                "move the page there (a published page keeps its address: never move one that is online)"))
    return problems


def validate_site(pages: dict[str, list[Page]], schema: dict, vocab: dict,
                  unreadable: dict[str, set[str]] | None = None) -> list[PageError]:
    """Every problem across the site: per page, duplicates, missing twins, disagreeing facets.
    ``unreadable``: per language, the paths of pages that exist but could not be read (already
    reported): they count as present, so their twins get no false "has no translation"."""
    problems: list[PageError] = []
    valid: dict[str, dict[str, Page]] = {}
    for lang, lang_pages in pages.items():
        seen: dict[tuple, Page] = {}
        valid[lang] = {}
        for page in lang_pages:
            found = page_problems(page, schema, vocab)
            if found:
                problems.extend(found)
                continue
            valid[lang][page.rel] = page
            if is_recommendation(page):
                key = (page.meta["session"], page.meta["paragraph"])
                if key in seen:
                    problems.append(PageError(page.label, "paragraph",
                                              f"session {key[0]} paragraph {key[1]} is also {seen[key].label}"))
                seen[key] = page
    shared = [k for k, rule in schema["recommendation"].items() if rule.get("shared")]
    original, *others = LANGUAGES
    all_rels = {lang: {p.rel for p in lang_pages} | (unreadable or {}).get(lang, set())
                for lang, lang_pages in pages.items()}
    for rel in sorted(all_rels[original]):
        for lang in others:
            if rel not in all_rels[lang]:
                problems.append(PageError(f"docs/{original}/{rel}", None, f"has no {lang} translation (docs/{lang}/{rel} is missing)"))
    for lang in others:
        for rel in sorted(all_rels[lang] - all_rels[original]):
            problems.append(PageError(f"docs/{lang}/{rel}", None, f"has no {original} original (docs/{original}/{rel} is missing)"))
    for rel, page in valid[original].items():
        if not is_recommendation(page):
            continue
        for lang in others:
            twin = valid[lang].get(rel)
            if twin is None:
                continue
            for key in shared:
                if twin.meta.get(key) != page.meta.get(key):
                    problems.append(PageError(twin.label, key,
                                              f"is {twin.meta.get(key)!r} but {page.label} has {page.meta.get(key)!r}"))
    return problems
