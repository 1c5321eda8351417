"""The journey as a calm, printable PDF workbook (fpdf2).

DejaVu Sans is used when the system has it, for text in any script. Without
it, the PDF falls back to the built-in Helvetica, which only knows Western
European letters: accents are kept where they can be, typographic marks get
plain stand-ins, and anything else is left out or shown as "?". The JSON and
Markdown exports always keep every character.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterable
from datetime import tzinfo
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from setdown.portability.journey import CLOSING, Item, outline

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}

# fpdf2 subsets fonts with fontTools, which logs every step at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)

INK = (31, 27, 24)
MUTED = (86, 77, 70)
ACCENT = (43, 99, 88)
LINE = (221, 211, 200)

# Stand-ins for the core font, for marks it can't draw.
PLAIN = {
    "→": "->",
    "←": "<-",
    "≈": "~",
    "≠": "!=",
    "≤": "<=",
    "≥": ">=",
    "\u2009": " ",
    "\u202f": " ",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2032": "'",
    "\u2033": '"',
}


def find_dejavu(dirs: Iterable[Path] = FONT_DIRS) -> dict[str, Path] | None:
    for folder in dirs:
        found = {style: folder / name for style, name in FONT_FILES.items()}
        if all(path.is_file() for path in found.values()):
            return found
    return None


def fit_text(text: str, can_draw: Callable[[str], bool]) -> str:
    """`text` with only characters the font can draw."""
    out = []
    for ch in text:
        if ch in "\n\t" or can_draw(ch):
            out.append(ch)
            continue
        if ch in PLAIN and all(can_draw(c) for c in PLAIN[ch]):
            out.append(PLAIN[ch])
            continue
        bare = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if bare and all(can_draw(c) for c in bare):
            out.append(bare)
        elif unicodedata.category(ch)[0] in "SCM" or ch in "\u200d\ufe0f":
            continue  # emoji, joiners, marks: nothing to say in their place
        else:
            out.append("?")
    return "".join(out)


def _cp1252(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class Workbook(FPDF):
    def __init__(self, fonts: dict[str, Path] | None) -> None:
        super().__init__(format="A4")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=22)
        if fonts:
            for style, path in fonts.items():
                self.add_font("DejaVu", style, str(path))
            self.family = "DejaVu"
            cmap = self.fonts["dejavu"].cmap
            self.can_draw: Callable[[str], bool] = lambda ch: ord(ch) in cmap
        else:
            self.core_fonts_encoding = "cp1252"
            self.family = "Helvetica"
            self.can_draw = _cp1252
        self.set_title("Setdown journal")
        self.set_creator("Setdown")

    def style(self, size: float, style: str = "", color=INK) -> None:
        self.set_font(self.family, style, size)
        self.set_text_color(*color)

    def para(self, text: str, *, size: float = 11, style: str = "", color=INK, gap=1.5) -> None:
        self.style(size, style, color)
        self.multi_cell(
            0, size * 0.52, fit_text(text, self.can_draw), new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(gap)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.style(8, color=MUTED)
        self.cell(0, 6, str(self.page_no()), align="C")

    def rule(self) -> None:
        self.set_draw_color(*LINE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)


def _title_page(pdf: Workbook, book) -> None:
    pdf.add_page()
    pdf.set_y(90)
    pdf.para(book.title, size=28, style="B", color=ACCENT, gap=6)
    if book.dedication:
        pdf.para(book.dedication, size=14, gap=3)
    pdf.para(book.downloaded, size=11, color=MUTED, gap=14)
    pdf.para(CLOSING, size=12, color=MUTED)


def _item(pdf: Workbook, item: Item) -> None:
    if pdf.will_page_break(30):
        pdf.add_page()
    if item.heading:
        pdf.para(item.heading, size=12.5, style="B", gap=0.5)
    if item.meta:
        pdf.para(item.meta, size=9.5, color=MUTED, gap=1.5)
    for label, text in item.lines:
        if label:
            pdf.para(label, size=9.5, style="B", color=ACCENT, gap=0.3)
        pdf.para(text, size=11, gap=2)
    pdf.ln(2)
    pdf.rule()


def render_pdf(
    document: dict[str, Any],
    *,
    tz: tzinfo,
    fonts: dict[str, Path] | None | bool = True,
    compress: bool = True,
) -> bytes:
    """A PDF of the journey. fonts=True looks for DejaVu; None uses the core font."""
    book = outline(document, tz=tz)
    pdf = Workbook(find_dejavu() if fonts is True else fonts or None)
    pdf.set_compression(compress)
    _title_page(pdf, book)
    for number, part in enumerate(book.parts):
        # Each practice starts a fresh page; an empty one shares a page if there's room.
        if number == 0 or part.items or pdf.will_page_break(70):
            pdf.add_page()
        else:
            pdf.ln(8)
        pdf.para(part.title, size=20, style="B", color=ACCENT, gap=1)
        if part.subtitle:
            pdf.para(part.subtitle, size=10.5, style="I", color=MUTED, gap=4)
        pdf.ln(3)
        if not part.items:
            pdf.para(part.empty, size=11, color=MUTED)
        for item in part.items:
            _item(pdf, item)
    return bytes(pdf.output())
