"""Subset the self-hosted faces to what the site shows, as woff2.

Noto Naskh Arabic (Arabic text) and Noto Sans (Latin text) come from Debian's fonts-noto-core;
the subsets are committed under overrides/assets/fonts/, so building the site needs neither
the package nor the network. Run ``scripts/tawsiyat.py fonts`` to regenerate them.
"""
from __future__ import annotations

import shutil
from pathlib import Path

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
LICENCE = Path("/usr/share/doc/fonts-noto-core/copyright")

COMMON = "U+0020-007E,U+00A0-00FF,U+2000-206F,U+20AC,U+2212,U+25CC"
ARABIC = "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF," + COMMON
LATIN = "U+0100-017F,U+0218-021B,U+02C6,U+02DA,U+02DC," + COMMON

FACES = {
    "NotoNaskhArabic-Regular": ARABIC,
    "NotoNaskhArabic-Bold": ARABIC,
    "NotoSans-Regular": LATIN,
    "NotoSans-Italic": LATIN,
    "NotoSans-Bold": LATIN,
}


def _ranges(spec: str) -> list[int]:
    out = []
    for part in spec.split(","):
        lo, _, hi = part.removeprefix("U+").partition("-")
        out.extend(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def subset_all(dest: Path, source_dir: Path = NOTO_DIR) -> list[Path]:
    from fontTools import subset

    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for name, spec in FACES.items():
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(source_dir / f"{name}.ttf"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=_ranges(spec))
        subsetter.subset(font)
        out = dest / f"{name}.woff2"
        subset.save_font(font, str(out), options)
        written.append(out)
    if LICENCE.exists():
        shutil.copy(LICENCE, dest / "LICENSE-noto.txt")
    return written
