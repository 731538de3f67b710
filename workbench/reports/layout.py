"""The page and the building blocks every document shares.

:func:`render` lays flowables out on A4 with the structure's letterhead on the first page, a running
header after it, the footer text and « Page n / N » on every page, and the PDF metadata (title,
author, subject, language fr-FR). Output is deterministic: reportlab's invariant mode fixes the
document id, and the creation date is the document's date, so the same input gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workbench import APP_NAME, __version__
from workbench.reports import styles as st
from workbench.reports.inputs import StructureSettings
from workbench.reports.typography import (
    BLANK_DATE,
    BLANK_LINE,
    BLANK_TEXT,
    BLANKS,
    TO_COMPLETE,
    french_date,
    french_spacing,
    markup,
    printed,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
LETTERHEAD_HEIGHT = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LANGUAGE = "fr-FR"


@dataclass(frozen=True)
class DocumentInfo:
    """What the PDF says about itself, and what the running header and footer show."""

    title: str
    subject: str
    author: str  # the counsellor, else the structure
    issued_on: date
    person: str = ""  # running header: whom the document concerns
    keywords: tuple[str, ...] = ()


# ---- Rendering


def render(info: DocumentInfo, structure: StructureSettings, story: list[Flowable]) -> bytes:
    """The PDF of ``story`` as bytes."""
    st.register_fonts()
    buffer = io.BytesIO()
    doc = _OutlinedDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author or structure.name or APP_NAME,
        subject=info.subject,
        keywords=list(info.keywords),
        creator=f"{APP_NAME} {__version__}",
        producer=APP_NAME,
        lang=LANGUAGE,
        invariant=1,
        displayDocTitle=1,
        initialFontName=st.REGULAR,
    )
    first = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - LETTERHEAD_HEIGHT,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    decorations = _Decorations(info, structure)
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=decorations.first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=decorations.later_page),
        ]
    )
    doc.build(story, canvasmaker=_canvas_maker(structure, info.issued_on))
    return buffer.getvalue()


class _OutlinedDocTemplate(BaseDocTemplate):
    """Adds each :class:`Heading` to the outline, nested by level, for navigation and accessibility."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 — reportlab's name
        if isinstance(flowable, Heading):
            self._headings = getattr(self, "_headings", 0) + 1
            key = f"titre-{self._headings}"  # numbered, not id(): the same input gives the same bytes
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=flowable.outline_level, closed=True)


