"""Make the Hangul and emoji fallback fonts in ``resources/fonts/`` from their sources.

A build-time step, run by hand when a source font changes; the results are committed,
so a checkout works offline and copdesk itself never needs fontTools. Needs
``pip install -e '.[fonts]'`` (fontTools) and the two source files::

    apt-get download fonts-nanum && dpkg -x fonts-nanum_20200506-1_all.deb nanum
    pip download --no-deps -d emoji manimgx-fonts==2026.9.26.post1 && unzip -d emoji emoji/*.whl
    python packaging/make_fonts.py nanum/usr/share/fonts/truetype/nanum/NanumGothic.ttf \\
        'emoji/manimgx_fonts/NotoEmoji[wght].ttf'

(``fonts-nanum`` is Debian's copy of Naver's NanumGothic 3.021; ``manimgx-fonts`` on PyPI
carries Google's monochrome Noto Emoji 3.002, unmodified. Both are under the SIL Open Font
License 1.1.) The inputs are checked against the SHA-256 sums below, and the output is
the same bytes on every run.

- ``CopdeskHangul-Regular.ttf``: NanumGothic cut down to Hangul (syllables, jamo, space),
  without TrueType hinting and the VTT source tables: 4.7 MB become about 1.3 MB. A
  modified version may not use NanumGothic's Reserved Font Names (OFL §3), so the
  subset is renamed "Copdesk Hangul"; the copyright and licence stay in its name table.
- ``NotoEmoji-Regular.ttf``: the variable Noto Emoji fixed at its default weight (400),
  2.0 MB become 0.9 MB. Noto has no Reserved Font Name; the name stays.

Both keep TrueType (glyf) outlines, the only kind ReportLab embeds.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"

NANUM_SHA256 = "48a28e97b34fc8e5b157657633670cd1b7de126cfc414da65ce9c3d5bc8be733"
NOTO_EMOJI_SHA256 = "de6c18832938afc99caf132b39d6a30a19bac7f2e812e28db2535b4608d27551"

HANGUL_FAMILY = "Copdesk Hangul"
HANGUL_PS_NAME = "CopdeskHangul-Regular"
#: The space and no-break space, Hangul Jamo, compatibility jamo, jamo extended A
#: and B, syllables, halfwidth forms.
HANGUL_RANGES = (
    (0x0020, 0x0020),
    (0x00A0, 0x00A0),
    (0x1100, 0x11FF),
    (0x3131, 0x318E),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7FB),
    (0xFFA0, 0xFFDC),
)
VTT_TABLES = ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]


def _check(path: Path, sha256: str) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != sha256:
        raise SystemExit(f"{path} is not the expected source font (sha256 {digest})")


def make_hangul(source: Path, out: Path) -> Path:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    _check(source, NANUM_SHA256)
    font = TTFont(str(source), recalcTimestamp=False)
    options = subset.Options()
    options.hinting = False
    options.drop_tables += VTT_TABLES
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in HANGUL_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    name = font["name"]
    version = name.getDebugName(5) or ""
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
            name.removeNames(nameID=record.nameID)
    name.setName(HANGUL_FAMILY, 1, 3, 1, 0x409)
    name.setName("Regular", 2, 3, 1, 0x409)
    name.setName(f"{version.split(';')[0]};{HANGUL_PS_NAME}", 3, 3, 1, 0x409)
    name.setName(HANGUL_FAMILY, 4, 3, 1, 0x409)
    name.setName(HANGUL_PS_NAME, 6, 3, 1, 0x409)
    name.setName(
        "The Hangul of NanumGothic 3.021 (NAVER Corporation, SIL Open Font License 1.1), "
        "subset and renamed for copdesk.",
        10,
        3,
        1,
        0x409,
    )
    name.setName(
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        13,
        3,
        1,
        0x409,
    )
    name.setName("https://openfontlicense.org", 14, 3, 1, 0x409)
    font.save(str(out))
    return out


def make_emoji(source: Path, out: Path) -> Path:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    _check(source, NOTO_EMOJI_SHA256)
    font = TTFont(str(source), recalcTimestamp=False)
    static = instancer.instantiateVariableFont(font, {"wght": 400})
    static.save(str(out))
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    print(make_hangul(Path(argv[0]), OUT / "CopdeskHangul-Regular.ttf"))
    print(make_emoji(Path(argv[1]), OUT / "NotoEmoji-Regular.ttf"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
