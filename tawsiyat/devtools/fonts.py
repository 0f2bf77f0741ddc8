"""Subset the self-hosted faces to the characters the site shows, as woff2, and check that every
character a page uses is in them.

Noto Naskh Arabic (Arabic text) and Noto Sans (Latin text) come from Debian's fonts-noto-core;
the subsets are committed under overrides/assets/fonts/, so building the site needs neither the
package nor the network. Run ``scripts/tawsiyat.py fonts`` to regenerate them after adding text
with a character the faces lack (``scripts/tawsiyat.py check fonts`` names page and character).

The characters kept are those of the project's own text (docs, data files, templates, scripts,
mkdocs.yml), of Material's interface strings in the site's languages, and a fixed set that the
browser or the build may produce without it being in any file (``ALWAYS``: ASCII, Arabic-Indic
digits and separators from ``Intl``/Babel, quotes, dashes, the ellipsis of truncated text). The
OpenType layout features kept are fontTools' default set, which holds every feature a browser
applies unasked (Arabic joining forms, marks, ligatures, kerning, contextual alternates), so text
shapes as before; the features only CSS would turn on (small capitals, old-style or tabular
figures, fractions, stylistic sets), which the site's stylesheets and Material's do not, are left
out with the glyphs only they reach (Noto Sans: 283 glyphs -> 174, a third of each file). Hinting
is kept, so the rendering is the same glyph for glyph.
"""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")
FACES_DIR = Path("overrides") / "assets" / "fonts"

ARABIC_FACES = ("NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold")
LATIN_FACES = ("NotoSans-Regular", "NotoSans-Italic", "NotoSans-Bold")
FACES = ARABIC_FACES + LATIN_FACES

# Characters the site may show though no file holds them: printable ASCII, no-break spaces,
# Arabic-Indic digits and their separators (Babel, Intl.NumberFormat), Arabic comma, semicolon
# and question mark, dashes, quotes, guillemets, bullet, ellipsis (text-overflow), ×, the dotted
# circle (a lone combining mark) and the zero-width joiners and direction marks.
ALWAYS = "U+0020-007E,U+00A0,U+00AB,U+00B7,U+00BB,U+00D7,U+060C,U+061B,U+061C,U+061F,U+0660-066D," \
         "U+200C-200F,U+2010-2014,U+2018-201D,U+2022,U+2026,U+202F,U+2066-2069,U+25CC"

# Where the project's own shown text lives (relative to the project root).
TEXT_GLOBS = ("docs/**/*.md", "data/**/*.yml", "overrides/**/*.html", "overrides/**/*.js", "mkdocs.yml")


def _ranges(spec: str) -> set[int]:
    out: set[int] = set()
    for part in spec.split(","):
        lo, _, hi = part.strip().removeprefix("U+").partition("-")
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def shown(char: str) -> bool:
    """Whether a character needs a glyph: not a control, format, line or paragraph separator."""
    return unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def site_languages(root: Path) -> list[str]:
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/...
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    langs = [config.get("theme", {}).get("language", "en")]
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            langs += [lang["locale"] for lang in plugin["i18n"].get("languages", [])]
    return list(dict.fromkeys(langs))


def material_strings(languages: list[str]) -> dict[str, str]:
    """Material's interface strings (its language partials) for the site's languages."""
    try:
        import material
    except ImportError:
        return {}
    folder = Path(material.__file__).parent / "templates" / "partials" / "languages"
    return {f"Material's {lang}.html": (folder / f"{lang}.html").read_text(encoding="utf-8")
            for lang in languages if (folder / f"{lang}.html").is_file()}


def text_files(root: Path) -> dict[str, str]:
    """The project's own files whose text the site shows, by path relative to ``root``."""
    found = {}
    for pattern in TEXT_GLOBS:
        for path in sorted(root.glob(pattern)):
            if path.is_file():
                found[path.relative_to(root).as_posix()] = path.read_text(encoding="utf-8")
    return found


def used_characters(root: Path) -> set[int]:
    """Every code point the site may show: its text files, Material's strings, and ``ALWAYS``."""
    texts = {**text_files(root), **material_strings(site_languages(root))}
    chars = {ord(c) for text in texts.values() for c in text if shown(c)}
    return chars | _ranges(ALWAYS)


def subset_all(dest: Path, root: Path, source_dir: Path = NOTO_DIR) -> list[Path]:
    from fontTools import subset

    unicodes = sorted(used_characters(root))
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name in FACES:
        options = subset.Options()
        options.flavor = "woff2"
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(source_dir / f"{name}.ttf"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        out = dest / f"{name}.woff2"
        subset.save_font(font, str(out), options)
        written.append(out)
    if LICENCE.exists():
        shutil.copy(LICENCE, dest / "LICENSE-noto.txt")
    return written


def coverage(faces_dir: Path) -> dict[str, set[int]]:
    """The code points each committed face maps, by face name."""
    from fontTools.ttLib import TTFont

    return {name: set(TTFont(str(faces_dir / f"{name}.woff2")).getBestCmap()) for name in FACES}


def missing(texts: dict[str, str], faces: dict[str, set[int]]) -> list[str]:
    """Problems, one per (page, character): a shown character that no face of the site maps.

    A character is covered when every face of one family maps it (Arabic in both Naskh weights,
    the rest in Noto Sans regular, italic and bold), so that bold or italic text never falls back.
    """
    families = [set.intersection(*(faces[n] for n in ARABIC_FACES)), set.intersection(*(faces[n] for n in LATIN_FACES))]
    problems = []
    for name, text in texts.items():
        for char in sorted({c for c in text if shown(c)}):
            if not any(ord(char) in family for family in families):
                label = unicodedata.name(char, "unnamed")
                problems.append(f"{name}: character {char!r} (U+{ord(char):04X} {label}) is not in the self-hosted faces; "
                                "run `scripts/tawsiyat.py fonts` (needs Debian's fonts-noto-core) to re-subset them")
    return problems


def check(root: Path) -> list[str]:
    """The project's text files and Material's strings against the committed faces."""
    try:
        faces = coverage(root / FACES_DIR)
    except ImportError as exc:  # fontTools and brotli come with requirements.txt
        return [f"cannot read the faces ({exc}): scripts/dev.sh check installs them (requirements.txt)"]
    texts = {**text_files(root), **material_strings(site_languages(root))}
    return missing(texts, faces)