class _Decorations:
    """The letterhead of the first page and the running header of the others, measured to fit."""

    def __init__(self, info: DocumentInfo, structure: StructureSettings) -> None:
        self.info = info
        self.structure = structure

    def first_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        x = MARGIN_X
        logo = _logo(self.structure.logo_path)
        if logo is not None:
            width, height = logo.getSize()
            scale = min(16 * mm / height, 40 * mm / width)
            canvas.drawImage(
                logo,
                x,
                top - height * scale,
                width * scale,
                height * scale,
                mask="auto",
                preserveAspectRatio=True,
            )
            x += width * scale + 4 * mm
        date_text = _date_line(self.info.issued_on)
        date_width = stringWidth(date_text, st.REGULAR, 7.5)
        room = PAGE_WIDTH - MARGIN_X - x - date_width - 6 * mm
        canvas.setFont(st.REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - 4 * mm, date_text)
        y = top - 4 * mm
        if self.structure.name.strip():
            canvas.setFillColor(st.ACCENT)
            size, lines = _fit(printed(self.structure.name.strip()), st.BOLD, 11, room, max_lines=2)
            canvas.setFont(st.BOLD, size)
            for line in lines:
                canvas.drawString(x, y, line)
                y -= size * 1.15
        else:  # a line to write the structure's name on by hand, never the application's name
            canvas.setFillColor(st.MUTED)
            canvas.setFont(st.REGULAR, 8)
            label = printed("Structure d'accompagnement :")
            canvas.drawString(x, y, label)
            start = x + stringWidth(label, st.REGULAR, 8) + 2 * mm
            canvas.setStrokeColor(st.BLANK)
            canvas.setLineWidth(0.4)
            canvas.line(start, y - 0.8 * mm, min(start + 75 * mm, x + room), y - 0.8 * mm)
            y -= 11 * 1.15
        canvas.setFillColor(st.MUTED)
        canvas.setFont(st.REGULAR, 7.5)
        lines = [line.strip() for line in self.structure.address.splitlines() if line.strip()]
        contact = " · ".join(
            v for v in (self.structure.phone, self.structure.email, self.structure.website) if v
        )
        if contact:
            lines.append(contact)
        y -= 0.6 * mm
        width = PAGE_WIDTH - MARGIN_X - x
        rule_y = PAGE_HEIGHT - MARGIN_TOP - LETTERHEAD_HEIGHT + 6 * mm
        wrapped = [part for line in lines for part in simpleSplit(printed(line), st.REGULAR, 7.5, width)]
        room_lines = max(0, int((y - rule_y - 1.5 * mm) // (3.3 * mm)) + 1)
        if len(wrapped) > room_lines:
            wrapped = wrapped[:room_lines]
            if wrapped:
                wrapped[-1] = _ellipsis(wrapped[-1], st.REGULAR, 7.5, width)
        for line in wrapped:
            canvas.drawString(x, y, line)
            y -= 3.3 * mm
        canvas.setStrokeColor(st.ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, rule_y, PAGE_WIDTH - MARGIN_X, rule_y)
        canvas.restoreState()

    def later_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - MARGIN_TOP + 6 * mm
        canvas.setFont(st.REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        title = printed(self.info.title)
        person = printed(self.info.person)
        half = CONTENT_WIDTH / 2 - 3 * mm
        title_width = min(stringWidth(title, st.REGULAR, 7.5), CONTENT_WIDTH - 3 * mm)
        person_room = CONTENT_WIDTH - title_width - 6 * mm if person else 0
        if person and person_room < half:  # both shortened rather than overlapping
            title = _ellipsis(title, st.REGULAR, 7.5, CONTENT_WIDTH - half - 6 * mm)
            person_room = half
        canvas.drawString(MARGIN_X, y, _ellipsis(title, st.REGULAR, 7.5, CONTENT_WIDTH))
        if person:
            # A long name wraps upwards onto a second line (the top margin has room), never cut.
            lines = simpleSplit(person, st.REGULAR, 7.5, person_room)
            if len(lines) > 2:
                lines = [lines[0], _ellipsis(" ".join(lines[1:]), st.REGULAR, 7.5, person_room)]
            for index, line in enumerate(lines):  # top line first: the text reads in order
                canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y + (len(lines) - 1 - index) * 3.2 * mm, line)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y - 2 * mm, PAGE_WIDTH - MARGIN_X, y - 2 * mm)
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float, max_lines: int) -> tuple[float, list[str]]:
    """``text`` wrapped in ``width``, in at most ``max_lines`` lines, the size lowered to 8 if need be."""
    while True:
        lines = simpleSplit(text, font, size, width)
        if len(lines) <= max_lines or size <= 8:
            break
        size -= 0.5
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], _ellipsis(" ".join(lines[max_lines - 1 :]), font, size, width)]
    return size, lines


