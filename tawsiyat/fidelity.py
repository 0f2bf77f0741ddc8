"""The fidelity invariant: a reconstruction holds exactly the letters, diacritics, digits and
punctuation of its span in the source.

What is compared is the multiset (the count of each character) of

- letters (Unicode categories L*), combining marks such as the diacritics (M*) and digits (N*);
- punctuation and symbols (P*, S*): in the 2013 source the Arabic comma ، and semicolon ؛, the
  full stop, colon, solidus /, hyphen-minus -, quotation mark " and parentheses, and any other
  mark a source holds (« » ؟ ! — …), each counted on its own. The parentheses are the one
  exception: the PDF extraction mirrors them, so "(" and ")" count as one class, the pair
  ``()``, and only their total must match.

What is free: word order, spacing (Unicode Z* and control/format characters, C*) and the
justification tatweel (U+0640), all of which the extraction scrambled or inserted.

Since counts say nothing of order, the reconstruction (not the source, whose marks are
mirrored) must also open each pair before it closes it: ``(`` before ``)``, ``«`` before ``»``.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field

TATWEEL = "\u0640"
PARENTHESES = "()"  # the class key of "(" and ")"
_CLASS = {"(": PARENTHESES, ")": PARENTHESES}
PAIRS = {"(": ")", "«": "»"}  # opening mark -> closing mark, checked in the reconstruction


def counted(char: str) -> bool:
    """Letters (L*), combining marks (M*), digits (N*), punctuation (P*) and symbols (S*),
    less tatweel."""
    return char != TATWEEL and unicodedata.category(char)[0] in "LMNPS"


def is_punctuation(key: str) -> bool:
    """True for a signature key that is a punctuation mark or symbol (or the parentheses pair)."""
    return key == PARENTHESES or unicodedata.category(key)[0] in "PS"


def signature(text: str) -> Counter:
    """The multiset of counted characters of ``text``, "(" and ")" under the one key ``()``."""
    return Counter(_CLASS.get(c, c) for c in unicodedata.normalize("NFC", text) if counted(c))


def unbalanced(text: str) -> list[str]:
    """Where the paired marks of ``text`` close before they open or stay open."""
    closing = {close: open_ for open_, close in PAIRS.items()}
    stack: list[str] = []
    problems: list[str] = []
    for index, char in enumerate(text):
        if char in PAIRS:
            stack.append(char)
        elif char in closing:
            if not stack or stack[-1] != closing[char]:
                context = text[max(0, index - 20): index + 20].replace("\n", " ")
                problems.append(f"{_describe(char)} closes nothing, near «{context}»")
            else:
                stack.pop()
    for char in stack:
        problems.append(f"{_describe(char)} is never closed")
    return problems


def _describe(key: str) -> str:
    if key == PARENTHESES:
        return "( ) (PARENTHESES, counted as a pair: the extraction mirrors them)"
    name = unicodedata.name(key, f"U+{ord(key):04X}")
    shown = f"\u25cc{key}" if unicodedata.category(key).startswith("M") else key
    return f"{shown} ({name}, U+{ord(key):04X})"


@dataclass
class Mismatch:
    label: str
    missing: Counter  # in the source, not in the reconstruction
    extra: Counter  # in the reconstruction, not in the source
    order: list[str] = field(default_factory=list)  # pairs closed before opened, or left open

    def __str__(self) -> str:
        lines = [f"{self.label}: the text differs from its span in the source"]
        for title, counter in (("missing", self.missing), ("extra", self.extra)):
            letters = {k: n for k, n in counter.items() if not is_punctuation(k)}
            marks = {k: n for k, n in counter.items() if is_punctuation(k)}
            for kind, items in (("", letters), (" punctuation", marks)):
                if items:
                    shown = ", ".join(f"{_describe(c)} x{n}" for c, n in sorted(items.items()))
                    lines.append(f"  {title}{kind}: {shown}")
        for problem in self.order:
            lines.append(f"  punctuation order: {problem}")
        return "\n".join(lines)


def compare(label: str, source_text: str, reconstruction: str) -> Mismatch | None:
    """None when the reconstruction is faithful, else what is missing, extra or misordered."""
    expected, actual = signature(source_text), signature(reconstruction)
    order = unbalanced(unicodedata.normalize("NFC", reconstruction))
    if expected == actual and not order:
        return None
    return Mismatch(label, expected - actual, actual - expected, order)
