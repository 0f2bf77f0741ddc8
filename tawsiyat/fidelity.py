"""The fidelity invariant: a reconstruction holds exactly the letters, diacritics and digits
of its span in the source.

Word order, spacing, punctuation and justification tatweel may change; nothing else may.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

TATWEEL = "\u0640"


def counted(char: str) -> bool:
    """Letters (L*), combining marks such as diacritics (M*) and digits (N*), less tatweel."""
    return char != TATWEEL and unicodedata.category(char)[0] in "LMN"


def signature(text: str) -> Counter:
    """The multiset of counted characters of ``text``."""
    return Counter(c for c in unicodedata.normalize("NFC", text) if counted(c))


def _describe(char: str) -> str:
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    shown = f"\u25cc{char}" if unicodedata.category(char).startswith("M") else char
    return f"{shown} ({name}, U+{ord(char):04X})"


@dataclass
class Mismatch:
    label: str
    missing: Counter  # in the source, not in the reconstruction
    extra: Counter  # in the reconstruction, not in the source

    def __str__(self) -> str:
        lines = [f"{self.label}: the text differs from its span in the source"]
        for title, counter in (("missing", self.missing), ("extra", self.extra)):
            if counter:
                items = ", ".join(
                    f"{_describe(c)} x{n}" for c, n in sorted(counter.items())
                )
                lines.append(f"  {title}: {items}")
        return "\n".join(lines)


def compare(label: str, source_text: str, reconstruction: str) -> Mismatch | None:
    """None when the reconstruction is faithful, else what is missing and extra."""
    expected, actual = signature(source_text), signature(reconstruction)
    if expected == actual:
        return None
    return Mismatch(label, expected - actual, actual - expected)