def _ellipsis(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with « … » so that it fits in ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _date_line(day: date) -> str:
    return f"Document établi le {french_date(day)}"


def _logo(path: str) -> ImageReader | None:
    """The structure's logo, or None when unset or unreadable (a bad logo never blocks a document)."""
    if not path or not Path(path).is_file():
        return None
    try:
        return ImageReader(path)
    except Exception:  # reportlab raises bare OSError/ValueError variants for bad images
        return None


def _canvas_maker(structure: StructureSettings, issued_on: date) -> type[Canvas]:
    """A canvas that holds pages back until the end, to print « Page n / N » on each."""
    footer = structure.footer_text.strip()
    stamp = f"D:{issued_on:%Y%m%d}000000+00'00'"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 — reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            y = MARGIN_BOTTOM - 9 * mm
            self.setStrokeColor(st.RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 4 * mm, PAGE_WIDTH - MARGIN_X, y + 4 * mm)
            self.setFont(st.REGULAR, 7.5)
            self.setFillColor(st.MUTED)
            page = f"Page {number} / {total}"
            self.drawRightString(PAGE_WIDTH - MARGIN_X, y, page)
            if footer:  # wrapped on two lines beside the page number, never under it
                room = CONTENT_WIDTH - stringWidth(page, st.REGULAR, 7.5) - 6 * mm
                size, lines = _fit(printed(footer), st.REGULAR, 7.5, room, max_lines=2)
                self.setFont(st.REGULAR, size)
                for offset, line in enumerate(lines):
                    self.drawString(MARGIN_X, y - offset * (size + 1), line)
            self.restoreState()

    return NumberedCanvas


# ---- Building blocks


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle in the embedded font (reportlab's tables otherwise select Helvetica, never embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.REGULAR), *commands])


def para(text: str, style: Any = None) -> Paragraph:
    """A paragraph of plain French text (escaped, French spacing)."""
    return Paragraph(markup(text), style or st.styles().body)


def rich(html: str, style: Any = None) -> Paragraph:
    """A paragraph of trusted reportlab markup (built by the documents, never user text)."""
    return Paragraph(html, style or st.styles().body)


def blank(text: str = BLANK_LINE) -> str:
    """Markup for an explicit blank: a line to fill in, or « À compléter »."""
    return f'<font color="{st.BLANK.hexval().replace("0x", "#")}">{markup(text)}</font>'


def value(text: str | None, blank_text: str = BLANK_TEXT) -> str:
    """Markup of ``text``, or of an explicit blank when it is empty."""
    stripped = (text or "").strip()
    if not stripped:
        return blank(blank_text)
    if stripped in BLANKS:  # the typography helpers' own blanks
        return blank(stripped)
    return markup(stripped)


def lead(label: str, value_markup: str) -> str:
    """Markup « <b>Label :</b> value » with the no-break space before the colon."""
    return f"<b>{markup(label)}&nbsp;:</b> {value_markup}"


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    s = st.styles()
    items: list[Flowable] = [para(title, s.title)]
    if subtitle:
        items.append(para(subtitle, s.subtitle))
    else:
        items.append(Spacer(1, 6))
    return items


class Heading(Paragraph):
    """A heading that also becomes an entry of the PDF's outline (the viewer's bookmarks pane)."""

    def __init__(self, text: str, style: Any, level: int) -> None:
        super().__init__(markup(text), style)
        self.outline_title = french_spacing(text)
        self.outline_level = level


def heading(text: str, level: int = 1) -> Paragraph:
    s = st.styles()
    return Heading(text, s.h1 if level == 1 else s.h2, level - 1)


def section(text: str, *content: Flowable) -> list[Flowable]:
    """A heading kept with the start of its content; starts a new page when little room is left.

    A first block kept together (a route, a scheme) moves to the next page with its heading rather
    than leaving the heading alone at the foot of a page."""
    if content and isinstance(content[0], KeepTogether):
        # Its flowables, not the block: a KeepTogether inside another never fits (it asks for all the
        # height to force its split) and would push the whole section to a new page.
        first = list(content[0]._content)
        return [CondPageBreak(30 * mm), KeepTogether([heading(text), *first]), *content[1:]]
    return [CondPageBreak(30 * mm), heading(text), *content]


def bullets(items: Iterable[str], empty: str = TO_COMPLETE) -> list[Flowable]:
    """A bulleted list; an empty list prints the explicit blank instead of nothing."""
    s = st.styles()
    rows = [Paragraph(markup(item), s.bullet, bulletText="•") for item in items if item.strip()]
    return rows or [rich(blank(empty), s.body)]


def fields_table(rows: Sequence[tuple[str, str | None]], label_width: float = 52 * mm) -> Table:
    """Label / value rows; an empty value prints as a blank line to fill in."""
    s = st.styles()
    data = [[Paragraph(markup(label), s.label), Paragraph(value(text), s.cell)] for label, text in rows]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, st.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    empty: str = "Aucun élément renseigné",
    right_columns: Sequence[int] = (),
) -> Flowable:
    """A table with a header row; cells are plain text (or ready flowables). No rows → an explicit line."""
    s = st.styles()
    if not rows:
        return rich(blank(empty))

    def cell(text: str | Flowable, column: int) -> Flowable:
        if isinstance(text, Flowable):
            return text
        style = s.cell_right if column in right_columns else s.cell
        return Paragraph(value(text, BLANK_LINE), style)

    data: list[list[Flowable]] = [[Paragraph(markup(h), s.cell_head) for h in header]]
    data += [[cell(text, i) for i, text in enumerate(row)] for row in rows]
    scale = CONTENT_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, st.RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, st.SHADE]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def checkbox(checked: bool | None, label: str) -> str:
    """Markup « ☒ label » / « ☐ label »."""
    return f"{'☒' if checked else '☐'}&nbsp;{markup(label)}"


def choice(options: Sequence[tuple[str, bool | None]]) -> str:
    """Markup of boxes side by side; when none is ticked, says it is to complete."""
    boxes = "&nbsp;&nbsp;&nbsp;".join(checkbox(ticked, label) for label, ticked in options)
    if not any(ticked for _, ticked in options):
        boxes += "&nbsp;&nbsp;" + blank(TO_COMPLETE)
    return boxes


def signature_blocks(signers: Sequence[tuple[str, str]], place_date: str = "") -> Flowable:
    """Side-by-side boxes « Fait à …, le … », the signer's role and name, room to sign."""
    s = st.styles()
    cells = []
    for role, name in signers:
        lines = [f"<b>{markup(role)}</b>", value(name)]
        lines.append(markup(place_date) if place_date else f"Fait à {blank()}, le {blank(BLANK_DATE)}")
        lines.append('<font size="7" color="#5f6b7a">Signature</font>')
        cells.append(Paragraph("<br/>".join(lines), s.cell))
    width = CONTENT_WIDTH / max(len(cells), 1)
    table = Table([cells], colWidths=[width] * len(cells), rowHeights=[34 * mm])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, st.RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, st.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6), table])


def notice(text: str) -> Paragraph:
    return para(text, st.styles().notice)
