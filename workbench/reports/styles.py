"""Fonts, colours and paragraph styles shared by every document.

One embedded TrueType family (DejaVu Sans, shipped in ``resources/fonts/``) covers French fully
(accents, œ, guillemets, the narrow no-break space, the euro sign, the ballot boxes of forms) and the
names and words people bring in other scripts: Vietnamese, Greek, Cyrillic, Arabic. Its oblique
styles have no Arabic: Arabic runs are set in :data:`ARABIC`, a family whose italics are the upright
faces. Reportlab embeds only the glyphs a document uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workbench.resources import resource_path

FAMILY = "AtelierSans"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    FAMILY,
    f"{FAMILY}-Bold",
    f"{FAMILY}-Oblique",
    f"{FAMILY}-BoldOblique",
)
ARABIC = "AtelierArabic"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# A sober palette that prints well in black and white: one accent, greys for structure.
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
ACCENT_LIGHT = colors.HexColor("#e4ecf5")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#f3f5f8")
BLANK = colors.HexColor("#9a3412")  # what is still to complete stands out, also in grey print
GOOD = colors.HexColor("#2f7d4f")
WARN = colors.HexColor("#b7791f")


@cache
def register_fonts() -> str:
    """Register the family once per process; returns its name."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"police manquante : {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # The same upright faces under their own names: reportlab maps a font name to one family.
    pdfmetrics.registerFont(TTFont(ARABIC, str(resource_path("fonts", _FILES[REGULAR]))))
    pdfmetrics.registerFont(TTFont(f"{ARABIC}-Bold", str(resource_path("fonts", _FILES[BOLD]))))
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=f"{ARABIC}-Bold", italic=ARABIC, boldItalic=f"{ARABIC}-Bold"
    )
    return FAMILY


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    notice: ParagraphStyle
    right: ParagraphStyle
    centered: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # reportlab's default bullet font is Helvetica, which is not embedded
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.5, spaceAfter=0)
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=2
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            # No keepWithNext: a long text after a heading would be pushed whole to the next page;
            # layout.section's CondPageBreak keeps a heading from ending a page instead.
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=True,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, textColor=ACCENT),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2),
        notice=ParagraphStyle(
            "notice",
            parent=small,
            borderColor=WARN,
            borderWidth=0.8,
            borderPadding=5,
            backColor=colors.HexColor("#fdf6e9"),
            spaceBefore=4,
            spaceAfter=10,
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        centered=ParagraphStyle("centered", parent=small, alignment=TA_CENTER, textColor=MUTED),
    )
