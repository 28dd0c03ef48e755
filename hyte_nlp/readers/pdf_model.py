"""Small per-page records the PDF reader passes between its stages.

A page is reduced to these records as soon as it is read, and the pdfplumber page is closed: the
later passes (furniture detection, block building) work on these only, so memory stays flat in
long documents.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Where a line sits: in the top or bottom page margin (a running-header/footer candidate) or in
#: the body.
ZONE_TOP, ZONE_BODY, ZONE_BOTTOM = "top", "body", "bottom"


@dataclass(frozen=True, slots=True)
class Line:
    """One text line in reading order, with the geometry and style the block builder needs.

    Attributes:
        text: The words of the line joined by spaces (raw: not yet Unicode-normalised).
        page: 1-based page number.
        x0, x1, top, bottom: Bounding box in PDF points, ``top`` measured from the page top.
        text_x0: Left edge of the second word (where a bullet's text starts after its glyph).
        first_word_width: Width of the first word (decides whether the line break was a wrap).
        size: Dominant font size of the line.
        bold: At least 90% of the characters are in a bold font.
        column_right: Right edge of the column the line belongs to.
        zone: ``"top"``/``"bottom"`` for lines in the page margins, else ``"body"``.
        segments: For margin lines, the pieces separated by wide gaps (``"Järvikylän kunta"``,
            ``"2 (5)"``), judged one by one as running header/footer text.
    """

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    text_x0: float
    first_word_width: float
    size: float
    bold: bool
    column_right: float
    zone: str = ZONE_BODY
    segments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TableItem:
    """A table found on a page, its cells already cleaned (``""`` for empty or merged-away cells)."""

    rows: tuple[tuple[str, ...], ...]
    page: int
    top: float
    bottom: float
    x0: float
    x1: float


Item = Line | TableItem


@dataclass(frozen=True, slots=True)
class PageLayout:
    """One page reduced to lines and tables in reading order.

    Attributes:
        number: 1-based page number.
        width, height: Page size in points.
        items: Lines and tables in reading order (margin lines first/last).
        char_count: Text characters on the page before watermark removal.
        image_count: Raster images on the page (an image-only page means a scan).
    """

    number: int
    width: float
    height: float
    items: tuple[Item, ...]
    char_count: int
    image_count: int


__all__ = ["ZONE_BODY", "ZONE_BOTTOM", "ZONE_TOP", "Item", "Line", "PageLayout", "TableItem"]
