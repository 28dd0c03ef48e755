"""Tables on a PDF page: find them (only where ruling lines exist), extract and clean their cells.

``find_tables`` is the most expensive pdfplumber call, so it runs only on pages that draw enough
lines or rectangles to hold a ruled table. Cell text is cleaned here: wrapped lines joined,
line-end hyphenation undone, words a narrow column broke without a hyphen rejoined
(``koulukiusaamise`` + ``n``), bullet items inside a cell kept one per line.
"""

from __future__ import annotations

from typing import Any

from hyte_nlp.readers.cleanup import collapse_spaces, join_cell_lines, join_lines, normalize_unicode
from hyte_nlp.readers.pdf_model import TableItem
from hyte_nlp.readers.pdf_patterns import AMBIGUOUS_GLYPH_RE, BULLET_RE

#: pdfplumber table settings: ruled tables only (the "text" strategy invents tables from any
#: aligned prose). Tolerances in points absorb the gaps Word leaves where cell borders meet.
TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "edge_min_length": 3,
    "intersection_tolerance": 3,
}
#: Cell text extraction: tight enough to keep words apart, loose enough for Word's kerning.
CELL_TEXT_SETTINGS: dict[str, Any] = {"x_tolerance": 1.5, "y_tolerance": 3}
#: A page needs this many line/rect objects before table detection runs (a grid of 2×2 cells
#: has at least 6 ruling lines; a lone underline or box never makes a table).
MIN_RULING_OBJECTS = 4


def may_hold_table(objects: dict[str, list[dict[str, Any]]]) -> bool:
    """Cheap gate: does the page draw enough lines or rectangles to hold a ruled table?"""
    return len(objects.get("line", ())) + len(objects.get("rect", ())) >= MIN_RULING_OBJECTS


def find_page_tables(page: Any, page_number: int) -> list[TableItem]:
    """Ruled tables on ``page`` (a pdfplumber page, already free of watermark characters).

    A "table" of a single cell (a framed text box) is not returned: its text stays body text.
    """
    items = []
    for table in page.find_tables(TABLE_SETTINGS):
        rows = table.extract(**CELL_TEXT_SETTINGS)
        if not rows or len(rows) * max(len(r) for r in rows) < 2:
            continue
        cleaned = tuple(tuple(clean_cell(cell) for cell in row) for row in rows)
        if not any(any(row) for row in cleaned):
            continue
        x0, top, x1, bottom = table.bbox
        items.append(TableItem(rows=cleaned, page=page_number, top=top, bottom=bottom, x0=x0, x1=x1))
    return items


def clean_cell(text: str | None) -> str:
    """Clean one cell's extracted text (lines separated by ``\\n``) into its final form.

    Returns the lines joined by single spaces, or, when the cell is a bullet list, one item per
    line with its glyph kept (``"• Kerhot\\n• Liikuntaryhmät"``) so segmentation can split it.
    """
    if not text:
        return ""
    lines = [collapse_spaces(normalize_unicode(line)) for line in text.split("\n")]
    lines = join_cell_lines([line for line in lines if line])
    if not lines:
        return ""
    trust_ambiguous = bool(BULLET_RE.match(lines[0]))
    items: list[list[str]] = []
    for line in lines:
        match = BULLET_RE.match(line)
        starts_item = bool(match) and (trust_ambiguous or not AMBIGUOUS_GLYPH_RE.match(match["glyph"]))
        if starts_item or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return "\n".join(join_lines(item) for item in items)


def continue_table(
    rows: tuple[tuple[str, ...], ...], row_pages: tuple[int, ...], more: TableItem
) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """Rows (and each row's page) of a table continued by ``more`` on the next page.

    The continuation's first row is dropped when it repeats the table's header row. When a row
    itself was broken over the page (Word's default "allow row to break across pages"), its two
    parts are joined cell by cell.
    """
    extra = more.rows[1:] if rows and more.rows and more.rows[0] == rows[0] else more.rows
    if rows and extra and _is_broken_row(rows[-1], extra[0]):
        joined = tuple(_join_cell(a, b) for a, b in zip(rows[-1], extra[0]))
        rows, extra = (*rows[:-1], joined), extra[1:]
    return rows + extra, row_pages + (more.page,) * len(extra)


def _is_broken_row(last: tuple[str, ...], first: tuple[str, ...]) -> bool:
    # The row header cell stayed on the first page, and some text on the second page continues
    # a cell mid-sentence (lower-case start) where the first page's cell had text.
    if len(last) != len(first) or first[0] or not last[0]:
        return False
    pairs = [(a, b) for a, b in zip(last, first) if b]
    return bool(pairs) and all(a for a, _ in pairs) and any(b[:1].islower() for _, b in pairs)


def _join_cell(top: str, bottom: str) -> str:
    if not bottom or not top:
        return top or bottom
    if BULLET_RE.match(bottom):
        return f"{top}\n{bottom}"
    head, _, last = top.rpartition("\n")
    first, _, rest = bottom.partition("\n")
    joined = join_lines([last, first])
    return "\n".join(part for part in (head, joined, rest) if part)


__all__ = [
    "CELL_TEXT_SETTINGS",
    "MIN_RULING_OBJECTS",
    "TABLE_SETTINGS",
    "clean_cell",
    "continue_table",
    "find_page_tables",
    "may_hold_table",
]
