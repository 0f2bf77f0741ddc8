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

Letter order. The extraction reordered and split words, and glued pieces of different words
into one run, but never reordered the letters inside a piece. So the words of the source (runs
between spaces, as letters and marks: tatweel, digits and punctuation left out) and the words of
the reconstruction must be two cuttings of the same pieces: each word of one is the other's
pieces put end to end, every piece used once, and no cut falls inside a word on both sides
(where a source word holds two pieces, one of them ends or starts a reconstructed word there,
and the other way round). A letter moved inside a word leaves a piece that neither side can
supply (``misordered``). What this cannot see: the order of whole pieces, that is word order,
which is restored by hand; and a swap that leaves a word spelled as another of the same
paragraph's words, such as في for يف where يف is itself a word of the source.
"""
from __future__ import annotations

import difflib
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


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the order check sees them: runs between spaces, letters and
    combining marks only (NFC)."""
    out = []
    for run in unicodedata.normalize("NFC", text).split():
        word = "".join(c for c in run if c != TATWEEL and unicodedata.category(c)[0] in "LM")
        if word:
            out.append(word)
    return out


def reversed_letters(run: str) -> str:
    """``run`` read from its end, each letter keeping its marks (as the extraction sometimes wrote a piece)."""
    clusters: list[str] = []
    for char in run:
        if clusters and unicodedata.category(char)[0] == "M":
            clusters[-1] += char
        else:
            clusters.append(char)
    return "".join(reversed(clusters))


def _pieced(run: str, words: list[str], loose: tuple[str, ...] = ()) -> bool:
    """Whether ``run`` is pieces of ``words`` put end to end, each read forwards, where a piece
    may start inside a word only at the run's start or after a piece that ended its word. A
    piece of a ``loose`` word (an irregular run) may be any part of it."""
    reach: list[set[bool]] = [set() for _ in range(len(run) + 1)]
    reach[0].add(True)  # True: the piece ending here ended its word
    for pos in range(len(run)):
        if not reach[pos]:
            continue
        free = True in reach[pos]
        for word, any_part in [(w, False) for w in words] + [(w, True) for w in loose]:
            for j in range(len(word) if free or any_part else 1):
                k = 0
                while pos + k < len(run) and j + k < len(word) and run[pos + k] == word[j + k]:
                    k += 1
                    reach[pos + k].add(any_part or j + k == len(word))
    return bool(reach[-1])


def misordered(source_text: str, reconstruction: str, irregular: tuple[str, ...] = ()) -> list[str]:
    """Where the letters of the reconstruction are not in the source's order (see the module
    docstring), each naming the word; empty when they are. The words that both hold alike are
    set aside; each remaining word of the source must be pieces of the reconstruction's
    remaining words, and each remaining reconstructed word pieces of the source's.
    ``irregular``: runs of the source that the extraction wrote out of reading order (letters
    reversed, a ligature cut), listed beside the source; they take part in the counts only."""
    runs, words = Counter(words_of(source_text)), Counter(words_of(reconstruction))
    runs -= Counter(words_of(" ".join(irregular)))
    left_runs, left_words = list(runs - words), list(words - runs)
    out = []
    for run in left_runs:
        if not _pieced(run, left_words):
            near = difflib.get_close_matches(run, left_words or list(words), n=1, cutoff=0)
            out.append(f"the source's «{run}» is not in the text in that order"
                       + (f" (nearest word in the text: «{near[0]}»)" if near else ""))
    loose = tuple(form for run in words_of(" ".join(irregular)) for form in (run, reversed_letters(run)))
    # the words written with no digit beside them («و١٥» is a letter and a number, not a cut word)
    alone = {w for run in unicodedata.normalize("NFC", reconstruction).split()
             if not any(unicodedata.category(c) == "Nd" for c in run) for w in words_of(run)}
    for word in left_words:
        if not _pieced(word, left_runs, loose):
            near = difflib.get_close_matches(word, left_runs or list(runs), n=1, cutoff=0)
            out.append(f"the word «{word}» does not have its letters in the source's order"
                       + (f" (nearest in the source: «{near[0]}»)" if near else ""))
        elif sum(unicodedata.category(c)[0] == "L" for c in word) == 1 and word in alone:
            # a one-letter word the source never writes alone: a space put inside a word
            # («الإمدا د»); the source gives no reason for that cut (a run it joined is two whole words)
            out.append(f"the word «{word}» is a single letter that the source writes only inside a longer run: "
                       "a space inside a word?")
    return out


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
    letters: list[str] = field(default_factory=list)  # words whose letters are not in the source's order

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
        for problem in self.letters:
            lines.append(f"  letter order: {problem}")
        return "\n".join(lines)


def compare(label: str, source_text: str, reconstruction: str, irregular: tuple[str, ...] = ()) -> Mismatch | None:
    """None when the reconstruction is faithful, else what is missing, extra or misordered. The
    letter order is compared once the counts agree (before, it would only repeat them)."""
    expected, actual = signature(source_text), signature(reconstruction)
    order = unbalanced(unicodedata.normalize("NFC", reconstruction))
    letters = misordered(source_text, reconstruction, irregular) if expected == actual else []
    if expected == actual and not order and not letters:
        return None
    return Mismatch(label, expected - actual, actual - expected, order, letters)
